package org.examdesk.admin.learners.claims;

import java.util.List;

/** A pathway of a product's rules of combination: its units (mandatory or optional, with credits) and minimum credits. */
record Pathway(long id, String code, String title, int minimumCredits, boolean isDefault, List<Unit> units) {
    /** A unit of the pathway. */
    record Unit(long unitId, String code, String title, boolean mandatory, int credits) {}

    Unit unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst().orElse(null);
    }
}
