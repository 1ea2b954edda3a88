package dev.docket.webhook;

import java.util.List;
import java.util.Map;

/**
 * A response as far as it was read.
 *
 * @param status the status code
 * @param headers the header fields in the order received, names as sent
 * @param body the first bytes of the body (at most the kept limit)
 * @param truncated whether the body was longer than what is kept, or could not be read to its end
 */
record HttpReply(int status, List<Map.Entry<String, String>> headers, byte[] body, boolean truncated) {
    HttpReply {
        headers = List.copyOf(headers);
    }

    /** The values of header {@code name} (case-insensitive), joined with ", ", or null. */
    String header(String name) {
        StringBuilder b = null;
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase(name)) {
                if (b == null) {
                    b = new StringBuilder(h.getValue());
                } else {
                    b.append(", ").append(h.getValue());
                }
            }
        }
        return b == null ? null : b.toString();
    }
}
