package dev.docket.web;

import dev.docket.StoreException;
import dev.docket.spi.Stores;
import dev.docket.web.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns failures into the contract's error bodies {@code {"error": CODE, "message": TEXT}}: refusals
 * keep their status, a store that cannot answer gives 503 {@code store_unavailable} (an enqueue
 * never looks acknowledged when it was not), anything unexpected 500 with the details in the log.
 */
public final class ApiErrors {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    /** The response for a failure while answering {@code what} (e.g. "POST /api/v1/jobs"). */
    public static WebResponse toResponse(Throwable failure, String what) {
        if (failure instanceof ApiException e) {
            WebResponse r = body(e.status(), e.code(), e.getMessage());
            return e.status() == 401 ? r.withHeader("WWW-Authenticate", "Bearer realm=\"docket\"") : r;
        }
        if (failure instanceof StoreException) {
            log.warn("{}: the store failed: {}", what, failure.getMessage());
            return body(503, "store_unavailable", "the store did not answer: " + Stores.redact(failure.getMessage()))
                    .withHeader("Retry-After", "1");
        }
        if (failure instanceof IllegalArgumentException) {
            return body(400, "invalid_request", failure.getMessage());
        }
        if (failure instanceof InterruptedException || failure instanceof IllegalStateException) {
            log.info("{}: refused while stopping: {}", what, failure.getMessage());
            return body(503, "unavailable", "the server is stopping; try again").withHeader("Retry-After", "1");
        }
        log.error("{}: unexpected failure", what, failure);
        return body(500, "internal", "internal error (" + failure.getClass().getSimpleName() + "); see the server log");
    }

    /** An error body. */
    public static WebResponse body(int status, String code, String message) {
        ObjectNode o = Json.object();
        o.put("error", code);
        o.put("message", message);
        return WebResponse.json(status, Json.bytes(o));
    }
}
