package dev.docket.bench.jmh;

import java.util.List;

/**
 * The arguments of a typical small job, as an application would declare them.
 *
 * @param to the recipient's address
 * @param template the message template
 * @param accountId the account it is about
 * @param urgent whether it skips the digest
 * @param tags labels for the message
 */
public record SampleArgs(String to, String template, long accountId, boolean urgent, List<String> tags) {
    static SampleArgs example() {
        return new SampleArgs("ada@example.com", "welcome-v2", 4_711_000_123L, false, List.of("onboarding", "eu"));
    }
}
