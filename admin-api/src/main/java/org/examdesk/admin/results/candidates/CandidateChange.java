package org.examdesk.admin.results.candidates;

import java.util.List;

/** Body of {@code PUT .../candidates}: candidate ids to give access to and to remove it from. */
public record CandidateChange(List<Long> give, List<Long> remove) {
    List<Long> giveOrEmpty() {
        return give == null ? List.of() : give;
    }

    List<Long> removeOrEmpty() {
        return remove == null ? List.of() : remove;
    }
}
