package org.examdesk.admin.learners;

/** A product of the board: a qualification or an apprenticeship framework, with its price per registration. */
public record ProductView(
        long id, String reference, String title, String kind, int pricePence, boolean approved, boolean inDate) {

    /** Whether learners may be registered on it now: approved and in date. */
    boolean orderable() {
        return approved && inDate;
    }
}
