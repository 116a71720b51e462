package org.examdesk.bot;

import java.time.Clock;
import org.examdesk.admin.db.DatabaseStartException;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.bot.platform.AppConfig;
import org.examdesk.bot.platform.ConfigException;

/** Starts ExamDesk: {@code java -jar bot/target/examdesk.jar}. Settings come from environment variables. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        long started = System.nanoTime();
        try {
            AppConfig config = AppConfig.fromEnv(System.getenv());
            ExamDesk app = ExamDesk.start(config, Clock.systemUTC());
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "examdesk-shutdown"));
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println(
                    "ExamDesk " + version() + " is ready on http://localhost:" + app.port() + "/ in " + millis + " ms");
            if (config.demo()) {
                printDemoLogins(app.seededDemo());
            }
        } catch (ConfigException | DatabaseStartException e) {
            System.err.println("ExamDesk cannot start: " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("ExamDesk cannot start: " + e);
            System.exit(1);
        }
    }

    private static void printDemoLogins(boolean seededNow) {
        System.out.println((seededNow ? "Demo data created. " : "") + "Demo logins (password " + DemoData.PASSWORD
                + "), for trying ExamDesk out only: never use them on a real deployment.");
        DemoData.LOGINS.forEach(l -> System.out.println("  " + l.username() + "  (" + l.description() + ")"));
    }

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
