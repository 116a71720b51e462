package org.examdesk.admin.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth as spreadsheets write them: yyyy-MM-dd, dd/MM/yyyy (also with . or -), d/M/yyyy and d/M/yy
 * (day first, as in the UK). A two-digit year is in this century unless that would be in the future.
 */
final class DatesOfBirth {
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");
    static final List<String> FORMATS = List.of("dd/MM/yyyy", "yyyy-MM-dd", "d/M/yy");

    private final int thisYear;

    DatesOfBirth(int thisYear) {
        this.thisYear = thisYear;
    }

    Optional<LocalDate> parse(String text) {
        String value = text.trim();
        try {
            if (value.length() == 10 && value.charAt(4) == '-') {
                return Optional.of(LocalDate.parse(value, ISO));
            }
            Matcher m = DAY_FIRST.matcher(value);
            if (!m.matches()) {
                return Optional.empty();
            }
            int year = Integer.parseInt(m.group(3));
            if (m.group(3).length() == 2) {
                year += year + 2000 > thisYear ? 1900 : 2000;
            }
            return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
