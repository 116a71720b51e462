package org.examdesk.bot.channels.http;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.bot.engine.ChatService;
import org.examdesk.bot.engine.Replies;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.SharedFile;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.imports.StudentImports;
import org.examdesk.bot.platform.RequestException;

/**
 * {@code POST /bot/v1/conversations/{id}/files}: a file ({@code file}) into a conversation of the uploader's (same
 * ownership rules as messages). While the person looks at one of their cases, any file is attached to that case.
 * Otherwise it must be .csv or .xlsx, from centre staff: A learner group's file (the template's columns) goes to the
 * learner-group conversation, named by {@code name} or asked; any other is a file of students, with the uploader's
 * consent warranty ({@code consent=true}). Answers {@code {"replies":[...]}} like a message.
 */
public final class FileUploadController {
    private final ChatService chat;
    private final ApiHeaders headers;
    private final AdminClient admin;
    private final StudentImports imports;

    public FileUploadController(ChatService chat, ApiHeaders headers, AdminClient admin, StudentImports imports) {
        this.chat = chat;
        this.headers = headers;
        this.admin = admin;
        this.imports = imports;
    }

    public void upload(Context ctx) throws IOException {
        UUID id = HttpChannelController.conversationId(ctx);
        String channel = chat.channelOf(id); // the door the conversation was opened through, never a client header
        Speaker speaker = chat.speaker(headers.bearer(ctx).orElse(null), channel);
        UploadedFile file = ctx.uploadedFile("file");
        byte[] content = file == null ? null : read(file);
        if (speaker.signedIn() && file != null && attachedToCase(ctx, id, speaker, channel, file, content)) {
            return;
        }
        if (!speaker.isStaff()) {
            throw RequestException.forbidden("Sign in as centre staff to upload a file of students or learners.");
        }
        String filename = validate(file);
        SharedFile shared = new SharedFile(filename, file.contentType(), content, ctx.formParam("name"));
        if (!chat.takes(shared, speaker)) {
            requireConsent(ctx.formParam("consent"));
        }
        List<Reply> replies = chat.share(
                id,
                speaker,
                channel,
                shared,
                () -> imports.upload(admin.as(speaker.token(), channel), filename, file.contentType(), content));
        ctx.json(new Replies(replies));
    }

    /**
     * While the person looks at one of their cases in this conversation, any file is for that case: the flow
     * attaches it through the admin API, which checks its size, type and content and explains a refusal.
     */
    private boolean attachedToCase(
            Context ctx, UUID id, Speaker speaker, String channel, UploadedFile file, byte[] content) {
        String name = file.filename() == null ? "" : file.filename().replaceAll(".*[/\\\\]", "");
        SharedFile shared = new SharedFile(name, file.contentType(), content, null);
        if (!chat.takesAt(id, speaker, channel, shared)) {
            return false;
        }
        ctx.json(new Replies(chat.share(id, speaker, channel, shared, List::of)));
        return true;
    }

    private static byte[] read(UploadedFile file) throws IOException {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        }
    }

    static String validate(UploadedFile file) {
        if (file == null) {
            throw RequestException.invalid("Choose a CSV or Excel (.xlsx) file to upload as 'file'.", List.of("file"));
        }
        String name = file.filename() == null ? "" : file.filename().replaceAll(".*[/\\\\]", "");
        String extension =
                name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!StudentImports.EXTENSIONS.contains(extension)) {
            throw RequestException.invalid("Only .csv and .xlsx files can be imported.", List.of("file"));
        }
        if (file.size() == 0) {
            throw RequestException.invalid("That file is empty.", List.of("file"));
        }
        return name;
    }

    /** A file of students comes with the uploader's warranty that the students consented. */
    static void requireConsent(String consent) {
        if (!"true".equalsIgnoreCase(consent)) {
            throw RequestException.invalid(
                    "Confirm that the students consented to the processing of their personal "
                            + "data (consent=true) before importing them.",
                    List.of("consent"));
        }
    }
}
