package org.examdesk.admin.accounts;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The caller a student session stands for, looked up by the students feature, which owns the accounts: the
 * student only, at their centre. Empty when the account is gone.
 */
@FunctionalInterface
public interface StudentCallers {
    Optional<Caller> find(Handle handle, long studentId);
}
