package org.examdesk.admin.results;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Writes a line of text in runs, switching to the fallback font for characters the main font lacks. */
final class LetterText {
    private LetterText() {
    }

    static void line(PDPageContentStream cs, LetterFonts.Bound fonts, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, y);
        int current = Integer.MIN_VALUE;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int font = Character.isISOControl(cp) ? -1 : fonts.fonts().fontFor(cp);
            if (font < 0) {
                cp = '?';
                font = 0;
            }
            if (font != current && run.length() > 0) {
                show(cs, fonts, current, size, run);
            }
            current = font;
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) {
            show(cs, fonts, current, size, run);
        }
        cs.endText();
    }

    private static void show(PDPageContentStream cs, LetterFonts.Bound fonts, int font, float size, StringBuilder run)
            throws IOException {
        cs.setFont(fonts.font(font), size);
        cs.showText(run.toString());
        run.setLength(0);
    }

    /** Splits our own sentences (Latin text) into lines that fit {@code width} points. */
    static List<String> wrap(LetterFonts.Bound fonts, float size, float width, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(fonts, size, candidate) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(LetterFonts.Bound fonts, float size, String text) throws IOException {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            units += fonts.fonts().fontFor(cp) == 0 ? fonts.font(0).getWidth(cp) : 1000;
        }
        return units / 1000f * size;
    }
}
