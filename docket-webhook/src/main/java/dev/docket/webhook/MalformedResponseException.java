package dev.docket.webhook;

import java.io.IOException;

/** The server's answer is not HTTP/1.x as this client reads it (bad status line, headers or framing). */
final class MalformedResponseException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedResponseException(String message) {
        super(message);
    }
}
