package org.examdesk.admin.bench;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.learners.bench.Centres;
import org.examdesk.admin.learners.bench.Centres.Centre;
import org.examdesk.admin.learners.bench.CopyStream;
import org.examdesk.admin.learners.bench.Names;
import org.examdesk.admin.learners.bench.Zipf;
import org.examdesk.admin.testing.TestCallers;
import org.jdbi.v3.core.Jdbi;

/**
 * Generates the student search benchmark's accounts into an empty, migrated database from a seed: centres of very
 * different sizes ({@link Centres}), one to four exams staff at each (signed in, so they can search), then the
 * students with {@code COPY}, with the students' secondary indexes dropped for the load and built again after it.
 * Accounts arrive in batches, as an import or an export creates them (one time, one member of staff, "import" or
 * "export" for the whole batch), at times spread over seven years whatever the centre. Names come from the
 * frequency lists of {@link Names}; each student's status, school year (and a date of birth that fits it), and
 * permissions are drawn on their own, so no field follows from the centre or from another field.
 */
final class StudentCorpus {
    private static final String[] STATUSES = {
        "ACTIVE", "NOT_ACTIVATED", "FAILED_ACTIVATION", "FORGOTTEN_PASSWORD", "LOCKED"
    };
    private static final double[] STATUS_WEIGHTS = {72, 17, 5, 3.5, 2.5};
    private static final double[] YEAR_WEIGHTS = {4, 4, 5, 14, 33, 13, 27};
    private static final double[] MONTH_WEIGHTS = {8, 6, 7, 5, 4, 3, 2, 2, 25, 18, 12, 8};
    private static final Role[] STAFF_ROLES = {
        Role.EXAMS_OFFICER, Role.EXAMS_ASSISTANT, Role.EXAMS_MANAGER, Role.EXAMS_ASSISTANT
    };
    private static final String HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$" + "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";

    /** A member of a centre's exams staff: their user id and a bearer token. */
    record Staff(long userId, String token) {}

    /** A student kept for building queries. */
    record Sampled(
            long id,
            Centre centre,
            String forename,
            String surname,
            String email,
            String uci,
            LocalDate dob,
            int year,
            String status,
            LocalDate created,
            String createdBy,
            Staff creator) {}

    record Loaded(List<Centre> centres, Map<Long, List<Staff>> staff, List<Sampled> sample, String timings) {}

    /** A batch of accounts: who made it and how. */
    private record Batch(String createdBy, int staff) {}

    private StudentCorpus() {}

    static Loaded load(Jdbi jdbi, int studentCount, int centreCount, long seed, int sampleSize) {
        if (centreCount >= 1 << 12) {
            throw new IllegalArgumentException("at most 4,095 centres");
        }
        long start = System.nanoTime();
        Random random = new Random(seed);
        List<Centre> centres = new Centres(random, centreCount, studentCount).all;
        try (CopyStream copy = new CopyStream(jdbi.open(), "centres (id, number, name)")) {
            centres.forEach(c -> copy.add(c.id()).add(c.number()).add(c.name()).end());
        }
        jdbi.useHandle(h ->
                h.execute("select setval(pg_get_serial_sequence('centres', 'id'), (select max(id) from centres))"));
        Map<Long, List<Staff>> staff = staff(jdbi, centres);
        long staffed = System.nanoTime();
        List<String> indexes = jdbi.withHandle(h -> CopyStream.dropIndexes(h, "students"));
        List<List<Batch>> batches = new ArrayList<>();
        long[] keys = creationKeys(random, centres, staff, batches);
        Names names = new Names(random);
        Random sampling = new Random(seed + 1);
        List<Sampled> sample = new ArrayList<>();
        int[] sequence = new int[centres.size()];
        try (CopyStream copy = new CopyStream(
                jdbi.open(),
                "students (id, centre_id, forename, surname, uci, email, date_of_birth, school_year, status,"
                        + " mock_permission, high_stakes_permission, activation_failures, login_failures,"
                        + " reset_failures, password_hash, created_at, created_by, created_by_user_id)")) {
            for (int i = 0; i < keys.length; i++) {
                int c = (int) (keys[i] >>> 20 & 0xFFF);
                Centre centre = centres.get(c);
                Batch batch = batches.get(c).get((int) (keys[i] & 0xFFFFF));
                Staff creator = staff.get(centre.id()).get(batch.staff());
                Instant created = Instant.ofEpochSecond(keys[i] >>> 32);
                Sampled s =
                        write(copy, random, names, i + 1, centre, ++sequence[c], created, batch.createdBy(), creator);
                if (sampling.nextInt(keys.length) < sampleSize) {
                    sample.add(s);
                }
            }
        }
        long copied = System.nanoTime();
        jdbi.useHandle(h -> {
            h.execute("set maintenance_work_mem = '256MB'");
            indexes.forEach(h::execute);
        });
        long indexed = System.nanoTime();
        jdbi.useHandle(h -> {
            h.execute("select setval(pg_get_serial_sequence('students', 'id'), (select max(id) from students))");
            h.execute("vacuum analyze students");
            h.execute("analyze");
        });
        long done = System.nanoTime();
        String timings = String.format(
                "staff signed in %.1f s, generated and copied %.1f s, secondary indexes built %.1f s, vacuum and"
                        + " analyse %.1f s: %.1f s in all",
                (staffed - start) / 1e9,
                (copied - staffed) / 1e9,
                (indexed - copied) / 1e9,
                (done - indexed) / 1e9,
                (done - start) / 1e9);
        return new Loaded(centres, staff, sample, timings);
    }

    /** One to four exams staff a centre (more at larger ones), signed in; by centre id, in the order made. */
    private static Map<Long, List<Staff>> staff(Jdbi jdbi, List<Centre> centres) {
        TestCallers callers = new TestCallers(jdbi);
        Map<Long, List<String>> tokens = new HashMap<>();
        for (Centre c : centres) {
            int count = 1 + Math.min(3, c.size() / 700);
            for (int i = 0; i < count; i++) {
                tokens.computeIfAbsent(c.id(), id -> new ArrayList<>()).add(callers.staff(STAFF_ROLES[i], c.number()));
            }
        }
        Map<Long, List<Staff>> staff = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("select centre_id, id from users where centre_id is not null order by id")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .forEach(row -> {
                    List<Staff> list = staff.computeIfAbsent(row[0], id -> new ArrayList<>());
                    list.add(new Staff(row[1], tokens.get(row[0]).get(list.size())));
                }));
        return staff;
    }

    /**
     * When each student was created, then the centre's index (12 bits), then the batch's index at its centre (20
     * bits), sorted: a batch of 1 to 600 accounts (most a few dozen) at one time, made by one of the centre's staff.
     */
    private static long[] creationKeys(
            Random random, List<Centre> centres, Map<Long, List<Staff>> staff, List<List<Batch>> batches) {
        long[] keys = new long[centres.stream().mapToInt(Centre::size).sum()];
        int k = 0;
        for (int c = 0; c < centres.size(); c++) {
            Centre centre = centres.get(c);
            List<Batch> own = new ArrayList<>();
            batches.add(own);
            int left = centre.size();
            while (left > 0) {
                int n = Math.min(left, Math.min(600, 1 + (int) (-Math.log(1 - random.nextDouble()) * 40)));
                long time = createdAt(random);
                Batch batch = new Batch(
                        random.nextInt(100) < 65 ? "import" : "export",
                        random.nextInt(staff.get(centre.id()).size()));
                for (int i = 0; i < n; i++) {
                    keys[k++] = time << 32 | (long) c << 20 | own.size();
                }
                own.add(batch);
                left -= n;
            }
        }
        Arrays.sort(keys);
        return keys;
    }

    /** Seconds since 1970: September 2019 to November 2026, more in later years and at the start of a school year. */
    private static long createdAt(Random random) {
        double[] years = new double[8];
        for (int y = 0; y < years.length; y++) {
            years[y] = Math.pow(1.15, y);
        }
        while (true) {
            LocalDate day = LocalDate.of(
                            2019 + Zipf.weighted(random, years), 1 + Zipf.weighted(random, MONTH_WEIGHTS), 1)
                    .plusDays(random.nextInt(28));
            if (day.isBefore(LocalDate.of(2019, 9, 1)) || !day.isBefore(LocalDate.of(2026, 12, 1))) {
                continue;
            }
            return day.atStartOfDay(ZoneOffset.UTC).toEpochSecond() + 8 * 3600 + random.nextInt(10 * 3600);
        }
    }

    private static Sampled write(
            CopyStream copy,
            Random random,
            Names names,
            long id,
            Centre centre,
            int sequence,
            Instant created,
            String createdBy,
            Staff creator) {
        String forename = names.forename(random);
        String surname = names.surname(random);
        String uci = DemoData.uci(centre.number(), sequence);
        String email = createdBy.equals("export") && random.nextInt(100) < 15
                ? null
                : ascii(forename) + "." + ascii(surname) + id + "@students.c" + centre.number() + ".example";
        int year = 7 + Zipf.weighted(random, YEAR_WEIGHTS);
        LocalDate dob = LocalDate.of(2021 - year, 9, 1).plusDays(random.nextInt(365));
        String status = STATUSES[Zipf.weighted(random, STATUS_WEIGHTS)];
        boolean mock = random.nextInt(100) < 96;
        boolean highStakes = random.nextInt(100) < 97;
        int activationFailures =
                status.equals("FAILED_ACTIVATION") ? 3 : status.equals("NOT_ACTIVATED") ? random.nextInt(3) : 0;
        copy.add(id)
                .add(centre.id())
                .add(forename)
                .add(surname)
                .add(uci)
                .add(email)
                .add(dob)
                .add(year)
                .add(status)
                .add(mock)
                .add(highStakes)
                .add(activationFailures)
                .add(status.equals("FORGOTTEN_PASSWORD") ? 3 : 0)
                .add(status.equals("LOCKED") ? 3 : 0)
                .add(status.equals("ACTIVE") || status.endsWith("PASSWORD") || status.equals("LOCKED") ? HASH : null)
                .add(created)
                .add(createdBy)
                .add(creator.userId())
                .end();
        return new Sampled(
                id,
                centre,
                forename,
                surname,
                email,
                uci,
                dob,
                year,
                status,
                LocalDate.ofInstant(created, ZoneOffset.UTC),
                createdBy,
                creator);
    }

    /** Lower-case letters only, accents and apostrophes left out: "Łukasiewicz" -> "lukasiewicz". */
    private static String ascii(String name) {
        return Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace('ł', 'l'), Normalizer.Form.NFD)
                .replaceAll("[^a-z]", "");
    }
}
