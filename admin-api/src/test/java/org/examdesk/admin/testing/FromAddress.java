package org.examdesk.admin.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends one JSON POST to the test server from a chosen loopback address (127.0.0.2, 127.0.0.3, ...), so a test can
 * play two clients at different addresses. The JDK's HttpClient cannot choose its local address before Java 19,
 * so this speaks HTTP/1.1 over a plain socket.
 */
public final class FromAddress {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The answer: status, headers (lower-case names) and the JSON body. */
    public record Answer(int status, Map<String, String> headers, JsonNode json) {}

    private final URI base;
    private final InetAddress local;

    public FromAddress(URI base, String localAddress) {
        this.base = base;
        try {
            this.local = InetAddress.getByName(localAddress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Answer post(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                            + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(byte[] raw) throws IOException {
        int split = indexOf(raw, 0, "\r\n\r\n");
        String[] head = new String(raw, 0, split, StandardCharsets.US_ASCII).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(
                    head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    head[i].substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = split + 4;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = chunkSize(raw, at); size > 0; size = chunkSize(raw, at)) {
                int start = indexOf(raw, at, "\r\n") + 2;
                body.write(raw, start, size);
                at = start + size + 2;
            }
        } else {
            body.write(raw, at, raw.length - at);
        }
        return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, JSON.readTree(body.toByteArray()));
    }

    private static int chunkSize(byte[] raw, int at) {
        int end = indexOf(raw, at, "\r\n");
        return Integer.parseInt(new String(raw, at, end - at, StandardCharsets.US_ASCII).trim(), 16);
    }

    private static int indexOf(byte[] raw, int from, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        for (int i = from; i <= raw.length - needle.length; i++) {
            int j = 0;
            while (j < needle.length && raw[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return i;
            }
        }
        throw new IllegalStateException("The answer is not complete HTTP.");
    }
}
