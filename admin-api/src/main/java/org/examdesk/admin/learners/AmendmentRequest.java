package org.examdesk.admin.learners;

/** An amendment as the client sends it: the field ({@code givenName}, {@code familyName} or {@code dateOfBirth}) and its new value. */
public record AmendmentRequest(String field, String value) {}
