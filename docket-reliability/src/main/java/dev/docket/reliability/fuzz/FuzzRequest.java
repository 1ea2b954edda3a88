package dev.docket.reliability.fuzz;

/**
 * One request the fuzzer sends.
 *
 * @param kind what sort of abuse it is, for the report
 * @param method the HTTP method
 * @param target the path and query
 * @param body the body bytes, or {@code null}
 * @param contentType the content type, or {@code null}
 * @param token the bearer token to send, or {@code null}
 */
public record FuzzRequest(String kind, String method, String target, byte[] body, String contentType, String token) {

    /** A short description for failure reports (the body cut short). */
    public String describe() {
        String b = body == null ? "" : new String(body, 0, Math.min(body.length, 160), java.nio.charset.StandardCharsets.UTF_8);
        return kind + ": " + method + " " + (target.length() > 160 ? target.substring(0, 160) + "…" : target)
                + (body == null ? "" : " body(" + body.length + " B) " + b.replace('\n', ' '));
    }
}
