package org.examdesk.bot.channels.slack.views;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import java.util.Map;
import java.util.regex.Pattern;
import org.examdesk.bot.channels.slack.Modals;
import org.examdesk.bot.channels.slack.Place;
import org.examdesk.bot.channels.slack.SlackServices;
import org.examdesk.bot.channels.slack.Who;

/**
 * The change-email form: a bad address is shown on the field at once; otherwise the request goes to the
 * engine in the person's DM, which shows what will change and asks to confirm before changing anything.
 */
final class ChangeEmailSubmissionListener implements ViewSubmissionHandler {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final SlackServices services;

    ChangeEmailSubmissionListener(SlackServices services) {
        this.services = services;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        Map<String, Map<String, ViewState.Value>> values =
                payload.getView().getState().getValues();
        String student = value(values, Modals.STUDENT);
        String email = value(values, Modals.EMAIL);
        if (student.isEmpty()) {
            return ctx.ackWithErrors(Map.of(Modals.STUDENT, "Name the student, or give their UCI."));
        }
        if (!EMAIL.matcher(email).matches()) {
            return ctx.ackWithErrors(Map.of(Modals.EMAIL, "That does not look like an email address."));
        }
        Who who = new Who(payload.getTeam().getId(), payload.getUser().getId());
        services.jobs().run(() -> {
            String dm = services.web().openDm(who.userId());
            services.turns().text(who, Place.channel(dm), "change the email of " + student + " to " + email);
        });
        return ctx.ack();
    }

    private static String value(Map<String, Map<String, ViewState.Value>> values, String id) {
        Map<String, ViewState.Value> block = values == null ? null : values.get(id);
        ViewState.Value value = block == null ? null : block.get(id);
        return value == null || value.getValue() == null ? "" : value.getValue().strip();
    }
}
