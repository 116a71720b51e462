package org.examdesk.admin.learners.intake;

/**
 * The Unique Learner Number: ten digits, the last a check digit over the first nine. The check digit is 10 minus
 * the sum of the first nine digits weighted 10 down to 2, modulo 11; a sum that would need 10 is never issued.
 */
public final class Uln {
    private Uln() {}

    /** The check digit of the first nine digits of {@code digits}, or -1 when no ULN can start with them. */
    public static int checkDigit(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (digits.charAt(i) - '0');
        }
        int check = 10 - sum % 11;
        return check < 10 ? check : -1;
    }

    /** Whether {@code text} is ten digits whose last is the check digit of the others. */
    public static boolean isValid(String text) {
        return hasTenDigits(text) && checkDigit(text) == text.charAt(9) - '0';
    }

    /** Whether {@code text} is exactly ten ASCII digits. */
    static boolean hasTenDigits(String text) {
        if (text == null || text.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
