package org.examdesk.bot.browser;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs axe-core (bot/src/test/resources/axe, MPL-2.0) in a page and reports its violations. */
final class Axe {
    /** One rule broken: its id, impact (minor, moderate, serious, critical), what it asks, and where. */
    record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " at " + targets;
        }
    }

    private static final String SCRIPT = load();

    private Axe() {}

    /** The violations of the WCAG 2.1 A and AA rules and best practices on the page as it is now. */
    @SuppressWarnings("unchecked")
    static List<Violation> scan(Page page) {
        // through DevTools, as a tester's console would: the pages' Content-Security-Policy refuses inline scripts
        JsonObject load = new JsonObject();
        load.addProperty("expression", SCRIPT);
        page.context().newCDPSession(page).send("Runtime.evaluate", load);
        Object result = page.evaluate(
                """
                async () => {
                  const r = await axe.run(document, { runOnly: { type: 'tag',
                      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
                  return r.violations.map(v => ({ id: v.id, impact: v.impact || 'minor', help: v.help,
                      targets: v.nodes.map(n => n.target.join(' ')) }));
                }""");
        return ((List<Map<String, Object>>) result)
                .stream()
                        .map(v -> new Violation(
                                (String) v.get("id"), (String) v.get("impact"), (String) v.get("help"), (List<String>)
                                        v.get("targets")))
                        .toList();
    }

    /** The serious and critical ones: what the tests forbid. */
    static List<Violation> seriousOrCritical(List<Violation> all) {
        return all.stream()
                .filter(v -> v.impact().equals("serious") || v.impact().equals("critical"))
                .toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
