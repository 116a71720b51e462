package org.examdesk.admin.learners.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.examdesk.admin.learners.intake.Uln;

/**
 * A generated learner-group file: {@code valid} learners with names spread over many cultures (diacritics,
 * hyphens, apostrophes), dates of birth in five spreadsheet formats, about six in ten with a ULN that the Learner
 * Records Service holds, and {@code invalid} rows with a mistake each, of eight kinds. Every valid learner is a
 * different person (name and birthday), across every file the same generator makes.
 */
final class GroupFileData {
    /** A learner as the Learner Records Service holds them. */
    record Held(String uln, String givenName, String familyName, LocalDate dateOfBirth) {}

    private static final String[] GIVEN = {
        "Amelia",
        "Oliver",
        "Zoë",
        "Muhammad",
        "Siân",
        "Noah",
        "Chloé",
        "Mateusz",
        "Aoife",
        "Leo",
        "Freya",
        "Oscar",
        "Zara",
        "Kwame",
        "Aisha",
        "Jack",
        "Maya",
        "Ethan",
        "Niamh",
        "Yusuf",
        "Ruby",
        "Kai",
        "Élodie",
        "Finley",
        "Hana",
        "Theo",
        "Lily-Mae",
        "Adam",
        "Sienna",
        "Rory",
        "Fatima",
        "Kacper",
        "Amara",
        "Daniel",
        "Grace",
        "Tomasz",
        "Priya",
        "Callum",
        "Dafydd",
        "Ibrahim",
        "Olivia",
        "Reuben",
        "Sofía",
        "Jayden",
        "Eleanor",
        "Björn",
        "Łucja",
        "Ngozi",
        "Seán",
        "Anaïs",
        "Jürgen",
        "Mei",
        "Arjun",
        "Ines",
        "Ciarán",
        "Darius",
        "Esmé",
        "Habib",
        "Oluwaseun"
    };
    private static final String[] FAMILY = {
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "O'Neill",
        "Johnson",
        "Davies",
        "Patel",
        "Wright",
        "Smith-Jones",
        "Thompson",
        "Evans",
        "Walker",
        "Khan",
        "Łukasiewicz",
        "Hall",
        "Wood",
        "Clarke",
        "Hussain",
        "Murphy",
        "Kaur",
        "Baker",
        "Nguyen",
        "Cooper",
        "Ali",
        "Lewis",
        "Kowalski",
        "Okafor",
        "Begum",
        "Hughes",
        "O'Sullivan-Byrne",
        "Roberts",
        "Edwards",
        "Mensah",
        "Singh",
        "Campbell",
        "Morgan",
        "Price",
        "Nowak",
        "Müller",
        "García",
        "Ó Briain",
        "Wójcik",
        "Llewellyn",
        "MacDonald",
        "van der Berg",
        "De Souza",
        "Nakamura",
        "Haddad",
        "Fernández",
        "Ahmed",
        "Dvořák",
        "Kelly",
        "Chen",
        "Adeyemi",
        "St John",
        "D'Arcy",
        "Ní Mhaoldhomhnaigh"
    };
    private static final String[] GENDERS = {"Female", "Male", "F", "M", "Other", ""};
    private static final DateTimeFormatter[] FORMATS = {
        DateTimeFormatter.ofPattern("yyyy-MM-dd"),
        DateTimeFormatter.ofPattern("dd/MM/yyyy"),
        DateTimeFormatter.ofPattern("d/M/yyyy"),
        DateTimeFormatter.ofPattern("dd-MM-yyyy"),
        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
    };

    private final Random random;
    private final Set<String> people = new HashSet<>();
    private final Set<String> ulns = new HashSet<>();
    final List<Held> lrs = new ArrayList<>();

    GroupFileData(long seed) {
        this.random = new Random(seed);
    }

    /** The CSV of one group, in the template's columns; the ULNs it uses are added to {@link #lrs}. */
    byte[] csv(int valid, int invalid) {
        StringBuilder out =
                new StringBuilder((valid + invalid) * 64).append("Given name,Family name,Date of birth,Gender,ULN\r\n");
        List<String> rows = new ArrayList<>(valid + invalid);
        List<String> goodRows = new ArrayList<>(valid);
        for (int i = 0; i < valid; i++) {
            String row = learner();
            goodRows.add(row);
            rows.add(row);
        }
        for (int i = 0; i < invalid; i++) {
            rows.add(1 + random.nextInt(rows.size()), mistake(i % 8, goodRows));
        }
        rows.forEach(r -> out.append(r).append("\r\n"));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String learner() {
        while (true) {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            LocalDate dob = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(16 * 365));
            if (!people.add(given + "|" + family + "|" + dob)) {
                continue;
            }
            String uln = "";
            if (random.nextInt(10) < 6) {
                uln = uln();
                lrs.add(new Held(uln, given, family, dob));
            }
            return row(given, family, FORMATS[random.nextInt(FORMATS.length)].format(dob), uln);
        }
    }

    /** A row with one mistake of {@code kind}. */
    private String mistake(int kind, List<String> good) {
        LocalDate dob = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(2000));
        String given = GIVEN[random.nextInt(GIVEN.length)];
        String family = FAMILY[random.nextInt(FAMILY.length)] + "-Bench";
        return switch (kind) {
            case 0 -> row(given, "", dob.toString(), "");
            case 1 -> row(given, family, "31/02/" + dob.getYear(), "");
            case 2 -> {
                String uln = uln();
                yield row(
                        given,
                        family,
                        dob.toString(),
                        uln.substring(0, 9) + (uln.charAt(9) == '9' ? '0' : (char) (uln.charAt(9) + 1)));
            }
            case 3 -> {
                String uln = uln();
                lrs.add(new Held(uln, given, family, dob.plusDays(40)));
                yield row(given, family, dob.toString(), uln);
            }
            case 4 -> row(given, family, dob.toString(), uln());
            case 5 -> good.get(random.nextInt(good.size()));
            case 6 -> row("\"=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\"", family, dob.toString(), "");
            default -> row(given, family, dob.toString().replace("-", "/").substring(2), "");
        };
    }

    private String row(String given, String family, String dob, String uln) {
        return String.join(",", given, family, dob, GENDERS[random.nextInt(GENDERS.length)], uln);
    }

    private String uln() {
        while (true) {
            StringBuilder nine = new StringBuilder().append(1 + random.nextInt(9));
            for (int i = 0; i < 8; i++) {
                nine.append(random.nextInt(10));
            }
            int check = Uln.checkDigit(nine);
            if (check >= 0 && ulns.add(nine.toString() + check)) {
                return nine.toString() + check;
            }
        }
    }
}
