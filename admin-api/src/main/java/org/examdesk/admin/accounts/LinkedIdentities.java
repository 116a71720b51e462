package org.examdesk.admin.accounts;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The staff account an external identity is linked to, looked up by the feature that owns the links (Slack's
 * {@code slack_links} today): accounts never reads another feature's tables. Empty when the identity is not linked.
 */
@FunctionalInterface
public interface LinkedIdentities {
    Optional<Long> staffId(Handle handle, String team, String user);
}
