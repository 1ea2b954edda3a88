package dev.docket.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One checked request, ready to send: what {@link HttpArguments} makes of a job's arguments.
 *
 * @param url where it goes
 * @param method the upper-case method
 * @param headers the job's headers in their given order, already checked, plus the defaults
 *     (User-Agent, Content-Type for JSON bodies); never the framing headers
 * @param body the bytes to send, or null for no body
 * @param timeout the overall time allowed for connecting, sending and reading
 */
record HttpRequestSpec(TargetUrl url, String method, List<Map.Entry<String, String>> headers, byte[] body,
                       Duration timeout) {
    HttpRequestSpec {
        headers = List.copyOf(headers);
    }
}
