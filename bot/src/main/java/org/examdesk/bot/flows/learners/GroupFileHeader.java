package org.examdesk.bot.flows.learners;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells a learner group's file from a file of students by its header: the learner-group template's columns (Given
 * name, Family name, Date of birth, Gender, ULN), in any order and case. A CSV's first line is read; in an .xlsx file
 * the cells' text (shared strings and the first sheet) must name all five. The admin API checks the file itself.
 */
final class GroupFileHeader {
    static final List<String> COLUMNS = List.of("given name", "family name", "date of birth", "gender", "uln");
    private static final int XLSX_TEXT = 2 * 1024 * 1024;

    private GroupFileHeader() {}

    static boolean isGroupFile(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return xlsxNamesColumns(content);
        }
        return name.endsWith(".csv") && csvHeader(content);
    }

    private static boolean csvHeader(byte[] content) {
        String text = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
        String first = text.replace("\uFEFF", "").split("\\r?\\n", 2)[0];
        Set<String> cells = Arrays.stream(first.split("[,;\\t]"))
                .map(c -> c.replace("\"", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
                .filter(c -> !c.isEmpty())
                .collect(Collectors.toSet());
        return cells.equals(Set.copyOf(COLUMNS));
    }

    private static boolean xlsxNamesColumns(byte[] content) {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/sharedStrings.xml") || e.getName().equals("xl/worksheets/sheet1.xml")) {
                    text.append(new String(zip.readNBytes(XLSX_TEXT), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        String cells = text.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return COLUMNS.stream().allMatch(c -> cells.contains(">" + c + "<"));
    }
}
