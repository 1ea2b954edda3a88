package dev.docket.cron;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Random expressions in zones with unusual transitions (half-hour shifts, shifts at midnight, no
 * transitions, a half-hour offset) from random starts: the real search must agree with
 * {@link BruteForceOracle} and must iterate strictly forward.
 *
 * <p>The first property spreads starts over 2000-2040 with a bias towards transitions; the second
 * starts just before a transition with hour fields that favour the hours at which these zones
 * change their clocks, so that gaps and overlaps are hit far more often.
 */
class CronPropertiesTest {

    private static final List<String> ZONES = List.of(
            "Australia/Lord_Howe", "America/Santiago", "Africa/Cairo", "Asia/Kolkata",
            "Europe/Berlin", "America/New_York", "UTC");
    private static final List<String> ZONES_WITH_TRANSITIONS = List.of(
            "Australia/Lord_Howe", "America/Santiago", "Africa/Cairo", "Europe/Berlin", "America/New_York");
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2040-01-01T00:00:00Z");
    /** The oracle looks this far ahead; beyond it, the implementation may find what it cannot. */
    private static final int ORACLE_SPAN_DAYS = 2 * 366;
    /** How many consecutive firings each try compares. */
    private static final int FIRINGS_PER_TRY = 3;
    private static final Map<ZoneId, List<ZoneOffsetTransition>> TRANSITIONS = new ConcurrentHashMap<>();

    /** A zone and an instant to start searching from. */
    record Start(ZoneId zone, Instant instant) {
        @Override
        public String toString() {
            return zone + " " + instant + " (" + instant.atZone(zone).toOffsetDateTime() + ")";
        }
    }

    /** An expression and where to start it. */
    record Case(ExpressionSpec spec, Start start) {
    }

    @Property(tries = 600)
    void agreesWithTheBruteForceOracle(@ForAll("expressions") ExpressionSpec spec, @ForAll("starts") Start start) {
        assertAgreesWithOracle(spec, start);
    }

    @Property(tries = 600)
    void agreesWithTheBruteForceOracleAroundTransitions(@ForAll("aroundTransitions") Case around) {
        assertAgreesWithOracle(around.spec(), around.start());
    }

    @Property(tries = 200)
    void iteratesStrictlyForwardWithoutRepeats(@ForAll("expressions") ExpressionSpec spec, @ForAll("starts") Start start) {
        List<Instant> firings = CronExpression.parse(spec.text()).next(start.instant(), start.zone(), 25);
        assertThat(firings).allSatisfy(f -> assertThat(f).isAfter(start.instant()));
        for (int i = 1; i < firings.size(); i++) {
            assertThat(firings.get(i)).as("firing %d of %s", i, firings).isAfter(firings.get(i - 1));
        }
    }

    private static void assertAgreesWithOracle(ExpressionSpec spec, Start start) {
        CronExpression cron = CronExpression.parse(spec.text());
        Instant cursor = start.instant();
        for (int firing = 0; firing < FIRINGS_PER_TRY; firing++) {
            Optional<Instant> expected = BruteForceOracle.next(spec, start.zone(), cursor, ORACLE_SPAN_DAYS);
            Optional<Instant> actual = cron.next(cursor, start.zone());
            if (expected.isEmpty()) {
                Instant oracleHorizon = cursor.plus(Duration.ofDays(ORACLE_SPAN_DAYS));
                assertThat(actual).as("after %s", cursor)
                        .satisfiesAnyOf(a -> assertThat(a).isEmpty(), a -> assertThat(a.get()).isAfter(oracleHorizon));
                return;
            }
            assertThat(actual).as("firing %d after %s in %s", firing, cursor, start.zone()).isEqualTo(expected);
            cursor = expected.get();
        }
    }

    @Provide
    Arbitrary<ExpressionSpec> expressions() {
        return ExpressionArbitraries.expressions();
    }

    /** Starts anywhere in 2000-2040 (one in four) or shortly before a transition of the zone. */
    @Provide
    Arbitrary<Start> starts() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES).map(ZoneId::of);
        Arbitrary<Instant> anywhere = Arbitraries.longs()
                .between(EARLIEST.getEpochSecond(), LATEST.getEpochSecond())
                .map(Instant::ofEpochSecond);
        return Combinators.combine(zones, Arbitraries.integers().between(0, 3), anywhere, transitionPicks(), nearOffsets())
                .as((zone, choice, instant, pick, offset) -> {
                    List<ZoneOffsetTransition> transitions = transitions(zone);
                    if (choice == 0 || transitions.isEmpty()) {
                        return new Start(zone, instant);
                    }
                    return new Start(zone, nearTransition(transitions, pick, offset));
                });
    }

    @Provide
    Arbitrary<Case> aroundTransitions() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES_WITH_TRANSITIONS).map(ZoneId::of);
        return Combinators.combine(ExpressionArbitraries.expressionsNearTransitionHours(), zones, transitionPicks(), nearOffsets())
                .as((spec, zone, pick, offset) -> new Case(spec, new Start(zone, nearTransition(transitions(zone), pick, offset))));
    }

    private static Arbitrary<Integer> transitionPicks() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE - 1);
    }

    private static Instant nearTransition(List<ZoneOffsetTransition> transitions, int pick, Duration offset) {
        return transitions.get(pick % transitions.size()).getInstant().plus(offset);
    }

    /** How far from a transition to start: mostly hours before it, sometimes days, or right at it. */
    private static Arbitrary<Duration> nearOffsets() {
        return Combinators.combine(offsetsBefore(), Arbitraries.of(0, 0, 0, 1, 500_000_000))
                .as((seconds, nanos) -> Duration.ofSeconds(seconds, nanos));
    }

    /** Whole seconds to add to a transition instant. */
    private static Arbitrary<Long> offsetsBefore() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(0L, -1L, 1L, -60L, -1800L, -3600L, -7200L)),
                Tuple.of(3, Arbitraries.longs().between(-6 * 3_600L, 3_600L)),
                Tuple.of(1, Arbitraries.longs().between(-3 * 86_400L, 3_600L)));
    }

    private static List<ZoneOffsetTransition> transitions(ZoneId zone) {
        return TRANSITIONS.computeIfAbsent(zone, z -> {
            ZoneRules rules = z.getRules();
            List<ZoneOffsetTransition> found = new ArrayList<>();
            for (ZoneOffsetTransition t = rules.nextTransition(EARLIEST);
                    t != null && t.getInstant().isBefore(LATEST); t = rules.nextTransition(t.getInstant())) {
                found.add(t);
            }
            return List.copyOf(found);
        });
    }
}
