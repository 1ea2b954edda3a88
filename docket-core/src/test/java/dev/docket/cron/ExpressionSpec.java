package dev.docket.cron;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A randomly generated cron expression that knows, independently of the parser, which values and
 * days it matches: each list element carries its meaning as written in the public contract, and
 * {@link #text()} renders it for the parser. The brute-force oracle reads only this class.
 *
 * @param seconds the seconds field, or null for a five-field expression
 */
record ExpressionSpec(Field seconds, Field minutes, Field hours, Field daysOfMonth, Field months, Field daysOfWeek) {

    /** One list element of a field. */
    interface Element {
        String text();
    }

    /**
     * A plain element: {@code *}, a value, a range or a step, matching the values from {@code low}
     * to {@code high} that are a multiple of {@code step} away from {@code low}.
     */
    record Plain(String text, int low, int high, int step) implements Element {
        boolean matches(int value) {
            return value >= low && value <= high && (value - low) % step == 0;
        }
    }

    /** {@code L}, {@code L-n} (offset n), {@code LW} (weekday true) or {@code nW} (nearest, day n). */
    record DayOfMonthSpecial(String text, Kind kind, int n) implements Element {
        enum Kind { LAST, LAST_MINUS, LAST_WEEKDAY, NEAREST_WEEKDAY }
    }

    /** {@code dL} (nth == 0) or {@code d#nth}; {@code weekday} is 0-7 as written. */
    record DayOfWeekSpecial(String text, int weekday, int nth) implements Element {
    }

    /** A whole field: its text and, unless the text is {@code *} or {@code ?}, its elements. */
    record Field(String text, List<Element> elements) {
        static Field of(List<Element> elements) {
            return new Field(elements.stream().map(Element::text).collect(Collectors.joining(",")), elements);
        }

        /** The contract: only exactly {@code *} or {@code ?} leaves a field unrestricted. */
        boolean restricted() {
            return !text.equals("*") && !text.equals("?");
        }

        boolean matches(int value) {
            return !restricted() || elements.stream().anyMatch(e -> e instanceof Plain && ((Plain) e).matches(value));
        }
    }

    String text() {
        String five = String.join(" ", minutes.text(), hours.text(), daysOfMonth.text(), months.text(), daysOfWeek.text());
        return seconds == null ? five : seconds.text() + " " + five;
    }

    /** The contract: an expression follows the wall clock when its hour field is exactly {@code *}. */
    boolean followsWallClock() {
        return hours.text().equals("*");
    }

    boolean secondMatches(int second) {
        return seconds == null ? second == 0 : seconds.matches(second);
    }

    /** Month and day rules, including the OR rule for two restricted day fields. */
    boolean dateMatches(LocalDate date) {
        if (!months.matches(date.getMonthValue())) {
            return false;
        }
        boolean dom = daysOfMonth.restricted();
        boolean dow = daysOfWeek.restricted();
        if (dom && dow) {
            return dayOfMonthMatches(date) || dayOfWeekMatches(date);
        }
        if (dom) {
            return dayOfMonthMatches(date);
        }
        return !dow || dayOfWeekMatches(date);
    }

    private boolean dayOfMonthMatches(LocalDate date) {
        int day = date.getDayOfMonth();
        int length = date.lengthOfMonth();
        for (Element element : daysOfMonth.elements()) {
            if (element instanceof Plain && ((Plain) element).matches(day)) {
                return true;
            }
            if (element instanceof DayOfMonthSpecial) {
                DayOfMonthSpecial special = (DayOfMonthSpecial) element;
                switch (special.kind()) {
                    case LAST:
                        if (day == length) {
                            return true;
                        }
                        break;
                    case LAST_MINUS:
                        if (day == length - special.n()) {
                            return true;
                        }
                        break;
                    case LAST_WEEKDAY:
                        if (isWeekday(date) && noWeekdayAfter(date)) {
                            return true;
                        }
                        break;
                    case NEAREST_WEEKDAY:
                        if (special.n() <= length && day == nearestWeekdayInMonth(date.withDayOfMonth(special.n()))) {
                            return true;
                        }
                        break;
                    default:
                        throw new AssertionError(special);
                }
            }
        }
        return false;
    }

    private boolean dayOfWeekMatches(LocalDate date) {
        int weekday = date.getDayOfWeek().getValue() % 7;
        for (Element element : daysOfWeek.elements()) {
            if (element instanceof Plain) {
                Plain plain = (Plain) element;
                // 0 and 7 are both Sunday.
                if (plain.matches(weekday) || (weekday == 0 && plain.matches(7))) {
                    return true;
                }
            } else {
                DayOfWeekSpecial special = (DayOfWeekSpecial) element;
                if (special.weekday() % 7 != weekday) {
                    continue;
                }
                boolean isLastOfMonth = date.getDayOfMonth() + 7 > date.lengthOfMonth();
                int occurrence = (date.getDayOfMonth() - 1) / 7 + 1;
                if (special.nth() == 0 ? isLastOfMonth : occurrence == special.nth()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isWeekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static boolean noWeekdayAfter(LocalDate date) {
        for (LocalDate later = date.plusDays(1); later.getMonth() == date.getMonth(); later = later.plusDays(1)) {
            if (isWeekday(later)) {
                return false;
            }
        }
        return true;
    }

    /** The Monday-to-Friday day of the same month closest to {@code target} (there are never ties). */
    private static int nearestWeekdayInMonth(LocalDate target) {
        int best = -1;
        for (int day = 1; day <= target.lengthOfMonth(); day++) {
            if (isWeekday(target.withDayOfMonth(day))
                    && (best < 0 || Math.abs(day - target.getDayOfMonth()) < Math.abs(best - target.getDayOfMonth()))) {
                best = day;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "\"" + text() + "\"";
    }
}
