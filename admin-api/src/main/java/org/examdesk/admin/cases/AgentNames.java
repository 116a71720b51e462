package org.examdesk.admin.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.examdesk.admin.accounts.StaffDao;
import org.jdbi.v3.core.Handle;

/**
 * The names of the agents cases are assigned to. A case stores only the agent's id; the name comes from the
 * accounts feature's {@link StaffDao}, in one query for a whole page of cases.
 */
public final class AgentNames {
    private AgentNames() {}

    /** The name of the agent {@code row} is assigned to; null when nobody has it. */
    public static String of(Handle h, CaseRow row) {
        return row.assignedAgentId() == null ? null : h.attach(StaffDao.class).fullName(row.assignedAgentId());
    }

    /** The names of the agents these cases are assigned to, by agent id. */
    static Map<Long, String> of(Handle h, List<CaseRow> rows) {
        long[] ids = rows.stream()
                .map(CaseRow::assignedAgentId)
                .filter(Objects::nonNull)
                .distinct()
                .mapToLong(Long::longValue)
                .toArray();
        Map<Long, String> names = new HashMap<>();
        if (ids.length > 0) {
            h.attach(StaffDao.class).fullNames(ids).forEach(n -> names.put(n.id(), n.name()));
        }
        return names;
    }
}
