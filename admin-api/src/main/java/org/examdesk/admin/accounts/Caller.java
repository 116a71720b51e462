package org.examdesk.admin.accounts;

import java.util.Collection;
import java.util.Set;

/**
 * Who is making a request: a staff user with roles and a centre, a student limited to their own account,
 * or an integration's service token. {@code channel} says how the request came in (web, slack, api).
 */
public record Caller(Kind kind, long id, String name, Set<Role> roles, CentreRef centre, String channel) {
    public enum Kind { STAFF, STUDENT, SERVICE }

    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    public boolean hasAnyRole(Collection<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    public Caller withChannel(String newChannel) {
        return new Caller(kind, id, name, roles, centre, newChannel);
    }
}
