package dev.docket.cron;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The daylight-saving contract transcribed as literally as possible, for comparison with the real
 * search. Slow but obviously correct:
 *
 * <ol>
 *   <li>walk every local date, and on matching dates every local second (or minute) that matches;</li>
 *   <li>turn each matching local time into the instants at which it fires, straight from the
 *       contract's words, using {@link ZoneRules#getValidOffsets} to see whether it exists once,
 *       not at all (gap) or twice (overlap);</li>
 *   <li>answer with the smallest such instant after the start.</li>
 * </ol>
 *
 * <p>It shares no code with the implementation: matching comes from {@link ExpressionSpec}, which
 * never goes through the parser.
 */
final class BruteForceOracle {

    private BruteForceOracle() {
    }

    /**
     * The contract's firings for one matching local time.
     *
     * <ul>
     *   <li>It exists once: it fires then.</li>
     *   <li>It falls in a spring-forward gap: a wall-clock expression has no firing for it; any
     *       other fires at the first instant after the gap.</li>
     *   <li>It falls in a fall-back overlap: a wall-clock expression fires in both passes; any
     *       other only in the first (the earlier instant).</li>
     * </ul>
     */
    static List<Instant> firingsFor(LocalDateTime local, ZoneRules rules, boolean followsWallClock) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        List<Instant> firings = new ArrayList<>();
        if (offsets.size() == 1) {
            firings.add(local.toInstant(offsets.get(0)));
        } else if (offsets.isEmpty()) {
            if (!followsWallClock) {
                firings.add(rules.getTransition(local).getInstant());
            }
        } else {
            Instant a = local.toInstant(offsets.get(0));
            Instant b = local.toInstant(offsets.get(1));
            if (followsWallClock) {
                firings.add(a);
                firings.add(b);
            } else {
                firings.add(a.isBefore(b) ? a : b);
            }
        }
        return firings;
    }

    /**
     * The first firing strictly after {@code after}, looking at local dates up to {@code spanDays}
     * after it; empty if there is none in that span.
     */
    static Optional<Instant> next(ExpressionSpec spec, ZoneId zone, Instant after, int spanDays) {
        ZoneRules rules = zone.getRules();
        boolean[] hours = allowed(spec.hours(), 24);
        boolean[] minutes = allowed(spec.minutes(), 60);
        boolean[] seconds = new boolean[60];
        for (int s = 0; s < 60; s++) {
            seconds[s] = spec.secondMatches(s);
        }

        // Offsets are within +-18h, so firings after `after` come from local dates at most a day
        // or so before its UTC date; two days of margin cover every zone.
        LocalDate start = LocalDateTime.ofInstant(after, ZoneOffset.UTC).toLocalDate().minusDays(2);
        LocalDate end = start.plusDays(spanDays + 2);
        ZoneOffset maxOffset = extremeOffset(rules, start, end, true);
        ZoneOffset minOffset = extremeOffset(rules, start, end, false);
        Instant best = null;
        for (LocalDate date = start; date.isBefore(end); date = date.plusDays(1)) {
            if (cannotBeat(date.atStartOfDay(), maxOffset, best)) {
                break;
            }
            if (cannotReach(date.atTime(23, 59, 59), minOffset, after) || !spec.dateMatches(date)) {
                continue;
            }
            for (int h = 0; h < 24; h++) {
                if (!hours[h] || cannotReach(date.atTime(h, 59, 59), minOffset, after)) {
                    continue;
                }
                for (int m = 0; m < 60; m++) {
                    for (int s = 0; s < 60 && minutes[m]; s++) {
                        if (!seconds[s]) {
                            continue;
                        }
                        LocalDateTime local = date.atTime(h, m, s);
                        if (cannotBeat(local, maxOffset, best)) {
                            return Optional.of(best);
                        }
                        for (Instant firing : firingsFor(local, rules, spec.followsWallClock())) {
                            if (firing.isAfter(after) && (best == null || firing.isBefore(best))) {
                                best = firing;
                            }
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether {@code local}, and every later local time, can only fire after {@code best}. Each
     * firing for a local time L is at L minus an offset in effect around it, or (for a gap) at a
     * transition later than L minus the offset after it; so no firing is earlier than L minus the
     * largest offset in effect.
     */
    private static boolean cannotBeat(LocalDateTime local, ZoneOffset maxOffset, Instant best) {
        return best != null && local.toInstant(maxOffset).isAfter(best);
    }

    /**
     * Whether {@code local}, and every earlier local time, can only fire at or before
     * {@code after}: by the same reasoning as {@link #cannotBeat}, no firing for a local time L is
     * later than L minus the smallest offset in effect.
     */
    private static boolean cannotReach(LocalDateTime local, ZoneOffset minOffset, Instant after) {
        return !local.toInstant(minOffset).isAfter(after);
    }

    /** The largest (or smallest) offset in effect from a day before {@code from} to a day after {@code to}. */
    private static ZoneOffset extremeOffset(ZoneRules rules, LocalDate from, LocalDate to, boolean largest) {
        Instant first = from.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant last = to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        ZoneOffset extreme = rules.getOffset(first);
        for (ZoneOffsetTransition t = rules.nextTransition(first);
                t != null && t.getInstant().isBefore(last); t = rules.nextTransition(t.getInstant())) {
            int candidate = t.getOffsetAfter().getTotalSeconds();
            if (largest ? candidate > extreme.getTotalSeconds() : candidate < extreme.getTotalSeconds()) {
                extreme = t.getOffsetAfter();
            }
        }
        return extreme;
    }

    private static boolean[] allowed(ExpressionSpec.Field field, int size) {
        boolean[] allowed = new boolean[size];
        for (int v = 0; v < size; v++) {
            allowed[v] = field.matches(v);
        }
        return allowed;
    }
}
