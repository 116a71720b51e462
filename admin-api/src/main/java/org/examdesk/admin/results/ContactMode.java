package org.examdesk.admin.results;

/** Who answers an associate centre's candidates: the parent with its default contact, or the associate itself. */
public enum ContactMode {
    DEFAULT,
    CENTRE_DEFINED
}
