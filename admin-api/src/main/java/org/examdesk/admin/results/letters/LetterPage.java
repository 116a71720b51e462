package org.examdesk.admin.results.letters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.examdesk.admin.results.candidates.CandidateLoginService;

/** Lays out one letter on one A4 page. */
final class LetterPage {
    static final String TITLE = "Confidential examination results information";
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private LetterPage() {}

    static void add(PDDocument doc, LetterFonts.Bound fonts, Letter letter) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = PDRectangle.A4.getHeight() - MARGIN - 10;
            LetterText.line(cs, fonts, 17, MARGIN, y, TITLE);
            y -= 22;
            LetterText.line(
                    cs,
                    fonts,
                    10,
                    MARGIN,
                    y,
                    "Candidate results website: " + letter.seriesName() + " series. " + letter.centreName()
                            + " (centre " + letter.centreNumber() + ")");
            y -= 40;
            y = details(cs, fonts, letter, y);
            y -= 18;
            for (String paragraph : paragraphs(letter)) {
                for (String line : LetterText.wrap(fonts, 10.5f, WIDTH, paragraph)) {
                    LetterText.line(cs, fonts, 10.5f, MARGIN, y, line);
                    y -= 15;
                }
                y -= 9;
            }
        }
    }

    private static float details(PDPageContentStream cs, LetterFonts.Bound fonts, Letter l, float top)
            throws IOException {
        String[][] rows = {
            {"Candidate name", l.candidateName()},
            {"Candidate number", l.candidateNumber()},
            {"Username", l.username()},
            {"Password", l.password()}
        };
        float y = top;
        for (String[] row : rows) {
            LetterText.line(cs, fonts, 11, MARGIN + 12, y, row[0]);
            LetterText.line(cs, fonts, 14, MARGIN + 150, y, row[1]);
            y -= 26;
        }
        cs.setLineWidth(0.8f);
        cs.addRect(MARGIN, y + 8, WIDTH, top - y + 10);
        cs.stroke();
        return y;
    }

    static List<String> paragraphs(Letter l) {
        List<String> text = new ArrayList<>();
        text.add("Use this username and password to sign in to the candidate results website and see your "
                + "results for the " + l.seriesName() + " series.");
        text.add(
                l.delayDays() > 0
                        ? "Your centre has chosen to delay your results: they appear " + l.delayDays()
                                + (l.delayDays() == 1 ? " day" : " days") + " after the published results date."
                        : "Your results appear on the published results dates.");
        text.add("Questions about this login or your results: contact " + contact(l) + " at " + l.answeredBy() + ".");
        text.add(CandidateLoginService.PROVISIONAL);
        text.add("Keep this letter private. Nobody from your centre or the exam board will ever ask you for your "
                + "password.");
        return text;
    }

    private static String contact(Letter l) {
        StringBuilder s = new StringBuilder(l.contactName());
        if (l.contactPhone() != null) {
            s.append(", phone ").append(l.contactPhone());
        }
        if (l.contactEmail() != null) {
            s.append(l.contactPhone() != null ? " or email " : ", email ").append(l.contactEmail());
        }
        return s.toString();
    }
}
