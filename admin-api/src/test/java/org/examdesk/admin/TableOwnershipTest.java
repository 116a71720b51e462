package org.examdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A feature's SQL names only the tables that feature owns ({@link TableOwners}); another feature's tables are
 * reached through that feature's DAO or service, and its published views are only read.
 */
class TableOwnershipTest {
    private static final String ROOT = "org.examdesk.admin";
    private static final Pattern CREATED = Pattern.compile(
            "(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?"
                    + "([a-z_][a-z0-9_]*)");
    private static final Pattern DROPPED =
            Pattern.compile("(?i)\\bdrop\\s+(?:table|view)\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

    /** Each class under {@code root} whose SQL names a table of another feature than its own, and how. */
    static List<String> violations(
            JavaClasses classes, String root, Map<String, String> owners, Set<String> published) {
        Set<String> found = new TreeSet<>();
        List<JavaClass> sorted = classes.stream()
                .filter(c -> c.getPackageName().startsWith(root + "."))
                .sorted(Comparator.comparing(JavaClass::getName))
                .toList();
        for (JavaClass c : sorted) {
            String feature = c.getPackageName().substring(root.length() + 1).split("\\.")[0];
            for (String text : SqlText.of(c)) {
                for (SqlText.Reference ref : SqlText.references(text, owners.keySet())) {
                    String owner = owners.get(ref.table());
                    if (owner.equals(feature) || (!ref.write() && published.contains(ref.table()))) {
                        continue;
                    }
                    found.add(c.getName() + " (" + feature + ") " + (ref.write() ? "writes " : "reads ") + ref.table()
                            + ", which " + owner + " owns");
                }
            }
        }
        return new ArrayList<>(found);
    }

    @Test
    void everyFeatureNamesOnlyItsOwnTablesInItsSql() {
        assertThat(violations(ArchitectureTest.PRODUCTION, ROOT, TableOwners.OWNER, TableOwners.PUBLISHED))
                .as("go through the owning feature's DAO or service instead")
                .isEmpty();
    }

    @Test
    void theScanReadsADaosStatementsItsSqlFilesAndTheConstantsOtherClassesInlineFromIt() {
        Set<String> inItsAnnotations = Set.of("learners", "centre_refs", "learner_amendments");
        Set<String> onlyInItsSqlFiles = Set.of("registrations", "products", "learner_results", "product_units");
        Set<String> both = new TreeSet<>(inItsAnnotations);
        both.addAll(onlyInItsSqlFiles);

        assertThat(tablesNamedBy("org.examdesk.admin.learners.LearnerDao")).isEqualTo(both);
        assertThat(tablesNamedBy("org.examdesk.admin.cases.CaseReader")).containsExactly("cases"); // CaseDao.SELECT
    }

    @Test
    void everyTableAndViewTheMigrationsCreateHasAnOwner() throws IOException, URISyntaxException {
        Set<String> created = new TreeSet<>();
        Path migrations = Path.of(getClass().getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.sorted().toList()) {
                String sql = Files.readString(file);
                names(CREATED.matcher(sql), created, true);
                names(DROPPED.matcher(sql), created, false);
            }
        }

        assertThat(new TreeSet<>(TableOwners.OWNER.keySet())).isEqualTo(created);
    }

    @Test
    void theRuleReportsAnotherFeaturesTableInADaoInItsSqlFileAndInACopy() {
        String root = "org.examdesk.admin.architecture.fixture.tables";
        JavaClasses fixture = new ClassFileImporter().importPackages(root);
        Map<String, String> owners = Map.of("alpha_things", "alpha", "beta_things", "beta", "beta_names", "beta");

        assertThat(violations(fixture, root, owners, Set.of("beta_names")))
                .containsExactly(
                        root + ".alpha.AlphaDao (alpha) reads beta_things, which beta owns",
                        root + ".alpha.AlphaDao (alpha) writes beta_names, which beta owns",
                        root + ".alpha.AlphaStore (alpha) writes beta_things, which beta owns");
    }

    @Test
    void theTablesOfAStatementAreFoundAfterTheirKeywordsOnly() {
        Set<String> known = Set.of("students", "series", "entries", "centres", "results_credentials", "cases");

        assertThat(SqlText.references(
                        "insert into students (centre_id, series) select centre_id, :series from students", known))
                .containsExactly(new SqlText.Reference("students", true));
        assertThat(SqlText.references(
                        "update results_credentials c set stale = true from entries e join centres ac on ac.id = 1",
                        known))
                .containsExactly(
                        new SqlText.Reference("results_credentials", true),
                        new SqlText.Reference("entries", false),
                        new SqlText.Reference("centres", false));
        assertThat(SqlText.references("delete from cases where id = :id", known))
                .containsExactly(new SqlText.Reference("cases", true));
        assertThat(SqlText.references("students (id, centre_id, forename)", known))
                .containsExactly(new SqlText.Reference("students", true));
        assertThat(SqlText.references("select * from cases c where c.id = 1 for update of c", known))
                .containsExactly(new SqlText.Reference("cases", false));
        assertThat(SqlText.references("The students of this centre have no series entries yet.", known))
                .isEmpty();
    }

    private static Set<String> tablesNamedBy(String className) {
        Set<String> tables = new TreeSet<>();
        for (String text : SqlText.of(ArchitectureTest.PRODUCTION.get(className))) {
            SqlText.references(text, TableOwners.OWNER.keySet()).forEach(r -> tables.add(r.table()));
        }
        return tables;
    }

    private static void names(Matcher m, Set<String> into, boolean add) {
        while (m.find()) {
            String name = m.group(1).toLowerCase();
            if (add) {
                into.add(name);
            } else {
                into.remove(name);
            }
        }
    }
}
