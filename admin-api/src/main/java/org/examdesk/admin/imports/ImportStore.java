package org.examdesk.admin.imports;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.mail.Outbox;
import org.examdesk.admin.students.ActivationCodes;
import org.examdesk.admin.students.ExamEntryDao;
import org.examdesk.admin.students.StudentCopy;
import org.examdesk.admin.students.StudentDao;
import org.examdesk.admin.students.StudentMail;
import org.jdbi.v3.core.Handle;

/**
 * Reads what an import is checked against and writes what it accepted: students, their activation codes, their
 * welcome emails and one audit row each, in batches, inside the caller's transaction.
 */
final class ImportStore {
    private final ActivationCodes codes;
    private final StudentMail mail;
    private final AuditLog audit;

    private final Outbox outbox;

    ImportStore(ActivationCodes codes, StudentMail mail, Outbox outbox, AuditLog audit) {
        this.outbox = outbox;
        this.codes = codes;
        this.mail = mail;
        this.audit = audit;
    }

    /** The centre's exam entries and existing accounts for the UCIs and emails in the file. */
    ImportValidator.Known known(Handle h, long centreId, List<ImportRow> rows) {
        List<String> ucis = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (ImportRow row : rows) {
            ucis.add(row.get(ImportColumns.UCI).toUpperCase(Locale.ROOT));
            emails.add(row.get(ImportColumns.EMAIL).toLowerCase(Locale.ROOT));
        }
        String[] uciArray = ucis.toArray(String[]::new);
        Map<String, ImportValidator.Entry> entries = new HashMap<>();
        for (ExamEntryDao.Entry e : h.attach(ExamEntryDao.class).latest(centreId, uciArray)) {
            entries.put(e.uci(), new ImportValidator.Entry(e.forename(), e.surname(), e.dateOfBirth()));
        }
        StudentDao students = h.attach(StudentDao.class);
        Set<String> accountUcis = new HashSet<>(students.existingUcis(centreId, uciArray));
        Set<String> accountEmails = new HashSet<>(students.existingEmails(emails.toArray(String[]::new)));
        return new ImportValidator.Known(entries, accountUcis, accountEmails);
    }

    /**
     * Creates the accepted students, not activated, each with a code, a welcome email and an audit row; with
     * COPY (the students feature's {@link StudentCopy}, the outbox's and the audit's), so an import of 100,000
     * rows stays within seconds. Emails and audit rows are made one at a time as they are copied, never all held.
     */
    void create(Handle h, Actor actor, long centreId, UUID importId, List<ImportValidator.Draft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        List<Long> ids = h.attach(StudentDao.class).nextIds(drafts.size());
        Instant expires = codes.expiry();
        String[] issued = new String[drafts.size()];
        List<StudentCopy.NewStudent> students = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            ImportValidator.Draft d = drafts.get(i);
            issued[i] = codes.newCode();
            students.add(new StudentCopy.NewStudent(
                    ids.get(i),
                    centreId,
                    d.forename(),
                    d.surname(),
                    d.uci(),
                    d.email(),
                    d.dateOfBirth(),
                    d.schoolYear(),
                    "import",
                    actor.caller().id(),
                    ActivationCodes.hash(issued[i]),
                    expires));
        }
        StudentCopy.insert(h, students);
        outbox.enqueueAll(
                h,
                lazy(
                        drafts.size(),
                        i -> mail.welcomeEmail(
                                drafts.get(i).email(), drafts.get(i).forename(), issued[i], expires)));
        audit.recordAll(
                h,
                actor,
                "STUDENT_IMPORTED",
                "student",
                lazy(
                        drafts.size(),
                        i -> new AuditLog.Target(String.valueOf(ids.get(i)), after(drafts.get(i), importId))));
    }

    private static Map<String, Object> after(ImportValidator.Draft d, UUID importId) {
        return Map.of(
                "uci",
                d.uci(),
                "forename",
                d.forename(),
                "surname",
                d.surname(),
                "email",
                d.email(),
                "importId",
                importId.toString());
    }

    /** A list whose items are made when read. */
    private static <T> List<T> lazy(int size, IntFunction<T> item) {
        return new AbstractList<>() {
            @Override
            public T get(int index) {
                return item.apply(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    void saveImport(
            Handle h,
            UUID id,
            long centreId,
            long userId,
            String fileName,
            int accepted,
            int rejected,
            String rejectedCsv) {
        h.attach(ImportDao.class).insert(id, centreId, userId, fileName, accepted, rejected, rejectedCsv);
    }
}
