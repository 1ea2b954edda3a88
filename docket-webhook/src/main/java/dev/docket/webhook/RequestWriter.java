package dev.docket.webhook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Writes one HTTP/1.1 request: the request line, {@code Host}, the job's headers, the framing
 * headers ({@code Content-Length}, {@code Connection: close}) and the body, in a single write.
 * Every header was checked by {@link HeaderRules}, so no value can break the framing.
 */
final class RequestWriter {
    private static final Set<String> BODY_EXPECTED = Set.of("POST", "PUT", "PATCH");

    private RequestWriter() {
    }

    /** The request's bytes. */
    static byte[] encode(HttpRequestSpec request) {
        StringBuilder head = new StringBuilder(256);
        head.append(request.method()).append(' ').append(request.url().requestTarget()).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(request.url().hostHeader()).append("\r\n");
        for (Map.Entry<String, String> h : request.headers()) {
            head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        byte[] body = request.body();
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        } else if (BODY_EXPECTED.contains(request.method())) {
            head.append("Content-Length: 0\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (body == null || body.length == 0) {
            return headBytes;
        }
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    /** Writes the request to {@code out} and flushes it. */
    static void write(HttpRequestSpec request, OutputStream out) throws IOException {
        out.write(encode(request));
        out.flush();
    }
}
