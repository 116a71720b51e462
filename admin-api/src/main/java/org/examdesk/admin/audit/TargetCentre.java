package org.examdesk.admin.audit;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The centre one kind of audit target belongs to, looked up by the feature that owns the target (students,
 * imports). Empty when there is no such target, or {@code id} is not of the form its type uses.
 */
@FunctionalInterface
public interface TargetCentre {
    Optional<Long> of(Handle handle, String id);
}
