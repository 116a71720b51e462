package org.examdesk.admin.accounts;

/** Who is acting in this request, and the request's id: what every change needs for its audit row. */
public record Actor(Caller caller, String requestId) {
}
