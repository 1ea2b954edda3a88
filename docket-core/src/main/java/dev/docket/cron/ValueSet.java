package dev.docket.cron;

/**
 * An immutable set of small non-negative integers (0 to 63) stored as a bit mask.
 *
 * <p>Every plain cron field (second, minute, hour, month) fits in one {@code long}, which makes
 * "the next allowed value at or after x" a couple of machine instructions; that is what lets the
 * search jump from one matching value to the next instead of stepping through time.
 */
final class ValueSet {

    private final long bits;

    private ValueSet(long bits) {
        this.bits = bits;
    }

    static ValueSet ofBits(long bits) {
        return new ValueSet(bits);
    }

    static ValueSet of(int value) {
        return new ValueSet(1L << value);
    }

    /** The smallest member that is {@code >= from}, or -1 if there is none. */
    int next(int from) {
        if (from >= 64) {
            return -1;
        }
        long candidates = bits & (-1L << Math.max(from, 0));
        return candidates == 0 ? -1 : Long.numberOfTrailingZeros(candidates);
    }

    /** The smallest member, or -1 if the set is empty. */
    int first() {
        return next(0);
    }
}
