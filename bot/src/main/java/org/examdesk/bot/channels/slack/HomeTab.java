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
import java.util.Optional;
import org.examdesk.bot.engine.Speaker;

/** The App Home tab: who the bot acts for, their open cases and quick actions; a link prompt when unlinked. */
public final class HomeTab {
    public static final String CHANGE_EMAIL = "home_change_email";

    private final SlackWebApi web;
    private final SlackUsers users;

    public HomeTab(SlackWebApi web, SlackUsers users) {
        this.web = web;
        this.users = users;
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
        }
        web.publishHome(who.userId(), View.builder().type("home").blocks(blocks).build());
    }

    private static List<LayoutBlock> linked(Speaker speaker) {
        String centre = speaker.user().centre() == null ? "" : ", " + speaker.user().centre().name();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText("Acting for *" + BlockKit.escape(speaker.user().name() + centre)
                + "*. Ask me in a DM, e.g. \"Sam Patel can't log in to results\", or use `/examdesk`."))));
        blocks.add(divider());
        blocks.add(section(s -> s.text(markdownText("*Quick actions*"))));
        blocks.add(actions(a -> a.elements(List.of(
                button(b -> b.actionId(CHANGE_EMAIL).text(plainText("Change a student's email")))))));
        return blocks;
    }
}
