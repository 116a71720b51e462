package org.examdesk.admin.results.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.examdesk.admin.results.letters.Letter;
import org.examdesk.admin.results.letters.LetterBundle;
import org.examdesk.admin.testing.PdfPages;

/**
 * Letters for N candidates (default 10,000) as one PDF and as a zip, timed separately, with the peak heap of each
 * run; checks the page count with pdfinfo/pdftotext when poppler-utils is installed. Run from the repository root:
 *
 * <pre>
 * mvn -B -q test-compile -pl admin-api -am
 * java -Xmx512m -cp "admin-api/target/classes:admin-api/target/test-classes:$(cat admin-api/target/bench.cp)" \
 *     org.examdesk.admin.results.bench.LettersBenchmark 10000
 * </pre>
 * ({@code mvn -q dependency:build-classpath -pl admin-api -Dmdep.outputFile=target/bench.cp} writes bench.cp.)
 */
public final class LettersBenchmark {
    private static final List<String> NAMES = List.of(
            "Amelia Smith",
            "Zoë Łukasiewicz",
            "Αλέξης Παππάς",
            "陈静",
            "Oliver O'Neill",
            "Siobhán Ní Bhriain",
            "Дмитрий Иванов",
            "Noah Patel",
            "Chloé Dubois",
            "Yusuf Khan");

    private LettersBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("letters-bench");
        run(n, 200, null, null); // warm-up
        report("one PDF", n, dir.resolve("letters.pdf"), null);
        report("zip of PDFs", n, null, dir.resolve("letters.zip"));
        report("both at once", n, dir.resolve("both.pdf"), dir.resolve("both.zip"));
        System.out.println("pdftotext pages in letters.pdf: " + PdfPages.count(dir.resolve("letters.pdf")));
        System.out.println("files in " + dir + " (delete when done)");
    }

    private static void report(String what, int n, Path pdf, Path zip) throws Exception {
        System.gc();
        resetPeaks();
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        run(n, n, pdf, zip);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        long cpuMs = TimeUnit.NANOSECONDS.toMillis(processCpuNanos() - cpuStarted);
        long size = (pdf == null ? 0 : Files.size(pdf)) + (zip == null ? 0 : Files.size(zip));
        System.out.printf(
                Locale.ROOT,
                "%-13s %,6d letters in %,6d ms (%,.0f letters/s), process CPU %,6d ms, "
                        + "%,.1f MB written, peak heap %,.0f MB%n",
                what,
                n,
                ms,
                n * 1000.0 / ms,
                cpuMs,
                size / 1e6,
                peakHeap() / 1e6);
    }

    private static void run(int n, int count, Path pdf, Path zip) throws IOException {
        Path tmpPdf = pdf == null && zip == null ? Files.createTempFile("warm", ".pdf") : pdf;
        try (LetterBundle bundle = LetterBundle.open(tmpPdf, zip)) {
            for (int i = 1; i <= count; i++) {
                String number = String.format(Locale.ROOT, "%04d", i % 10_000);
                bundle.add(new Letter(
                        "Riverside Academy",
                        "40123",
                        "June 2026",
                        NAMES.get(i % NAMES.size()),
                        number,
                        "40123J26" + number,
                        "Abcd-Efgh-" + (1000 + i % 9000),
                        "Riverside Academy",
                        "Priya Shah",
                        "020 7946 0000",
                        "exams@riverside.example",
                        i % 3));
            }
            bundle.finish();
        }
        if (pdf == null && zip == null) {
            Files.deleteIfExists(tmpPdf);
        }
    }

    /** CPU time of the whole process (all threads, GC included): fair on a machine other people share. */
    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
