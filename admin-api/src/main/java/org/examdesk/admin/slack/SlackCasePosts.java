package org.examdesk.admin.slack;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.examdesk.admin.cases.CaseDao;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Jdbi;

/**
 * Where each case sits in the agents' Slack channel (so a claim updates its message and a reply in its thread finds
 * the case), and which Slack users a staff user is, so a reply can reach the requester's DM. A post is kept by the
 * case's id; the number comes from the cases feature's {@link CaseDao}.
 */
final class SlackCasePosts {
    private static final Pattern CASE_NUMBER = Pattern.compile("[0-9]{8}");
    private static final Pattern MESSAGE_TS = Pattern.compile("[0-9]{1,12}\\.[0-9]{1,8}");

    private final Jdbi jdbi;

    SlackCasePosts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void save(String number, String channelId, String ts) {
        place(channelId, ts);
        jdbi.useTransaction(h -> {
            long caseId = h.attach(CaseDao.class).idOf(checkedNumber(number)).orElseThrow(SlackCasePosts::noSuchCase);
            h.attach(SlackDao.class).savePost(caseId, channelId, ts);
        });
    }

    SlackDao.CasePost of(String number) {
        return jdbi.withHandle(h -> h.attach(CaseDao.class)
                        .idOf(checkedNumber(number))
                        .flatMap(id -> h.attach(SlackDao.class).postOf(id))
                        .map(p -> new SlackDao.CasePost(number, p.channelId(), p.ts())))
                .orElseThrow(() -> ApiException.notFound("Case " + number + " has no message in the agents' channel."));
    }

    SlackDao.CasePost at(String channelId, String ts) {
        place(channelId, ts);
        return jdbi.withHandle(
                        h -> h.attach(SlackDao.class).postAt(channelId, ts).flatMap(p -> h.attach(CaseDao.class)
                                .numberOf(p.caseId())
                                .map(number -> new SlackDao.CasePost(number, p.channelId(), p.ts()))))
                .orElseThrow(() -> ApiException.notFound("No case was posted at that message."));
    }

    Map<String, List<SlackDao.Link>> linksOf(String userId) {
        long id;
        try {
            id = Long.parseLong(userId == null ? "" : userId);
        } catch (NumberFormatException e) {
            throw ApiException.invalid("Give the staff user id as a number.", List.of("userId"));
        }
        return Map.of("links", jdbi.withExtension(SlackDao.class, dao -> dao.linksOf(id)));
    }

    private static void place(String channelId, String ts) {
        if (channelId == null
                || !SlackUser.SLACK_ID.matcher(channelId).matches()
                || ts == null
                || !MESSAGE_TS.matcher(ts).matches()) {
            throw ApiException.invalid(
                    "Give the Slack channel id and the message's ts, e.g. C0123ABCD and " + "1700000000.000100.",
                    List.of("channelId", "ts"));
        }
    }

    private static String checkedNumber(String number) {
        if (number == null || !CASE_NUMBER.matcher(number).matches()) {
            throw noSuchCase();
        }
        return number;
    }

    private static ApiException noSuchCase() {
        return ApiException.notFound("There is no such case.");
    }
}
