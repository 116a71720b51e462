package org.examdesk.admin.files;

import java.util.List;

/** A line of an uploaded spreadsheet: its row number as a spreadsheet shows it, and its cells as text. */
public record Line(int number, List<String> cells) {}
