package org.examdesk.admin.accounts;

import java.net.URI;

/**
 * The links staff emails carry to ExamDesk's own account pages ({@code /verify-email}, {@code /reset-password}):
 * at the root of the site named by {@code PORTAL_URL}, whatever path that address has (an older setting ended in
 * {@code /help}, the help centre, where such a link would have found no page).
 */
final class PortalLinks {
    private final URI root;

    PortalLinks(String portalUrl) {
        this.root = URI.create(portalUrl).resolve("/");
    }

    /** {@code <site>/<page>?token=<token>}; tokens are URL-safe Base64, so they need no escaping. */
    String page(String page, String token) {
        return root.resolve("/" + page + "?token=" + token).toString();
    }
}
