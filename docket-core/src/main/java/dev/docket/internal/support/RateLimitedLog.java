package dev.docket.internal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;

/**
 * Logs a repeating failure at most once per interval, so a store outage gives a few clear lines
 * instead of thousands; says how many were suppressed.
 */
public final class RateLimitedLog {
    private final Logger log;
    private final Clock clock;
    private final Duration every;
    private Instant last;
    private int suppressed;

    public RateLimitedLog(Logger log, Clock clock, Duration every) {
        this.log = log;
        this.clock = clock;
        this.every = every;
    }

    public synchronized void warn(String message, Throwable error) {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(last.plus(every))) {
            if (suppressed > 0) {
                log.warn("{} ({} similar failures not logged): {}", message, suppressed, error.toString());
            } else {
                log.warn("{}: {}", message, error.toString(), error);
            }
            last = now;
            suppressed = 0;
        } else {
            suppressed++;
        }
    }

    /** Forgets the last failure, e.g. once the store works again. */
    public synchronized void reset() {
        last = null;
        suppressed = 0;
    }
}
