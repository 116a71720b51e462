package org.examdesk.admin.results;

/** The centre a request acts on: the caller's own, or one of its associates (parentId is then the caller's). */
public record TargetCentre(long id, String number, String name, Long parentId, String parentName) {
    boolean isAssociate() {
        return parentId != null;
    }
}
