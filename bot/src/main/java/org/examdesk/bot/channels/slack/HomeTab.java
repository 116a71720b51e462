package org.examdesk.bot.channels.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.CaseModels;
import org.examdesk.admin.client.CasesClient;
import org.examdesk.bot.engine.Speaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The App Home tab: who the bot acts for, their open cases and quick actions; a link prompt when unlinked. */
public final class HomeTab {
    public static final String CHANGE_EMAIL = "home_change_email";
    public static final String OPEN_CASE = "home_open_case";

    private static final Logger log = LoggerFactory.getLogger(HomeTab.class);
    private static final Set<String> CLOSED = Set.of("RESOLVED", "CLOSED");
    private static final int SHOWN = 10;

    private final SlackWebApi web;
    private final SlackUsers users;
    private final AdminClient admin;

    public HomeTab(SlackWebApi web, SlackUsers users, AdminClient admin) {
        this.web = web;
        this.users = users;
        this.admin = admin;
    }

    public void publish(Who who) {
        Optional<Speaker> speaker = users.linked(who);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("ExamDesk"))));
        if (speaker.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("Ask me anything about student results accounts, candidate "
                    + "results access or learner registrations in a DM, or mention me in a channel.\n\n"
                    + SlackTurns.LINK_PROMPT))));
        } else {
            blocks.addAll(linked(speaker.get()));
            blocks.addAll(openCases(speaker.get()));
        }
        web.publishHome(who.userId(), View.builder().type("home").blocks(blocks).build());
    }

    private List<LayoutBlock> openCases(Speaker speaker) {
        String text;
        try {
            List<CaseModels.CaseSummary> open = new CasesClient(speaker.admin(admin, SlackTurns.CHANNEL))
                    .mine(null, "updated", 1).items().stream()
                            .filter(c -> !CLOSED.contains(c.status().toUpperCase(Locale.ROOT)))
                            .limit(SHOWN)
                            .toList();
            text = open.isEmpty()
                    ? "You have no open cases."
                    : open.stream()
                            .map(c -> "*" + c.number() + "* · " + BlockKit.escape(c.subject()) + " · _"
                                    + label(c.status()) + "_")
                            .collect(Collectors.joining("\n"));
        } catch (AdminApiException e) {
            log.warn("App Home: cases could not be loaded: {} {}", e.status(), e.getMessage());
            text = "Your cases could not be loaded just now.";
        }
        String body = text;
        return List.of(divider(), section(s -> s.text(markdownText("*Your open cases*\n" + body))));
    }

    /** WAITING_ON_CUSTOMER reads "Waiting on customer". */
    static String label(String status) {
        String words = status.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static List<LayoutBlock> linked(Speaker speaker) {
        String centre = speaker.user().centre() == null
                ? ""
                : ", " + speaker.user().centre().name();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(
                markdownText("Acting for *" + BlockKit.escape(speaker.user().name() + centre)
                        + "*. Ask me in a DM, e.g. \"Sam Patel can't log in to results\", or use `/examdesk`."))));
        blocks.add(divider());
        blocks.add(section(s -> s.text(markdownText("*Quick actions*"))));
        blocks.add(actions(a -> a.elements(List.of(
                button(b -> b.actionId(CHANGE_EMAIL).text(plainText("Change a student's email"))),
                button(b -> b.actionId(OPEN_CASE).text(plainText("Open a case")))))));
        return blocks;
    }
}
