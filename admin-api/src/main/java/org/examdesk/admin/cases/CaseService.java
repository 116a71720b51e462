package org.examdesk.admin.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.cases.CaseAccess.Requester;
import org.examdesk.admin.cases.attachments.AttachmentDao;
import org.examdesk.admin.cases.attachments.Sha256;
import org.examdesk.admin.client.CaseNotice;
import org.examdesk.admin.conversations.ConversationDao;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Handle;

/**
 * Opens cases: checks the form against the taxonomy, routes the case to a queue with its response target in
 * working days, attaches the chat transcript, acknowledges it by email and audits it, all in one transaction.
 * With an {@code Idempotency-Key}, a retry of the same case gets the first answer and opens nothing.
 */
public final class CaseService {
    private final CaseDeps deps;
    private final CaseValidator validator;
    private final CaseNumbers numbers;
    private final TranscriptText transcripts;
    private final ContactDefaults contacts;
    private final ObjectMapper json;
    private final Idempotency idempotency;

    CaseService(CaseDeps deps, CaseNumbers numbers, ObjectMapper json) {
        this.deps = deps;
        this.validator = new CaseValidator(deps.taxonomy());
        this.numbers = numbers;
        this.transcripts = new TranscriptText(json);
        this.contacts = new ContactDefaults(deps.jdbi());
        this.json = json;
        this.idempotency = new Idempotency(json);
    }

    Idempotency.Outcome create(Actor actor, CaseRequest request, String key) {
        Idempotency.checkKey(key);
        CaseRequest.Fields fields = validator.check(request);
        SupportOption option = CaseValidator.supportOption(request.supportOption());
        Instant now = deps.clock().instant();
        checkChatOpen(option, fields.customerType(), now);
        Requester requester = Requester.of(actor.caller());
        CaseDao.Contact contact = contact(actor.caller(), request.contact());
        Routing.Route route = deps.routing().route(fields.customerType(), fields.category());
        Instant dueAt = deps.calendar().dueAt(now, route.targetDays());
        String asked = "POST /api/v1/cases " + json.valueToTree(request);
        CaseViews.Created[] opened = new CaseViews.Created[1];
        Idempotency.Outcome outcome = deps.jdbi()
                .inTransaction(h -> idempotency.run(h, actor, key, asked, 201, () -> {
                    List<TranscriptText.Message> transcript = transcript(h, actor.caller(), request.conversationId());
                    CaseDao dao = h.attach(CaseDao.class);
                    CaseDao.NewCase[] made = new CaseDao.NewCase[1];
                    long id = numbers.claim(number -> {
                        made[0] = new CaseDao.NewCase(
                                number,
                                requester.userId(),
                                requester.studentId(),
                                requester.centreId(),
                                contact,
                                fields,
                                option.name(),
                                route.queue(),
                                route.targetDays(),
                                dueAt,
                                request.conversationId(),
                                now);
                        return dao.insert(made[0], fields);
                    });
                    String number = made[0].number();
                    String who = actor.caller().name();
                    dao.addActivity(
                            id,
                            "CREATED",
                            who,
                            "Case opened through " + actor.caller().channel() + " ("
                                    + option.name().toLowerCase() + "); response target " + route.targetDays()
                                    + " working days.",
                            now);
                    dao.addActivity(
                            id,
                            "OWNER_CHANGED",
                            "ExamDesk",
                            "Owner set to the queue " + queueLabel(route.queue()) + ".",
                            now);
                    if (!transcript.isEmpty()) {
                        attachTranscript(h, id, transcript, now);
                    }
                    String message = acknowledgement(option, number, route.queue());
                    deps.notifier().acknowledge(h, number, contact.email(), fields.subject(), message);
                    deps.audit()
                            .record(
                                    h,
                                    actor,
                                    "case.create",
                                    "case",
                                    number,
                                    null,
                                    Map.of(
                                            "number",
                                            number,
                                            "queue",
                                            route.queue(),
                                            "category",
                                            fields.category(),
                                            "supportOption",
                                            option.name(),
                                            "dueAt",
                                            dueAt.toString()));
                    opened[0] = new CaseViews.Created(
                            number, CaseStatus.NEW.name(), dueAt, route.queue(), queueLabel(route.queue()), message);
                    return opened[0];
                }));
        if (outcome.replayed()) {
            return outcome;
        }
        CaseViews.Created created = opened[0];
        deps.notifier()
                .opened(new CaseNotice(
                        created.number(),
                        fields.subject(),
                        route.queue(),
                        dueAt,
                        CaseStatus.NEW.name(),
                        requester.userId(),
                        requester.studentId(),
                        contact.name(),
                        request.conversationId(),
                        null,
                        actor.caller().name(),
                        actor.caller().channel(),
                        fields.description()));
        return outcome;
    }

    CaseViews.ContactDefaults contactDefaults(Caller caller) {
        return contacts.of(caller);
    }

    private void checkChatOpen(SupportOption option, String customerType, Instant now) {
        if (option != SupportOption.CHAT) {
            return;
        }
        boolean allowed = deps.taxonomy()
                .customerType(customerType)
                .map(Taxonomy.CustomerTypeView::chat)
                .orElse(false);
        if (!allowed) {
            throw CaseValidator.wrong(
                    "supportOption", "Live chat is not offered for this customer type; choose CALL or MESSAGE.");
        }
        if (!deps.calendar().isOpen(now)) {
            CaseSettings s = deps.settings();
            throw CaseValidator.wrong(
                    "supportOption",
                    "Live chat is open on working days from " + s.opens() + " to " + s.closes() + " ("
                            + s.zone().getId() + "); choose CALL or MESSAGE now.");
        }
    }

    private CaseDao.Contact contact(Caller caller, CaseRequest.ContactRequest given) {
        if (given == null
                || Stream.of(
                                given.name(),
                                given.email(),
                                given.phone(),
                                given.country(),
                                given.language(),
                                given.institution())
                        .allMatch(CaseService::blank)) {
            CaseViews.ContactDefaults d = contacts.of(caller);
            return CaseValidator.contact(new CaseRequest.ContactRequest(
                    d.name(), d.email(), d.phone(), d.country(), d.language(), d.institution()));
        }
        return CaseValidator.contact(given);
    }

    private static List<TranscriptText.Message> transcript(Handle h, Caller caller, UUID conversationId) {
        if (conversationId == null) {
            return List.of();
        }
        ConversationDao.Row owner = h.attach(ConversationDao.class)
                .find(conversationId)
                .orElseThrow(() -> CaseValidator.wrong("conversationId", "There is no such conversation."));
        boolean mine =
                switch (caller.kind()) {
                    case SERVICE -> true;
                    case STAFF -> Long.valueOf(caller.id()).equals(owner.userId());
                    case STUDENT -> Long.valueOf(caller.id()).equals(owner.studentId());
                };
        if (!mine) {
            throw CaseValidator.wrong("conversationId", "There is no such conversation.");
        }
        return TranscriptText.read(h, conversationId);
    }

    private void attachTranscript(Handle h, long caseId, List<TranscriptText.Message> messages, Instant now) {
        byte[] text = transcripts.render(messages).getBytes(StandardCharsets.UTF_8);
        h.attach(AttachmentDao.class)
                .insert(
                        caseId,
                        "chat-transcript.txt",
                        "text/plain; charset=utf-8",
                        text.length,
                        Sha256.hex(text),
                        text,
                        "ExamDesk",
                        now);
        h.attach(CaseDao.class)
                .addActivity(
                        caseId,
                        "ATTACHMENT_ADDED",
                        "ExamDesk",
                        "The chat transcript (" + messages.size() + " messages) was attached: chat-transcript.txt",
                        now);
    }

    private String acknowledgement(SupportOption option, String number, String queue) {
        return switch (option) {
            case MESSAGE -> "We aim to respond within 48 hours.";
            case CALL -> "Call us on "
                    + deps.routing()
                            .queue(queue)
                            .map(Routing.Queue::phone)
                            .filter(p -> p != null && !p.isBlank())
                            .orElse(deps.settings().supportPhone())
                    + " and quote case " + number + ". If we have not had your call within "
                    + deps.settings().callCaseTimeout().toHours() + " hours, the case closes automatically.";
            case CHAT -> "An agent will join you in the chat shortly. Your case number is " + number + ".";
        };
    }

    private String queueLabel(String queue) {
        return deps.routing().queue(queue).map(Routing.Queue::label).orElse(queue);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static ApiException notFound() {
        return ApiException.notFound("There is no case with that number, or it is not yours.");
    }
}
