package org.examdesk.bot.channels.slack.desk;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.examdesk.admin.client.CaseNotice;
import org.examdesk.bot.channels.slack.BlockKit;

/** The agents' channel messages: a case as posted (with Claim and Open), as claimed, and the lines in its thread. */
public final class DeskMessages {
    public static final String CLAIM = "desk_claim";
    public static final String OPEN = "desk_open";
    private static final Set<String> FINISHED = Set.of("RESOLVED", "CLOSED");
    private static final int DESCRIPTION = 600;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

    private final URI consoleBase;
    private final ZoneId zone;

    public DeskMessages(URI consoleBase, ZoneId zone) {
        this.consoleBase = consoleBase;
        this.zone = zone;
    }

    /** The case's message as it stands after {@code c}: Claim while unclaimed and open, Open always. */
    List<LayoutBlock> card(CaseNotice c) {
        String agent = c.assignedAgent();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText("*Case " + c.number() + "* · " + BlockKit.escape(c.subject())
                + "\nFrom " + BlockKit.escape(c.requesterName() == null ? "an anonymous visitor" : c.requesterName())
                + " · queue `" + c.queue() + "` · due " + DUE.format(c.dueAt().atZone(zone))))));
        if (c.text() != null && !c.text().isBlank()) {
            blocks.add(section(s ->
                    s.text(markdownText(">" + BlockKit.escape(shorten(c.text())).replace("\n", "\n>")))));
        }
        String state = status(c.status()) + (agent == null ? " · unclaimed" : " · claimed by " + BlockKit.escape(agent))
                + " · a reply in the thread goes to the requester; start it with " + AgentDesk.NOTE
                + " for a note only agents see";
        blocks.add(context(x -> x.elements(List.of(markdownText(state)))));
        List<BlockElement> buttons = new ArrayList<>();
        if (agent == null && !FINISHED.contains(c.status())) {
            buttons.add(button(
                    b -> b.actionId(CLAIM).value(c.number()).style("primary").text(plainText("Claim"))));
        }
        buttons.add(button(b -> b.actionId(OPEN)
                .url(consoleBase.resolve("/agent#case=" + c.number()).toString())
                .text(plainText("Open in the console"))));
        blocks.add(actions(a -> a.elements(buttons)));
        return blocks;
    }

    String cardFallback(CaseNotice c) {
        return "Case " + c.number() + ": " + c.subject();
    }

    String claimLine(CaseNotice n) {
        return "Claimed by *" + BlockKit.escape(n.actorName()) + "*.";
    }

    String agentReply(CaseNotice n) {
        return "*" + BlockKit.escape(n.actorName()) + "* replied to the requester:\n" + quote(n.text());
    }

    String requesterComment(CaseNotice n) {
        return "*" + BlockKit.escape(n.actorName()) + "* (requester) wrote:\n" + quote(n.text());
    }

    String statusLine(CaseNotice n) {
        return "Status is now *" + status(n.status()) + "* (" + BlockKit.escape(n.actorName()) + ")"
                + (n.text() == null ? "" : ": " + BlockKit.escape(n.text()));
    }

    static boolean finished(String status) {
        return FINISHED.contains(status);
    }

    /** WAITING_ON_CUSTOMER reads "Waiting on customer". */
    static String status(String status) {
        String words = status.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String quote(String text) {
        return ">" + BlockKit.escape(text == null ? "" : text).replace("\n", "\n>");
    }

    private static String shorten(String text) {
        return text.length() <= DESCRIPTION ? text : text.substring(0, DESCRIPTION) + "…";
    }
}
