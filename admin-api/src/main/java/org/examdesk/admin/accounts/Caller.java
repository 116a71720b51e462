package org.examdesk.admin.accounts;

import java.util.Collection;
import java.util.Set;

/**
 * Who is making a request: a staff user with roles and a centre, a student limited to their own account,
 * or an integration's service token. {@code channel} says how the request came in (web, slack, api).
 * {@code onBehalfOf} is set when an integration acts for this person (e.g. {@code "examdesk-bot via
 * slack:T01:U02"}): the person's rights apply, and the audit log records the intermediary.
 */
public record Caller(
        Kind kind, long id, String name, Set<Role> roles, CentreRef centre, String channel, String onBehalfOf) {
    public enum Kind {
        STAFF,
        STUDENT,
        SERVICE
    }

    public Caller(Kind kind, long id, String name, Set<Role> roles, CentreRef centre, String channel) {
        this(kind, id, name, roles, centre, channel, null);
    }

    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    public boolean hasAnyRole(Collection<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    public Caller withChannel(String newChannel) {
        return new Caller(kind, id, name, roles, centre, newChannel, onBehalfOf);
    }

    /** This person, reached through an integration in {@code channel}; {@code via} names the intermediary. */
    public Caller reachedThrough(String newChannel, String via) {
        return new Caller(kind, id, name, roles, centre, newChannel, via);
    }
}
