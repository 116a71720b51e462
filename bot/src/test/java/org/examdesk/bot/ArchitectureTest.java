package org.examdesk.bot;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.examdesk.bot.fixtures.ReachesIntoTheServer;
import org.junit.jupiter.api.Test;

/**
 * The bot sees the admin API only through the admin client (its typed client, DTOs and case events); only the
 * wiring class that starts the admin API in the same process, and {@link Main}, see the server's classes.
 */
class ArchitectureTest {
    static final ArchRule BOT_SEES_ONLY_THE_ADMIN_CLIENT = noClasses()
            .that()
            .resideInAPackage("org.examdesk.bot..")
            .and()
            .doNotBelongToAnyOf(ExamDesk.class, Main.class)
            .should()
            .dependOnClassesThat(
                    resideInAPackage("org.examdesk.admin..").and(resideOutsideOfPackage("org.examdesk.admin.client..")))
            .because("the bot calls the admin API over HTTP through the admin client; only the wiring class may "
                    + "start the server in the same process");

    @Test
    void bot_code_depends_on_the_admin_api_only_through_the_admin_client() {
        // Production classes only: tests may use the admin API's test helpers, and the fixture below breaks the rule.
        JavaClasses bot = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.examdesk.bot");

        BOT_SEES_ONLY_THE_ADMIN_CLIENT.check(bot);
    }

    @Test
    void the_rule_reports_a_bot_class_that_imports_a_server_class() {
        JavaClasses fixture = new ClassFileImporter().importClasses(ReachesIntoTheServer.class);

        EvaluationResult result = BOT_SEES_ONLY_THE_ADMIN_CLIENT.evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains(ReachesIntoTheServer.class.getName())
                        && line.contains("org.examdesk.admin.web.ApiException"))
                .noneMatch(line -> line.contains("org.examdesk.admin.client."));
    }
}
