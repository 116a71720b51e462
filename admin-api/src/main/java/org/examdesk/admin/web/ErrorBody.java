package org.examdesk.admin.web;

import java.util.List;

/** The one error shape every endpoint answers with. */
public record ErrorBody(String error, String message, String requestId, List<String> details) {}
