package org.examdesk.admin.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** A {@code multipart/form-data} body: text fields and one file, as the typed client sends an upload. */
public final class Multipart {
    /** The file of an upload: its name as the user gave it, its media type and its bytes. */
    public record FilePart(String field, String filename, String contentType, byte[] content) {}

    private final String boundary;
    private final byte[] bytes;

    private Multipart(String boundary, byte[] bytes) {
        this.boundary = boundary;
        this.bytes = bytes;
    }

    public static Multipart of(Map<String, String> fields, FilePart file) {
        String boundary = "examdesk-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(
                out,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(name) + "\"\r\n\r\n" + value
                        + "\r\n"));
        write(
                out,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(file.field())
                        + "\"; filename=\"" + quoted(file.filename()) + "\"\r\nContent-Type: " + file.contentType()
                        + "\r\n\r\n");
        out.writeBytes(file.content());
        write(out, "\r\n--" + boundary + "--\r\n");
        return new Multipart(boundary, out.toByteArray());
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] bytes() {
        return bytes;
    }

    /** A name inside the header's quotes: no quote, backslash or line break can end it early. */
    private static String quoted(String text) {
        return text.replaceAll("[\"\\\\\r\n]", "_");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
