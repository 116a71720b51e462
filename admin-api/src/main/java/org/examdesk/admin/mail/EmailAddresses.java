package org.examdesk.admin.mail;

import java.util.regex.Pattern;

/** The one check of email address syntax: something@domain.tld, no spaces, at most 254 characters. */
public final class EmailAddresses {
    private static final Pattern SYNTAX =
            Pattern.compile("[^@\\s\"(),:;<>\\[\\\\\\]]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private EmailAddresses() {}

    public static boolean isValid(String address) {
        return address != null
                && address.length() <= 254
                && SYNTAX.matcher(address).matches();
    }
}
