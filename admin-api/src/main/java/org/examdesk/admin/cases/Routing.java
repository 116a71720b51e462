package org.examdesk.admin.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;

/**
 * Which queue owns a new case and its response target in working days, from the data file
 * {@code cases/routing.json}: the first rule whose customer type and/or category match wins.
 */
public final class Routing {
    public record Queue(String value, String label, String phone) {}

    record Rule(String customerType, String category, String queue, Integer targetDays) {
        boolean matches(String customer, String cat) {
            return (customerType == null || customerType.equals(customer))
                    && (category == null || category.equals(cat));
        }
    }

    @JsonIgnoreProperties("_comment")
    record File(String defaultQueue, int defaultTargetDays, List<Queue> queues, List<Rule> rules) {}

    /** Where a case goes. */
    public record Route(String queue, int targetDays) {}

    private final File file;

    private Routing(File file) {
        this.file = file;
    }

    static Routing load(ObjectMapper json, String resource) {
        Routing routing = new Routing(DataFile.read(json, resource, File.class, "case routing file"));
        routing.check(resource);
        return routing;
    }

    private void check(String source) {
        for (Rule rule : file.rules()) {
            if (queue(rule.queue()).isEmpty()) {
                throw new IllegalStateException(source + ": a rule sends cases to queue '" + rule.queue()
                        + "', which is not listed under \"queues\".");
            }
        }
        if (queue(file.defaultQueue()).isEmpty()) {
            throw new IllegalStateException(
                    source + ": the default queue '" + file.defaultQueue() + "' is not listed.");
        }
    }

    public Route route(String customerType, String category) {
        return file.rules().stream()
                .filter(r -> r.matches(customerType, category))
                .findFirst()
                .map(r -> new Route(r.queue(), r.targetDays() == null ? file.defaultTargetDays() : r.targetDays()))
                .orElse(new Route(file.defaultQueue(), file.defaultTargetDays()));
    }

    public List<Queue> queues() {
        return file.queues();
    }

    public Optional<Queue> queue(String value) {
        return file.queues().stream().filter(q -> q.value().equals(value)).findFirst();
    }
}
