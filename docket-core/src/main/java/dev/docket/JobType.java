package dev.docket;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stable job type name bound to the Java type of its arguments. The name, never the class, is
 * what gets stored, so classes can be renamed or moved without breaking queued jobs.
 *
 * <pre>{@code
 * public record SendWelcome(long userId) {
 *     public static final JobType<SendWelcome> TYPE = JobType.of("mail.welcome", SendWelcome.class);
 * }
 * }</pre>
 *
 * @param <A> the argument type, a record or POJO that the JSON codec can read and write
 */
public final class JobType<A> {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:\\-/]{0,127}");

    private final String name;
    private final Class<A> argsClass;

    private JobType(String name, Class<A> argsClass) {
        this.name = checkName(name);
        this.argsClass = Objects.requireNonNull(argsClass, "argsClass");
    }

    /** Binds {@code name} to {@code argsClass}. */
    public static <A> JobType<A> of(String name, Class<A> argsClass) {
        return new JobType<>(name, argsClass);
    }

    /**
     * Checks a type name: 1–128 characters of letters, digits and {@code _ . : - /}, starting with
     * a letter or digit.
     *
     * @return the name
     * @throws IllegalArgumentException naming the bad value
     */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid job type '" + name
                    + "': use 1-128 letters, digits or _ . : - / starting with a letter or digit");
        }
        return name;
    }

    /** The stable name stored with each job. */
    public String name() {
        return name;
    }

    /** The Java type the arguments are read into. */
    public Class<A> argsClass() {
        return argsClass;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobType<?> other && name.equals(other.name) && argsClass.equals(other.argsClass);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name + "(" + argsClass.getSimpleName() + ")";
    }
}
