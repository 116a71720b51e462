package org.examdesk.admin.results.letters;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes letters as they come: one PDF with a page per candidate and/or a zip of one PDF per candidate. Memory
 * stays flat: the big PDF keeps its page streams in a temporary file (PDFBox's temp-file stream cache) and each
 * small PDF is written into the zip and dropped. Either path may be null to write only the other.
 */
public final class LetterBundle implements AutoCloseable {
    private final LetterFonts fonts;
    private final Path pdfPath;
    private final PDDocument combined;
    private final LetterFonts.Bound combinedFonts;
    private final ZipOutputStream zip;
    private int letters;

    private LetterBundle(Path pdfPath, Path zipPath) throws IOException {
        this.fonts = LetterFonts.load();
        this.pdfPath = pdfPath;
        this.combined = pdfPath == null ? null : new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        this.combinedFonts = combined == null ? null : fonts.subsetOnSave(combined);
        this.zip = zipPath == null
                ? null
                : new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zipPath), 1 << 16));
        if (zip != null) {
            zip.setLevel(Deflater.BEST_SPEED);
        }
    }

    public static LetterBundle open(Path pdfPath, Path zipPath) throws IOException {
        return new LetterBundle(pdfPath, zipPath);
    }

    public void add(Letter letter) throws IOException {
        if (combined != null) {
            LetterPage.add(combined, combinedFonts, letter);
        }
        if (zip != null) {
            zip.putNextEntry(new ZipEntry(entryName(letter)));
            zip.write(single(letter));
            zip.closeEntry();
        }
        letters++;
    }

    public int letters() {
        return letters;
    }

    /** Saves the combined PDF and closes the zip; the files are complete only after this. */
    public void finish() throws IOException {
        if (combined != null) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdfPath), 1 << 16)) {
                combined.save(out);
            }
        }
        if (zip != null) {
            zip.finish();
        }
    }

    private byte[] single(Letter letter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try (PDDocument doc = new PDDocument()) {
            LetterPage.add(
                    doc,
                    fonts.prepared(
                            doc,
                            letter.centreName(),
                            letter.seriesName(),
                            letter.candidateName(),
                            letter.candidateNumber(),
                            letter.username(),
                            letter.password(),
                            letter.answeredBy(),
                            letter.contactName(),
                            letter.contactPhone(),
                            letter.contactEmail()),
                    letter);
            doc.save(out);
        }
        return out.toByteArray();
    }

    /** {@code 0042-Lukasiewicz-Zoe.pdf}: the number keeps names unique, the rest is ASCII so every unzip tool copes. */
    static String entryName(Letter letter) {
        String ascii = Normalizer.normalize(
                        letter.candidateName()
                                .replace('Ł', 'L')
                                .replace('ł', 'l')
                                .replace('Ø', 'O')
                                .replace('ø', 'o')
                                .replace("ß", "ss"),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return letter.candidateNumber() + (ascii.isEmpty() ? "" : "-" + ascii) + ".pdf";
    }

    @Override
    public void close() throws IOException {
        try {
            if (combined != null) {
                combined.close();
            }
            if (zip != null) {
                zip.close();
            }
        } finally {
            fonts.close();
        }
    }
}
