package org.examdesk.admin.cases;

/**
 * Told of what an agent did on a case, after it is committed, so the bot can deliver it where the requester is
 * (live web chat, Slack DM). Register with {@link Cases#listen}. Called on the request thread: return quickly
 * and hand slow work to an executor; an exception is logged and does not undo the change.
 */
public interface CaseEvents {
    void agentReplied(CaseNotice notice);

    void statusChanged(CaseNotice notice);
}
