package org.examdesk.admin.results.letters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Writes a line of text in runs, switching to the fallback font for characters the main font lacks. */
final class LetterText {
    private LetterText() {}

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

    /** Splits our own sentences into lines that fit {@code width} points, adding up cached character widths. */
    static List<String> wrap(LetterFonts.Bound fonts, float size, float width, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        float space = fonts.fonts().advance(' ') / 1000f * size;
        for (String word : text.split(" ")) {
            float w = width(fonts.fonts(), size, word);
            if (line.length() > 0 && used + space + w > width) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            if (line.length() > 0) {
                line.append(' ');
                used += space;
            }
            line.append(word);
            used += w;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(LetterFonts fonts, float size, String word) throws IOException {
        float units = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            units += fonts.advance(cp);
        }
        return units / 1000f * size;
    }
}
