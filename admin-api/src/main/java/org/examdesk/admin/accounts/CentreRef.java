package org.examdesk.admin.accounts;

/** A centre as callers see it. */
public record CentreRef(long id, String number, String name) {}
