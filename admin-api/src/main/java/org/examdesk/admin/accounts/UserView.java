package org.examdesk.admin.accounts;

import java.util.List;

/** A signed-in person as the API shows them. */
public record UserView(long id, String name, String kind, List<Role> roles, CentreRef centre) {
    static UserView of(Caller caller) {
        return new UserView(
                caller.id(), caller.name(), caller.kind().name(), List.copyOf(caller.roles()), caller.centre());
    }
}
