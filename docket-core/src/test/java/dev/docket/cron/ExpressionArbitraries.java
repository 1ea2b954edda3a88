package dev.docket.cron;

import dev.docket.cron.ExpressionSpec.DayOfMonthSpecial;
import dev.docket.cron.ExpressionSpec.DayOfMonthSpecial.Kind;
import dev.docket.cron.ExpressionSpec.DayOfWeekSpecial;
import dev.docket.cron.ExpressionSpec.Element;
import dev.docket.cron.ExpressionSpec.Field;
import dev.docket.cron.ExpressionSpec.Plain;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for random but valid cron expressions, built from random field specs: {@code *},
 * values, names, ranges, steps, lists, and in the day fields {@code ?}, {@code L}, {@code L-n},
 * {@code LW}, {@code nW}, {@code dL} and {@code d#n}. Values are biased towards the hours at which
 * zones change their clocks, so that daylight-saving transitions are hit often.
 */
final class ExpressionArbitraries {

    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    private static final String[] WEEKDAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

    private ExpressionArbitraries() {
    }

    /** A written value: its number and how it is spelled (a number, or a name in some case). */
    private record Token(int value, String text) {
    }

    /** Expressions of every shape; about a third follow the wall clock (hour field {@code *}). */
    static Arbitrary<ExpressionSpec> expressions() {
        return expressions(3, 1, 4);
    }

    /**
     * Expressions whose hour field is mostly a value, range, step or list around the hours at which
     * the test zones change their clocks (23:00 to 03:00), and whose day and month fields are
     * mostly {@code *}, so that starts just before a transition usually meet a gap or an overlap.
     */
    static Arbitrary<ExpressionSpec> expressionsNearTransitionHours() {
        return expressions(1, 4, 1);
    }

    private static Arbitrary<ExpressionSpec> expressions(int wallClockWeight, int transitionHourWeight, int restrictedWeight) {
        Arbitrary<Field> seconds = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.<Field>just(null)),
                Tuple.of(1, Arbitraries.just(Field.of(List.of(new Plain("0", 0, 0, 1))))),
                Tuple.of(1, plainField(numbers(0, 59, Arbitraries.of(0, 1, 30, 59)), 0, 59, 60)));
        Arbitrary<Field> minutes = plainField(numbers(0, 59, Arbitraries.of(0, 15, 30, 45, 59)), 0, 59, 60);
        Arbitrary<Token> hourTokens = Arbitraries.frequencyOf(
                        Tuple.of(transitionHourWeight, Arbitraries.of(23, 0, 1, 2, 3)),
                        Tuple.of(2, Arbitraries.integers().between(0, 23)))
                .map(v -> new Token(v, Integer.toString(v)));
        Arbitrary<Field> hours = Arbitraries.frequencyOf(
                Tuple.of(wallClockWeight, Arbitraries.just(fixed("*"))),
                Tuple.of(4, plainField(hourTokens, 0, 23, 24)));
        Arbitrary<Field> months = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(fixed("*"))),
                Tuple.of(Math.max(1, restrictedWeight / 2), plainField(monthTokens(), 1, 12, 12)));
        return Combinators.combine(seconds, minutes, hours, daysOfMonth(restrictedWeight), months, daysOfWeek(restrictedWeight))
                .as(ExpressionSpec::new);
    }

    /** An unrestricted field, {@code *} or {@code ?}, which has no elements to consult. */
    private static Field fixed(String text) {
        return new Field(text, List.of());
    }

    private static Arbitrary<Token> numbers(int min, int max, Arbitrary<Integer> favourites) {
        return Arbitraries.frequencyOf(
                        Tuple.of(1, favourites),
                        Tuple.of(2, Arbitraries.integers().between(min, max)))
                .map(v -> new Token(v, Integer.toString(v)));
    }

    private static Arbitrary<Token> monthTokens() {
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 2))
                .as((v, spelling) -> new Token(v, spell(v, MONTHS[v - 1], spelling)));
    }

    private static Arbitrary<Token> weekdayTokens() {
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 2))
                .as((v, spelling) -> new Token(v, v == 7 ? "7" : spell(v, WEEKDAYS[v], spelling)));
    }

    private static String spell(int value, String name, int spelling) {
        switch (spelling) {
            case 0:
                return Integer.toString(value);
            case 1:
                return name;
            default:
                return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
        }
    }

    /** {@code *}, a value, a range or one of the three step forms. */
    private static Arbitrary<Element> plainElement(Arbitrary<Token> tokens, int min, int max, int size) {
        Arbitrary<Element> value = tokens.map(t -> new Plain(t.text(), t.value(), t.value(), 1));
        Arbitrary<Element> range = Combinators.combine(tokens, tokens).as((a, b) -> {
            Token low = a.value() <= b.value() ? a : b;
            Token high = a.value() <= b.value() ? b : a;
            return new Plain(low.text() + "-" + high.text(), low.value(), high.value(), 1);
        });
        Arbitrary<Integer> steps = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1, Math.min(size, 15))),
                Tuple.of(1, Arbitraries.integers().between(1, size)));
        Arbitrary<Element> step = Combinators.combine(tokens, tokens, steps, Arbitraries.integers().between(0, 2))
                .as((a, b, s, form) -> {
                    Token low = a.value() <= b.value() ? a : b;
                    Token high = a.value() <= b.value() ? b : a;
                    switch (form) {
                        case 0:
                            return new Plain("*/" + s, min, max, s);
                        case 1:
                            return new Plain(low.text() + "/" + s, low.value(), max, s);
                        default:
                            return new Plain(low.text() + "-" + high.text() + "/" + s, low.value(), high.value(), s);
                    }
                });
        return Arbitraries.frequencyOf(
                Tuple.of(5, value),
                Tuple.of(2, range),
                Tuple.of(2, step),
                Tuple.of(1, Arbitraries.just(new Plain("*", min, max, 1))));
    }

    private static Arbitrary<Field> plainField(Arbitrary<Token> tokens, int min, int max, int size) {
        return fieldOf(plainElement(tokens, min, max, size));
    }

    /** A field of one element (mostly) or a list of two or three. */
    private static Arbitrary<Field> fieldOf(Arbitrary<Element> elements) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, elements.map(List::of)),
                Tuple.of(1, elements.list().ofMinSize(2).ofMaxSize(3)))
                .map(Field::of);
    }

    private static Arbitrary<Field> daysOfMonth(int restrictedWeight) {
        Arbitrary<Integer> days = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(1, 15, 28, 29, 30, 31)),
                Tuple.of(2, Arbitraries.integers().between(1, 31)));
        Arbitrary<Element> special = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(new DayOfMonthSpecial("L", Kind.LAST, 0))),
                Tuple.of(1, Arbitraries.just(new DayOfMonthSpecial("LW", Kind.LAST_WEEKDAY, 0))),
                Tuple.of(1, Arbitraries.integers().between(1, 30)
                        .map(n -> new DayOfMonthSpecial("L-" + n, Kind.LAST_MINUS, n))),
                Tuple.of(2, days.map(n -> new DayOfMonthSpecial(n + "W", Kind.NEAREST_WEEKDAY, n))));
        Arbitrary<Element> element = Arbitraries.frequencyOf(
                Tuple.of(3, plainElement(days.map(v -> new Token(v, Integer.toString(v))), 1, 31, 31)),
                Tuple.of(2, special));
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(fixed("*"))),
                Tuple.of(1, Arbitraries.just(fixed("?"))),
                Tuple.of(restrictedWeight, fieldOf(element)));
    }

    private static Arbitrary<Field> daysOfWeek(int restrictedWeight) {
        Arbitrary<Element> special = Combinators.combine(weekdayTokens(), Arbitraries.integers().between(0, 5))
                .as((d, nth) -> new DayOfWeekSpecial(nth == 0 ? d.text() + "L" : d.text() + "#" + nth, d.value(), nth));
        Arbitrary<Element> element = Arbitraries.frequencyOf(
                Tuple.of(3, plainElement(weekdayTokens(), 0, 7, 8)),
                Tuple.of(2, special));
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(fixed("*"))),
                Tuple.of(1, Arbitraries.just(fixed("?"))),
                Tuple.of(restrictedWeight, fieldOf(element)));
    }
}
