package org.examdesk.admin.client;

/**
 * Told of what happens to cases, after it is committed, so the bot can carry it where people are (the requester's
 * live web chat or Slack DM, the agents' Slack channel). The process that runs the admin API registers it. Called
 * on the thread that made the change: return quickly and hand slow work to an executor; an exception is logged and
 * does not undo the change. Listeners implement only what they need.
 */
public interface CaseListener {
    /** A case was opened; {@link CaseNotice#text()} is its description. */
    default void opened(CaseNotice notice) {}

    /** An agent claimed a case; {@link CaseNotice#actorName()} is the agent. */
    default void claimed(CaseNotice notice) {}

    /** An agent replied to the requester; {@link CaseNotice#text()} is the reply. */
    default void agentReplied(CaseNotice notice) {}

    /** The requester added a comment; {@link CaseNotice#text()} is the comment. */
    default void requesterCommented(CaseNotice notice) {}

    /** The status changed; {@link CaseNotice#status()} is the new one, {@link CaseNotice#text()} the note if any. */
    default void statusChanged(CaseNotice notice) {}
}
