package org.examdesk.admin.results;

/** Who at a centre may see results online for a series (domain section 2). NONE is where every series starts. */
public enum AccessMode {
    NONE,
    ALL,
    SELECTED;

    /** Whether a candidate has access under this mode, given whether the centre ticked them. */
    public boolean admits(boolean selected) {
        return this == ALL || this == SELECTED && selected;
    }
}
