package org.examdesk.admin.learners.groups;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.examdesk.admin.learners.intake.Problem;

/**
 * One record of a group: {@code n} is its row in the file, the cells as given (or as amended), {@code valid} (null
 * while not yet checked), the {@code reasons} it is invalid (each naming the field to fix), and the learner created
 * from it once the group is submitted (its id and learner id).
 */
public record RecordView(
        int n,
        String givenName,
        String familyName,
        String dateOfBirth,
        String gender,
        String uln,
        Boolean valid,
        List<Problem> reasons,
        Long learnerId,
        String learnerRef) {

    private static final TypeReference<List<Problem>> PROBLEMS = new TypeReference<>() {};

    static RecordView of(RecordRow row, ObjectMapper json) {
        return new RecordView(
                row.n(),
                row.givenName(),
                row.familyName(),
                row.dateOfBirth(),
                row.gender(),
                row.uln(),
                row.valid(),
                reasons(row.reasons(), json),
                row.learnerId(),
                row.learnerRef());
    }

    static List<Problem> reasons(String stored, ObjectMapper json) {
        try {
            return stored == null ? List.of() : json.readValue(stored, PROBLEMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A learner group record's reasons are not JSON", e);
        }
    }
}
