package dev.docket.dashboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing the token: after {@value #FREE_FAILURES} failed sign-ins in a row from one
 * client address, each further attempt must wait, 1 s after the fifth failure and twice as long
 * after each next one, up to {@link #MAX_WAIT}. A success clears the address. While an address
 * waits, its attempts are refused without looking at the token. At most 10,000 addresses are
 * remembered; past that the oldest entries are forgotten.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    private static final int CAPACITY = 10_000;

    private record Entry(int failures, Instant blockedUntil, Instant last) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code client} must still wait, {@link Duration#ZERO} when it may try now. */
    Duration waitFor(String client) {
        Entry e = entries.get(client);
        if (e == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), e.blockedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Records a failed attempt. */
    void failed(String client) {
        Instant now = clock.instant();
        if (entries.size() >= CAPACITY && !entries.containsKey(client)) {
            entries.entrySet().stream().min(Map.Entry.comparingByValue(Comparator.comparing(Entry::last)))
                    .ifPresent(old -> entries.remove(old.getKey()));
        }
        entries.compute(client, (k, e) -> {
            int failures = e == null ? 1 : e.failures() + 1;
            Instant until = now;
            if (failures >= FREE_FAILURES) {
                int doublings = Math.min(failures - FREE_FAILURES, 20);
                Duration wait = Duration.ofSeconds(1L << doublings);
                until = now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
            }
            return new Entry(failures, until, now);
        });
    }

    /** Records a success: the address starts afresh. */
    void succeeded(String client) {
        entries.remove(client);
    }
}
