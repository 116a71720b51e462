package org.examdesk.admin.cases;

import java.time.Clock;
import org.examdesk.admin.audit.AuditLog;
import org.jdbi.v3.core.Jdbi;

/** What the cases services share: the database, the clock, the data files, audit and notifications. */
public record CaseDeps(
        Jdbi jdbi,
        Clock clock,
        Taxonomy taxonomy,
        Routing routing,
        WorkingCalendar calendar,
        CaseSettings settings,
        AuditLog audit,
        CaseNotifier notifier) {}
