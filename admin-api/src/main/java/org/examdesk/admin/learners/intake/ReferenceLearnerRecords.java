package org.examdesk.admin.learners.intake;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** The Learner Records Service as the local reference table {@code lrs_learners} holds it (the demo data fills it). */
public final class ReferenceLearnerRecords implements LearnerRecords {
    private final Jdbi jdbi;

    public ReferenceLearnerRecords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<String, Held> find(Collection<String> ulns) {
        if (ulns.isEmpty()) {
            return Map.of();
        }
        String[] wanted = ulns.toArray(String[]::new);
        return jdbi.withExtension(LearnerRecordsDao.class, dao -> dao.find(wanted)).stream()
                .collect(Collectors.toMap(Held::uln, Function.identity(), (a, b) -> a));
    }
}
