package org.examdesk.admin.results.letters;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes letters as they come: one PDF with a page per candidate and/or a zip of one PDF per candidate. Memory
 * stays flat: the big PDF keeps its page streams in a temporary file (PDFBox's temp-file stream cache) and each
 * small PDF is written into the zip and dropped. Either path may be null to write only the other.
 *
 * <p>The two are written side by side, on two cores: the caller's thread adds pages to the big PDF while a thread
 * of the bundle's own writes the small PDFs into the zip, each with its own fonts (PDFBox's fonts are not shared
 * between threads). At most {@link #AHEAD} letters wait for the zip, so memory stays flat here too. The small PDFs
 * are stored in the zip as they are: they are compressed already, and deflating them again cost time for little.
 */
public final class LetterBundle implements AutoCloseable {
    static final int AHEAD = 256;

    private final LetterFonts fonts;
    private final Path pdfPath;
    private final PDDocument combined;
    private final LetterFonts.Bound combinedFonts;
    private final ZipOutputStream zip;
    private final LetterFonts zipFonts;
    private final ExecutorService zipWriter;
    private final Semaphore waiting = new Semaphore(AHEAD);
    private final AtomicReference<Throwable> zipFailure = new AtomicReference<>();
    private int letters;

    private LetterBundle(Path pdfPath, OutputStream zipOut) throws IOException {
        this.fonts = LetterFonts.load();
        this.pdfPath = pdfPath;
        this.combined = pdfPath == null ? null : new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        this.combinedFonts = combined == null ? null : fonts.subsetOnSave(combined);
        this.zip = zipOut == null ? null : new ZipOutputStream(new BufferedOutputStream(zipOut, 1 << 16));
        this.zipFonts = zip == null ? null : LetterFonts.load();
        this.zipWriter = zip == null
                ? null
                : Executors.newSingleThreadExecutor(task -> {
                    Thread t = new Thread(task, "letters-zip");
                    t.setDaemon(true);
                    return t;
                });
    }

    public static LetterBundle open(Path pdfPath, Path zipPath) throws IOException {
        return new LetterBundle(pdfPath, zipPath == null ? null : Files.newOutputStream(zipPath));
    }

    /** As {@link #open(Path, Path)}, the zip written to {@code zipOut} (closed with the bundle). */
    static LetterBundle open(Path pdfPath, OutputStream zipOut) throws IOException {
        return new LetterBundle(pdfPath, zipOut);
    }

    public void add(Letter letter) throws IOException {
        if (zip != null) {
            failIfZipFailed();
            waiting.acquireUninterruptibly();
            zipWriter.execute(() -> {
                try {
                    if (zipFailure.get() == null) {
                        writeEntry(letter);
                    }
                } catch (IOException | RuntimeException e) {
                    zipFailure.compareAndSet(null, e);
                } finally {
                    waiting.release();
                }
            });
        }
        if (combined != null) {
            LetterPage.add(combined, combinedFonts, letter);
        }
        letters++;
    }

    private void writeEntry(Letter letter) throws IOException {
        byte[] pdf = single(letter);
        CRC32 crc = new CRC32();
        crc.update(pdf);
        ZipEntry entry = new ZipEntry(entryName(letter));
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(pdf.length);
        entry.setCompressedSize(pdf.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(pdf);
        zip.closeEntry();
    }

    private void failIfZipFailed() throws IOException {
        Throwable failed = zipFailure.get();
        if (failed != null) {
            throw new IOException("Writing the zip of letters failed", failed);
        }
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
            waitForZip();
            failIfZipFailed();
            zip.finish();
        }
    }

    private void waitForZip() throws IOException {
        zipWriter.shutdown();
        try {
            if (!zipWriter.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IOException("The zip of letters took more than an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the zip of letters was written", e);
        }
    }

    private byte[] single(Letter letter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try (PDDocument doc = new PDDocument()) {
            LetterPage.add(
                    doc,
                    zipFonts.prepared(
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
            if (zipWriter != null) {
                zipWriter.shutdownNow();
                waitForZip();
            }
            if (combined != null) {
                combined.close();
            }
            if (zip != null) {
                zip.close();
            }
        } finally {
            fonts.close();
            if (zipFonts != null) {
                zipFonts.close();
            }
        }
    }
}
