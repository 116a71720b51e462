package org.examdesk.admin.bench;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.examdesk.admin.learners.bench.Names;

/**
 * Student-import files as a centre would upload them, with the exam entries they are checked against: names from
 * {@link Names} (accents, Mc and O' names, hyphens, now and then typed in capitals), dates of birth mostly as
 * dd/MM/yyyy and some as yyyy-MM-dd, 13-character UCIs, one email each. About 3 % of the rows are invalid, one kind
 * after another: a forename or a date of birth that differs from the entry, a bad email, a date that is no date, a
 * UCI with no entry or of the wrong length, an email or UCI repeated in the file or already taken by an account, a
 * missing surname, a school year out of range.
 */
final class ImportFiles {
    static final String HEADER = "Forename,Surname,UCI,Email,Date of birth,School year\r\n";
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int INVALID_EVERY = 33;
    private static final int KINDS = 11;

    /** An exam entry to insert before the file is uploaded. */
    record Entry(String uci, String forename, String surname, LocalDate dateOfBirth) {}

    /** One file: its bytes, the entries it is checked against, and how many rows should be accepted. */
    record File(byte[] csv, List<Entry> entries, int rows, int valid, int[] invalidByKind) {}

    private final String centre;
    private final Random random;
    private final Names names;
    private final List<String[]> accounts = new ArrayList<>();
    private int sequence;

    ImportFiles(String centre, long seed) {
        this.centre = centre;
        this.random = new Random(seed);
        this.names = new Names(random);
    }

    /** A file of {@code rows} students; its valid rows are remembered as accounts that later files may repeat. */
    File next(int rows) {
        StringBuilder csv = new StringBuilder(rows * 90).append(HEADER);
        List<Entry> entries = new ArrayList<>(rows);
        List<String[]> created = new ArrayList<>(rows);
        int[] invalid = new int[KINDS];
        String previousEmail = null;
        for (int i = 0; i < rows; i++) {
            Entry entry = entry();
            String email = email(entry);
            String[] row = {
                random.nextInt(50) == 0 ? entry.forename().toUpperCase(Locale.ROOT) : entry.forename(),
                random.nextInt(40) == 0 ? entry.surname().toUpperCase(Locale.ROOT) : entry.surname(),
                entry.uci(),
                email,
                random.nextInt(5) == 0 ? entry.dateOfBirth().toString() : UK.format(entry.dateOfBirth()),
                random.nextInt(10) == 0 ? "" : String.valueOf(10 + random.nextInt(4))
            };
            boolean hasEntry = true;
            if (i % INVALID_EVERY == INVALID_EVERY / 2) {
                int kind = (i / INVALID_EVERY) % KINDS;
                if (kind >= 9 && accounts.isEmpty()) {
                    kind = 0;
                }
                hasEntry = spoil(row, kind, entry, previousEmail);
                if (kind == 9) {
                    entry = null;
                }
                invalid[kind]++;
            } else {
                created.add(new String[] {row[2], row[3]});
            }
            if (hasEntry && entry != null) {
                entries.add(entry);
            }
            previousEmail = email;
            csv.append(String.join(",", row)).append("\r\n");
        }
        accounts.addAll(created);
        return new File(csv.toString().getBytes(StandardCharsets.UTF_8), entries, rows, created.size(), invalid);
    }

    /** Makes the row invalid in one way; false when its UCI must have no exam entry. */
    private boolean spoil(String[] row, int kind, Entry entry, String previousEmail) {
        switch (kind) {
            case 0 -> {
                String other = names.forename(random);
                row[0] = other.equalsIgnoreCase(entry.forename()) ? other + "e" : other;
            }
            case 1 -> row[4] = UK.format(entry.dateOfBirth().plusDays(1 + random.nextInt(300)));
            case 2 -> row[3] = row[3].replace('@', ' ');
            case 3 -> row[4] = "31/02/" + entry.dateOfBirth().getYear();
            case 4 -> {
                return false;
            }
            case 5 -> row[3] = previousEmail == null ? row[3].replace("@", "@@") : previousEmail;
            case 6 -> row[1] = "";
            case 7 -> row[5] = "15";
            case 8 -> row[2] = row[2].substring(0, 12);
            case 9 -> {
                String[] account = accounts.get(random.nextInt(accounts.size()));
                row[2] = account[0];
            }
            default -> row[3] = accounts.get(random.nextInt(accounts.size()))[1];
        }
        return true;
    }

    private Entry entry() {
        sequence++;
        String uci = centre + "6" + String.format("%06d", sequence) + (char) ('A' + sequence % 26);
        LocalDate dob = LocalDate.of(2008, 9, 1).plusDays(random.nextInt(4 * 365));
        return new Entry(uci, names.forename(random), names.surname(random), dob);
    }

    private String email(Entry entry) {
        return ascii(entry.forename()) + "." + ascii(entry.surname()) + sequence + "@students.example";
    }

    private static String ascii(String name) {
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replace("ł", "l")
                .replace("ø", "o")
                .replaceAll("[^a-z0-9]", "");
        return plain.isEmpty() ? "student" : plain;
    }

    static String kinds(int[] invalid) {
        return Arrays.toString(invalid);
    }
}
