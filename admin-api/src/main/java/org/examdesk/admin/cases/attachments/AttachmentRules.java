package org.examdesk.admin.cases.attachments;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.examdesk.admin.web.ApiException;

/**
 * What a case attachment may be (domain section 4): at most 10 MB, one of the allowed extensions written in
 * lower case, and content that really is of that kind: the first bytes are sniffed, so an executable renamed
 * {@code .pdf} is refused. Answers the content type to store and serve.
 */
final class AttachmentRules {
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final Set<String> ALLOWED = Set.of(
            "jpg", "txt", "doc", "pdf", "xls", "xlsx", "ppt", "key", "png", "rtf", "docx", "csv", "erd", "ern", "zip");
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] OLE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("rtf", "application/rtf"),
            Map.entry("zip", "application/zip"),
            Map.entry("doc", "application/msword"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    private static final List<byte[]> EXECUTABLES = List.of(
            new byte[] {'M', 'Z'},
            new byte[] {0x7F, 'E', 'L', 'F'},
            new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE},
            new byte[] {(byte) 0xFE, (byte) 0xED, (byte) 0xFA},
            new byte[] {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
            new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
            new byte[] {'#', '!'});

    private AttachmentRules() {}

    /** A safe file name: no folders, no control characters, at most 200 characters. */
    static String cleanName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw invalid("Give the file a name, such as report.pdf.");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** The extension, if allowed and in lower case; otherwise a 422 that says which rule was broken. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1);
        String lower = ext.toLowerCase(Locale.ROOT);
        if (ALLOWED.contains(lower) && !ext.equals(lower)) {
            throw invalid("File extensions must be lower case: rename " + fileName + " to "
                    + fileName.substring(0, dot + 1) + lower + " and upload it again.");
        }
        if (!ALLOWED.contains(ext)) {
            throw invalid("Files of that type cannot be attached. Allowed (in lower case): "
                    + String.join(", ", new TreeSet<>(ALLOWED)) + ".");
        }
        return ext;
    }

    static void checkSize(long size) {
        if (size > MAX_BYTES) {
            throw ApiException.tooLarge("Attachments are limited to 10 MB (" + String.format("%,d", MAX_BYTES)
                    + " bytes) per file; this one has " + String.format("%,d", size) + " bytes.");
        }
    }

    /** Checks the content matches the extension and is no program; returns the content type to store. */
    static String sniff(String ext, byte[] content) {
        if (EXECUTABLES.stream().anyMatch(magic -> startsWith(content, magic))) {
            throw invalid("That file is a program, whatever its name says; programs cannot be attached.");
        }
        boolean fits =
                switch (ext) {
                    case "pdf" -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
                    case "png" -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
                    case "jpg" -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
                    case "zip", "docx", "xlsx", "key" -> startsWith(content, ZIP) || startsWith(content, EMPTY_ZIP);
                    case "doc", "xls", "ppt" -> startsWith(content, OLE);
                    case "rtf" -> startsWith(content, "{\\rtf".getBytes(StandardCharsets.US_ASCII));
                    case "txt", "csv" -> isText(content);
                    default -> true; // erd, ern: no fixed signature; programs were refused above
                };
        if (!fits) {
            throw invalid("The content of the file is not a ." + ext + " file; attach the real document.");
        }
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static boolean isText(byte[] content) {
        int end = Math.min(content.length, 8192);
        for (int i = 0; i < end; i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static ApiException invalid(String message) {
        return ApiException.invalid(message, List.of("file"));
    }
}
