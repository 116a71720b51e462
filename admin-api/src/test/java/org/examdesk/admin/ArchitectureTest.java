package org.examdesk.admin;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/**
 * The structure the build enforces: no cycles between the feature packages, nor between the sub-packages of one
 * feature, and SQL only in SqlObject DAOs
 * (the fluent {@link Handle} API only in the few classes that build their SQL at run time).
 */
class ArchitectureTest {
    /** The classes that build a statement at run time from a caller's filters or a chosen column. */
    static final List<String> DYNAMIC_QUERIES = List.of(
            "org.examdesk.admin.cases.CaseReader", // case list: filters and sort order from the query string
            "org.examdesk.admin.cases.agent.AgentQueue", // agent queue: filters and a seek cursor
            "org.examdesk.admin.cases.reports.ReportService", // reports: the same counts over a chosen date column
            "org.examdesk.admin.learners.LearnerSearch", // learner search: name, id or ULN and creation dates
            "org.examdesk.admin.learners.ResultSearch", // results search: the clauses given, combined
            "org.examdesk.admin.students.StudentSearch"); // student search: filters and sort order

    /** The admin API's production classes, imported once per test JVM (also read by {@link TableOwnershipTest}). */
    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.examdesk.admin");

    /** No cycle between the packages right under {@code root} (each with its sub-packages). */
    static ArchRule featuresFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /**
     * No cycle between the sub-packages of one feature (cases.agent, cases.sweep, results.letters, ...), each with
     * its own sub-packages. A feature's root package, which wires its sub-packages and holds what they share, is
     * not one of these slices.
     */
    static ArchRule subPackagesFreeOfCycles(String root) {
        return slices().matching(root + ".(*).(*)..").should().beFreeOfCycles();
    }

    /** Only DAOs (and the listed dynamic-query classes) run statements through a {@link Handle}. */
    static ArchRule sqlOnlyInDaos(List<String> dynamicQueries) {
        return noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Dao")
                .and()
                .haveNameNotMatching(
                        dynamicQueries.isEmpty()
                                ? "^$"
                                : "(" + String.join("|", dynamicQueries).replace(".", "\\.") + ")(\\$.*)?")
                .should()
                .callMethodWhere(target(owner(assignableTo(Handle.class)))
                        .and(target(nameMatching("createQuery|createUpdate|createBatch|prepareBatch|createCall"
                                + "|createScript|execute|select"))))
                .because("static SQL belongs in a SqlObject DAO of its feature");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        featuresFreeOfCycles("org.examdesk.admin").check(PRODUCTION);
    }

    @Test
    void subPackagesOfAFeatureHaveNoCycles() {
        subPackagesFreeOfCycles("org.examdesk.admin").check(PRODUCTION);
    }

    @Test
    void onlyDaosAndDynamicQueriesUseTheHandleStatementApi() {
        sqlOnlyInDaos(DYNAMIC_QUERIES).check(PRODUCTION);
    }

    @Test
    void theCycleRuleReportsACycleBetweenTwoPackages() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.examdesk.admin.architecture.fixture");

        assertThatThrownBy(() -> featuresFreeOfCycles("org.examdesk.admin.architecture.fixture")
                        .check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("left")
                .hasMessageContaining("right");
    }

    @Test
    void theSubPackageRuleReportsACycleInsideOneFeature() {
        String root = "org.examdesk.admin.architecture.fixture";
        JavaClasses fixture = new ClassFileImporter().importPackages(root + ".nested");

        featuresFreeOfCycles(root).check(fixture); // one feature: the feature rule sees no cycle
        assertThatThrownBy(() -> subPackagesFreeOfCycles(root).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("nested.up.Up")
                .hasMessageContaining("nested.down.Down");
    }

    @Test
    void theSqlRuleReportsAStatementOutsideADao() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.examdesk.admin.architecture.fixture.sql");

        assertThatThrownBy(() -> sqlOnlyInDaos(List.of()).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("RawSqlService")
                .hasMessageContaining("createQuery")
                .hasMessageNotContaining("FixtureDao");
    }
}
