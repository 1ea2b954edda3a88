package dev.docket.webhook;

import dev.docket.NonRetryableException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a response into the job's outcome: 2xx is success with a result
 * {@code {"status", "headers", "body", "bodyTruncated"}}; 408, 429 and 5xx are retried; 3xx (redirects
 * are never followed) and every other status are final.
 */
final class ReplyOutcome {
    static final int MAX_RESULT_HEADERS = 32;
    static final int MAX_HEADER_VALUE = 512;
    static final int MAX_MESSAGE_BODY = 300;

    private ReplyOutcome() {
    }

    /**
     * The result of a successful delivery.
     *
     * @throws HttpDeliveryException when the status says to try again later
     * @throws NonRetryableException when the status says the request will never be accepted
     */
    static Map<String, Object> of(HttpRequestSpec request, HttpReply reply) throws HttpDeliveryException {
        int status = reply.status();
        String text = bodyText(reply);
        if (status >= 200 && status < 300) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("status", status);
            result.put("headers", headers(reply));
            result.put("body", text);
            result.put("bodyTruncated", reply.truncated());
            return result;
        }
        String what = "HTTP " + status + " from " + request.method() + " " + request.url().display();
        if (status == 408 || status == 429 || status >= 500) {
            throw new HttpDeliveryException(status, what + snippet(text));
        }
        if (status >= 300 && status < 400) {
            String location = reply.header("Location");
            throw new NonRetryableException(what + ": redirects are not followed"
                    + (location == null ? "" : " (Location: " + abbreviate(location, MAX_HEADER_VALUE) + ")")
                    + "; give the job the final URL");
        }
        throw new NonRetryableException(what + snippet(text));
    }

    private static Map<String, String> headers(HttpReply reply) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> h : reply.headers()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("set-cookie") || (!headers.containsKey(name) && headers.size() == MAX_RESULT_HEADERS)) {
                continue;
            }
            headers.merge(name, abbreviate(h.getValue(), MAX_HEADER_VALUE),
                    (a, b) -> abbreviate(a + ", " + b, MAX_HEADER_VALUE));
        }
        return headers;
    }

    /** The kept body as text, in the charset the Content-Type names (UTF-8 when none or unknown). */
    static String bodyText(HttpReply reply) {
        Charset charset = charset(reply.header("Content-Type"));
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(reply.body()))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(reply.body(), StandardCharsets.UTF_8);
        }
    }

    private static Charset charset(String contentType) {
        if (contentType != null) {
            for (String param : contentType.split(";")) {
                String p = param.trim();
                if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                    String name = p.substring(8).replace("\"", "").trim();
                    try {
                        if (Charset.isSupported(name)) {
                            return Charset.forName(name);
                        }
                    } catch (IllegalArgumentException e) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String snippet(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.isEmpty() ? "" : ": " + abbreviate(flat, MAX_MESSAGE_BODY);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
