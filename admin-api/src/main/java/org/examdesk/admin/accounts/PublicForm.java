package org.examdesk.admin.accounts;

import org.examdesk.admin.audit.Author;

/** The author of a change made from a public form by nobody known yet (sign-up, password reset request). */
record PublicForm(String actorName, String channel, String requestId) implements Author {
    @Override
    public String actorType() {
        return "ANONYMOUS";
    }

    @Override
    public long actorId() {
        return 0;
    }

    @Override
    public String onBehalfOf() {
        return null;
    }
}
