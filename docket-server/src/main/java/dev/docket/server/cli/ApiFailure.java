package dev.docket.server.cli;

import java.io.PrintWriter;

/**
 * A request that failed: the server answered with an error ({@code status} ≥ 400, its JSON body
 * kept for {@code --json}), or could not be reached ({@code status} 0).
 */
final class ApiFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String body;
    private final boolean json;

    ApiFailure(int status, String message, String body, boolean json) {
        super(message, null, false, false);
        this.status = status;
        this.body = body;
        this.json = json;
    }

    int status() {
        return status;
    }

    /** Prints the message to {@code err}, and with {@code --json} the server's error body to {@code out}. */
    void print(PrintWriter out, PrintWriter err) {
        if (json && body != null && !body.isEmpty()) {
            out.println(body);
        }
        err.println("docket: " + getMessage() + (status > 0 ? " (HTTP " + status + ")" : ""));
    }
}
