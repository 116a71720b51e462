package org.examdesk.bot.engine;

/**
 * A file the person shared in the conversation (uploaded in the web chat, shared in a Slack direct message), with
 * the text sent beside it, if any. A flow may take it on ({@link Flow#takes}); the file itself is never written to
 * the transcript, only its name and size.
 */
public record SharedFile(String fileName, String contentType, byte[] content, String text) {
    public SharedFile {
        content = content == null ? new byte[0] : content;
    }
}
