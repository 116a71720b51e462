package org.examdesk.admin.results.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.examdesk.admin.testing.PdfPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters read back by poppler's pdftotext, as a person's PDF reader would see them. */
class LetterBundleTest {
    private static final List<String> NAMES =
            List.of("Amelia Smith", "Zoë Łukasiewicz", "Αλέξης Παππάς", "陈静", "Дмитрий Иванов", "Siobhán O'Neill");

    @BeforeAll
    static void needsPdftotext() {
        assumeTrue(
                pdftotextInstalled(),
                "pdftotext (Debian package poppler-utils) is not installed: skipping the PDF text checks");
    }

    @Test
    void one_pdf_has_a_page_per_candidate_with_their_details_and_the_provisional_warning(@TempDir Path dir)
            throws Exception {
        Path pdf = dir.resolve("letters.pdf");

        write(pdf, null);

        String text = PdfPages.PdfText.extract(pdf);
        String[] pages = text.split("\f");
        assertThat(PdfPages.count(pdf)).isEqualTo(NAMES.size());
        for (int i = 0; i < NAMES.size(); i++) {
            String page = pages[i].replaceAll("\\s+", " ");
            assertThat(page)
                    .contains(
                            LetterPage.TITLE,
                            NAMES.get(i),
                            number(i),
                            "40123J26" + number(i),
                            "Abcd-Efgh-Jk" + i + i,
                            "Priya Shah",
                            "Results shown here are provisional",
                            "Do not send screenshots of them to universities");
        }
        assertThat(pages[1].replaceAll("\\s+", " ")).contains("1 day after the published results date");
        assertThat(pages[0].replaceAll("\\s+", " ")).contains("appear on the published results dates");
    }

    @Test
    void the_zip_holds_one_pdf_per_candidate_that_renders_their_name(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("letters.zip");

        write(null, zip);

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path one = dir.resolve(e.getName());
                Files.write(one, in.readAllBytes());
                names.add(e.getName());
                int i = names.size() - 1;
                assertThat(PdfPages.count(one)).isEqualTo(1);
                assertThat(PdfPages.PdfText.extract(one)).contains(NAMES.get(i), "40123J26" + number(i));
            }
        }
        assertThat(names)
                .containsExactly(
                        "0001-Amelia-Smith.pdf",
                        "0002-Zoe-Lukasiewicz.pdf",
                        "0003.pdf",
                        "0004.pdf",
                        "0005.pdf",
                        "0006-Siobhan-O-Neill.pdf");
    }

    private static void write(Path pdf, Path zip) throws Exception {
        try (LetterBundle bundle = LetterBundle.open(pdf, zip)) {
            for (int i = 0; i < NAMES.size(); i++) {
                bundle.add(new Letter(
                        "Riverside Academy",
                        "40123",
                        "June 2026",
                        NAMES.get(i),
                        number(i),
                        "40123J26" + number(i),
                        "Abcd-Efgh-Jk" + i + i,
                        "Riverside Academy",
                        "Priya Shah",
                        "020 7946 0000",
                        null,
                        i % 2));
            }
            bundle.finish();
        }
    }

    private static String number(int i) {
        return String.format("%04d", i + 1);
    }

    private static boolean pdftotextInstalled() {
        try {
            return new ProcessBuilder("pdftotext", "-v")
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
