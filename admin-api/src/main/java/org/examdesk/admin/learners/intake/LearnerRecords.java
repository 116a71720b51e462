package org.examdesk.admin.learners.intake;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The Learner Records Service, where every ULN is issued: what it holds for a ULN. {@link ReferenceLearnerRecords}
 * reads a local reference table; a client of the real service can take its place.
 */
public interface LearnerRecords {
    /** A learner as the service holds them. */
    record Held(String uln, String givenName, String familyName, LocalDate dateOfBirth) {}

    /** What the service holds for each of {@code ulns} it knows, by ULN; ULNs it does not know are left out. */
    Map<String, Held> find(Collection<String> ulns);
}
