package org.examdesk.admin.accounts;

import org.examdesk.admin.audit.Author;
import org.examdesk.admin.web.Idempotency;

/**
 * Who is acting in this request, and the request's id: what every change needs for its audit row. It is the
 * audit log's {@link Author} and the owner of an {@link Idempotency} key, so neither needs to know callers.
 */
public record Actor(Caller caller, String requestId) implements Author, Idempotency.KeyOwner {
    @Override
    public String actorType() {
        return caller.kind().name();
    }

    @Override
    public long actorId() {
        return caller.id();
    }

    @Override
    public String actorName() {
        return caller.name();
    }

    @Override
    public String onBehalfOf() {
        return caller.onBehalfOf();
    }

    @Override
    public String channel() {
        return caller.channel();
    }

    @Override
    public String keyOwnerType() {
        return caller.kind().name();
    }

    @Override
    public long keyOwnerId() {
        return caller.id();
    }
}
