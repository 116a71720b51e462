package org.examdesk.admin.learners.intake;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Learners' names: what a good one is, and the key two spellings of one name share. */
public final class Names {
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} '’\\-.]{0,99}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {}

    /** Up to 100 letters, spaces, hyphens, apostrophes or full stops, starting with a letter. */
    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /**
     * The name for comparing: no case, no accents, one kind of apostrophe, single spaces and none around hyphens,
     * so "Zoë O’Neill-Smith" and "zoe o'neill - smith" are the same name.
     */
    public static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('’', '\'')
                .toLowerCase(Locale.ROOT);
        return SPACES.matcher(plain).replaceAll(" ").trim().replace(" - ", "-");
    }
}
