package dev.docket.cron;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** Test helper: consecutive firings rendered as local date-times with their offsets. */
final class Firings {

    private Firings() {
    }

    /**
     * The first {@code count} firings of {@code expression} after the local time {@code from} in
     * {@code zone} (first pass if ambiguous), as {@code OffsetDateTime} strings joined by ", ",
     * for example {@code "2026-03-29T03:00+02:00, 2026-03-30T02:30+02:00"}.
     */
    static String of(String expression, String zone, String from, int count) {
        ZoneId zoneId = ZoneId.of(zone);
        Instant start = LocalDateTime.parse(from).atZone(zoneId).toInstant();
        return render(CronExpression.parse(expression).next(start, zoneId, count), zoneId);
    }

    /** Like {@link #of} but starting from an instant given in UTC, for unambiguous starts in overlaps. */
    static String fromInstant(String expression, String zone, String fromUtc, int count) {
        ZoneId zoneId = ZoneId.of(zone);
        Instant start = LocalDateTime.parse(fromUtc).toInstant(ZoneOffset.UTC);
        return render(CronExpression.parse(expression).next(start, zoneId, count), zoneId);
    }

    static String render(List<Instant> instants, ZoneId zone) {
        return instants.stream()
                .map(instant -> instant.atZone(zone).toOffsetDateTime().toString())
                .collect(Collectors.joining(", "));
    }
}
