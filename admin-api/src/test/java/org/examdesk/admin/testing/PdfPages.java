package org.examdesk.admin.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Counts pages with pdftotext (pages end in a form feed); -1 when poppler-utils is not installed. */
public final class PdfPages {
    private PdfPages() {}

    public static int count(Path pdf) throws IOException, InterruptedException {
        String text = PdfText.extract(pdf);
        return text == null ? -1 : (int) text.chars().filter(c -> c == '\f').count();
    }

    /** The text of a PDF by pdftotext (UTF-8), or null when pdftotext is missing. */
    public static final class PdfText {
        private PdfText() {}

        public static String extract(Path pdf) throws IOException, InterruptedException {
            Process p;
            try {
                p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                        .redirectErrorStream(false)
                        .start();
            } catch (IOException e) {
                return null;
            }
            byte[] out = p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                throw new IOException("pdftotext failed on " + pdf + " with exit code " + p.exitValue());
            }
            return new String(out, StandardCharsets.UTF_8);
        }
    }
}
