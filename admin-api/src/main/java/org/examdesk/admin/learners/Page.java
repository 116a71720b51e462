package org.examdesk.admin.learners;

import java.util.List;

/** One page of a search: its items, how many match in all, and which page of what size this is. */
public record Page<T>(List<T> items, long total, int page, int size) {}
