package org.examdesk.bot.understanding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A message as words: lower case, accents folded, apostrophes dropped ("can't" is "cant"), and the things whose
 * exact value says nothing about intent replaced by a marker: an email address, a UCI, an 8-digit case number,
 * any other number. A question mark survives as its own word, because it says something about the act.
 */
public final class Words {
    public static final String EMAIL = "zzemail";
    public static final String UCI = "zzuci";
    public static final String CASE_NUMBER = "zzcase";
    public static final String NUMBER = "zznum";
    public static final String QUESTION_MARK = "zzq";

    private static final Pattern EMAIL_PATTERN = Pattern.compile("[\\p{L}0-9._%+'-]+@[\\p{L}0-9.-]+\\.[a-z]{2,}");
    private static final Pattern UCI_PATTERN = Pattern.compile("\\b\\d{12}[a-z0-9]\\b");
    private static final Pattern CASE_PATTERN = Pattern.compile("(?<!\\d)\\d{8}(?!\\d)");
    private static final Pattern NUMBER_PATTERN = Pattern.compile("\\d+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHE = Pattern.compile("['\u2018\u2019`]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}?]+");

    private Words() {}

    /** Lower case with accents folded (ł and ø too, which have no combining form). */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace('ł', 'l')
                .replace('ø', 'o')
                .replace("ß", "ss");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    public static List<String> of(String text) {
        String s = fold(text);
        s = EMAIL_PATTERN.matcher(s).replaceAll(" " + EMAIL + " ");
        s = UCI_PATTERN.matcher(s).replaceAll(" " + UCI + " ");
        s = CASE_PATTERN.matcher(s).replaceAll(" " + CASE_NUMBER + " ");
        s = NUMBER_PATTERN.matcher(s).replaceAll(" " + NUMBER + " ");
        s = APOSTROPHE.matcher(s).replaceAll("");
        s = s.replace("?", " ? ");
        List<String> words = new ArrayList<>();
        for (String w : NOT_WORD.matcher(s).replaceAll(" ").trim().split(" +")) {
            if (w.isEmpty()) {
                continue;
            }
            words.add(w.equals("?") ? QUESTION_MARK : w);
        }
        return words;
    }
}
