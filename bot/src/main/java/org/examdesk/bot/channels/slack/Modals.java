package org.examdesk.bot.channels.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.List;

/** The modals (forms) the bot opens. Block ids equal action ids, so a submission reads {@code values[id][id]}. */
public final class Modals {
    public static final String CHANGE_EMAIL = "change_email";
    public static final String STUDENT = "student";
    public static final String EMAIL = "email";

    private Modals() {}

    public static View changeEmail() {
        return View.builder()
                .type("modal")
                .callbackId(CHANGE_EMAIL)
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text("Change a student's email")
                        .build())
                .submit(ViewSubmit.builder().type("plain_text").text("Next").build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .blocks(List.of(
                        input(i -> i.blockId(STUDENT)
                                .label(plainText("Student (name or UCI)"))
                                .element(plainTextInput(p -> p.actionId(STUDENT).maxLength(100)))),
                        input(i -> i.blockId(EMAIL)
                                .label(plainText("New email address"))
                                .hint(plainText("The student gets a new welcome email at this address."))
                                .element(plainTextInput(p -> p.actionId(EMAIL).maxLength(254))))))
                .build();
    }
}
