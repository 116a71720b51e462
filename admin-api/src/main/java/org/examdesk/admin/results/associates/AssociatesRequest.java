package org.examdesk.admin.results.associates;

import java.util.List;

/**
 * Body of {@code PUT .../associates}: either {@code useDefaults} with one set of {@code defaults} applied to every
 * associate, or per-associate settings (only the associates listed change).
 */
public record AssociatesRequest(Boolean useDefaults, Setting defaults, List<Setting> associates) {
    /** What the parent allows an associate; {@code centreId} is ignored inside {@code defaults}. */
    record Setting(Long centreId, Boolean giveAccess, String contactMode, Integer delayDays) {}
}
