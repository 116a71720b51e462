package org.examdesk.admin.results;

import java.time.LocalDate;

/** An exam series: its name ("June 2026"), a short code used in usernames ("J26"), board and opening date. */
public record SeriesRow(long id, String name, String code, String board, LocalDate credentialsOpenFrom) {}
