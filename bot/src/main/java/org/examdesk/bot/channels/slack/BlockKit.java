package org.examdesk.bot.channels.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.examdesk.bot.engine.Reply;

/**
 * Renders the engine's replies as Block Kit. Buttons carry the engine's own (nonce-guarded) option value, so a
 * press is handed back to the engine unchanged; their action ids all start with {@link #REPLY_ACTION}.
 */
public final class BlockKit {
    public static final String REPLY_ACTION = "examdesk_reply_";
    private static final int MAX_TEXT = 2900;
    private static final int MAX_BUTTONS = 25;
    private static final int MAX_FILE_BUTTONS = 5;

    private final URI articlesBase;

    /** {@code articlesBase}: where relative article links point, e.g. the help centre's address. */
    public BlockKit(URI articlesBase) {
        this.articlesBase = articlesBase;
    }

    public List<LayoutBlock> blocks(List<Reply> replies) {
        List<LayoutBlock> blocks = new ArrayList<>();
        int buttons = 0;
        for (Reply reply : replies) {
            if (reply instanceof Reply.Text t) {
                blocks.add(section(s -> s.text(markdownText(escape(t.text())))));
            } else if (reply instanceof Reply.ArticleCard a) {
                blocks.add(section(s -> s.text(markdownText("*<" + articleUrl(a.url()) + "|" + escape(a.title())
                        + ">*\n" + escape(a.snippet() == null ? "" : a.snippet())))));
            } else if (reply instanceof Reply.Choices c) {
                blocks.add(section(s -> s.text(markdownText(escape(c.prompt())))));
                blocks.add(buttons(c.options(), buttons, false));
                buttons += c.options().size();
            } else if (reply instanceof Reply.Confirm c) {
                blocks.add(section(s -> s.text(markdownText(escape(c.summary())))));
                blocks.add(buttons(c.options(), buttons, true));
                buttons += c.options().size();
            } else if (reply instanceof Reply.Table table) {
                blocks.add(section(s -> s.text(markdownText(table(table)))));
            } else if (reply instanceof Reply.Files f) {
                blocks.add(section(s -> s.text(markdownText(files(f)))));
                if (!f.files().isEmpty()) {
                    blocks.add(fileButtons(f));
                }
            } else if (reply instanceof Reply.CaseCard c) {
                blocks.add(context(x -> x.elements(
                        List.of(markdownText("Case *" + escape(c.number()) + "* · " + escape(c.status()))))));
            } else if (reply instanceof Reply.Form f) { // answered by typing, one field at a time
                blocks.add(section(s -> s.text(markdownText(escape(f.fallback())))));
            } else if (reply instanceof Reply.Picks p) { // ticked in a modal opened from the button
                blocks.add(section(s -> s.text(markdownText(picks(p)))));
                blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(PicksModal.OPEN)
                        .value(PicksModal.value(p))
                        .style("primary")
                        .text(plainText("Choose…")))))));
            }
        }
        return blocks;
    }

    /** The plain text Slack shows in notifications and to screen readers. */
    public String fallback(List<Reply> replies) {
        String text =
                replies.stream().map(BlockKit::plain).filter(s -> !s.isBlank()).collect(Collectors.joining("\n"));
        return cut(text.isBlank() ? "ExamDesk" : text);
    }

    private String table(Reply.Table table) {
        StringBuilder text = new StringBuilder("*")
                .append(escape(table.title()))
                .append("*\n```")
                .append(escape(String.join(" | ", table.columns())));
        for (List<String> row : table.rows()) {
            text.append('\n').append(escape(String.join(" | ", row)));
        }
        text.append("```");
        if (table.downloadUrl() != null) {
            text.append("\n<").append(articleUrl(table.downloadUrl())).append("|Download these rows as CSV>");
        }
        return cut(text.toString());
    }

    /** A case's files by name: downloading them needs a session, so from the web chat or the agent console. */
    /** A button a file ("Send me notes.pdf", at most {@value #MAX_FILE_BUTTONS}): it goes to the person's DM. */
    private static LayoutBlock fileButtons(Reply.Files f) {
        List<BlockElement> elements = new ArrayList<>();
        for (int i = 0; i < Math.min(f.files().size(), MAX_FILE_BUTTONS); i++) {
            Reply.FileLink file = f.files().get(i);
            String id = CaseFileSends.SEND + i;
            String label = "Send me " + file.name();
            elements.add(button(b -> b.actionId(id)
                    .value(CaseFileSends.value(file.url(), file.name()))
                    .text(plainText(p -> p.text(label.length() > 75 ? label.substring(0, 74) + "…" : label)
                            .emoji(false)))));
        }
        return actions(a -> a.elements(elements));
    }

    private static String files(Reply.Files f) {
        StringBuilder text = new StringBuilder("*").append(escape(f.title())).append("*");
        for (Reply.FileLink file : f.files()) {
            text.append("\n• ")
                    .append(escape(file.name()))
                    .append(" (")
                    .append(escape(file.size()))
                    .append(')');
        }
        return cut(text.append(
                        f.files().size() > MAX_FILE_BUTTONS
                                ? "\n_Press a file's button and I send it to you in our direct messages; the "
                                        + "others are in the web chat, signed in._"
                                : "\n_Press a file's button and I send it to you in our direct messages._")
                .toString());
    }

    private static String picks(Reply.Picks p) {
        StringBuilder text = new StringBuilder(escape(p.prompt()));
        for (Reply.Option o : p.options()) {
            text.append('\n')
                    .append(p.ticked().contains(o.value()) ? "☑ " : "☐ ")
                    .append(escape(o.label()));
        }
        return cut(text.toString());
    }

    private static String plain(Reply reply) {
        if (reply instanceof Reply.Text t) {
            return t.text();
        } else if (reply instanceof Reply.ArticleCard a) {
            return a.title();
        } else if (reply instanceof Reply.Choices c) {
            return c.prompt();
        } else if (reply instanceof Reply.Confirm c) {
            return c.summary();
        } else if (reply instanceof Reply.CaseCard c) {
            return "Case " + c.number() + ": " + c.status();
        } else if (reply instanceof Reply.Table t) {
            return t.title();
        } else if (reply instanceof Reply.Files f) {
            return f.title();
        } else if (reply instanceof Reply.Form f) {
            return f.fallback();
        } else if (reply instanceof Reply.Picks p) {
            return p.prompt();
        }
        return "";
    }

    private static LayoutBlock buttons(List<Reply.Option> options, int first, boolean confirm) {
        List<BlockElement> elements = new ArrayList<>();
        for (int i = 0; i < options.size() && first + i < MAX_BUTTONS; i++) {
            Reply.Option option = options.get(i);
            String style = !confirm ? null : i == 0 ? "primary" : i == options.size() - 1 ? "danger" : null;
            String id = REPLY_ACTION + (first + i);
            elements.add(button(
                    b -> b.actionId(id).value(option.value()).style(style).text(plainText(p -> p.text(
                                    label(option.label()))
                            .emoji(true)))));
        }
        return actions(a -> a.elements(elements));
    }

    private String articleUrl(String url) {
        return url.startsWith("http") ? url : articlesBase.resolve(url).toString();
    }

    static String label(String text) {
        return text.length() <= 75 ? text : text.substring(0, 74) + "…";
    }

    /** Slack mrkdwn needs only these three escaped. */
    public static String escape(String text) {
        return cut(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }
}
