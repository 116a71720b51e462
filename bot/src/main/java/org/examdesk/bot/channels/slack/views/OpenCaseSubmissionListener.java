package org.examdesk.bot.channels.slack.views;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examdesk.bot.channels.slack.CaseModal;
import org.examdesk.bot.channels.slack.SlackServices;
import org.examdesk.bot.channels.slack.Who;
import org.examdesk.bot.flows.cases.ContactDetails;

/**
 * The open-a-case form: anything missing, too long or not an email address or phone number is shown on its field
 * at once; otherwise the form closes and
 * the case is opened in the background, the answer going to the person's DM.
 */
final class OpenCaseSubmissionListener implements ViewSubmissionHandler {
    private static final List<String> REQUIRED = List.of(
            CaseModal.CUSTOMER_TYPE,
            CaseModal.ISSUE_TYPE,
            CaseModal.CATEGORY,
            CaseModal.SUBCATEGORY,
            CaseModal.QUALIFICATION,
            CaseModal.QUALIFICATION_SUBJECT,
            CaseModal.SUBJECT,
            CaseModal.DESCRIPTION,
            CaseModal.CONTACT_NAME,
            CaseModal.CONTACT_EMAIL,
            CaseModal.CONTACT_PHONE,
            CaseModal.CONTACT_COUNTRY,
            CaseModal.CONTACT_LANGUAGE,
            CaseModal.CONTACT_INSTITUTION,
            CaseModal.SUPPORT_OPTION);
    private static final int MAX_SUBJECT = 200;

    private final SlackServices services;

    OpenCaseSubmissionListener(SlackServices services) {
        this.services = services;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        ViewState state = payload.getView().getState();
        Map<String, String> values = CaseModal.values(state);
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : REQUIRED) {
            if (!values.containsKey(field)) {
                errors.putIfAbsent(blockOf(state, field), "Please fill this in.");
            }
        }
        CaseModal.CONTACT.keySet().forEach(field -> ContactDetails.problem(field, values.getOrDefault(field, ""))
                .filter(problem -> values.containsKey(field))
                .ifPresent(problem -> errors.put(field, problem)));
        if (values.getOrDefault(CaseModal.SUBJECT, "").length() > MAX_SUBJECT) {
            errors.put(CaseModal.SUBJECT, "Keep the subject to " + MAX_SUBJECT + " characters.");
        }
        if (!errors.isEmpty()) {
            return ctx.ackWithErrors(errors);
        }
        Who who = new Who(payload.getTeam().getId(), payload.getUser().getId());
        services.jobs().run(() -> services.forms().submit(who, values));
        return ctx.ack();
    }

    /** The block holding {@code field}'s input, or the first select's when that field is not on the form yet. */
    private static String blockOf(ViewState state, String field) {
        if (state != null && state.getValues() != null) {
            for (Map.Entry<String, Map<String, ViewState.Value>> block :
                    state.getValues().entrySet()) {
                if (block.getValue().containsKey(field)) {
                    return block.getKey();
                }
            }
        }
        boolean text = field.equals(CaseModal.SUBJECT)
                || field.equals(CaseModal.DESCRIPTION)
                || CaseModal.CONTACT.containsKey(field);
        return text ? field : CaseModal.CUSTOMER_TYPE + ".";
    }
}
