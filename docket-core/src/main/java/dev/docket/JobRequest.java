package dev.docket;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * One job to enqueue, for {@link Docket#enqueueAll}. The type is either named or found from the
 * arguments' class (registered with the builder).
 */
public final class JobRequest {
    private final String type;
    private final Object args;
    private final JobOptions options;

    /** {@code type} is null or already checked: a {@link JobType}'s name is checked when it is made. */
    private JobRequest(String type, Object args, JobOptions options) {
        this.type = type;
        this.args = args;
        this.options = options;
    }

    /** A job whose type is found from {@code args}'s class. */
    public static JobRequest of(Object args) {
        return new JobRequest(null, Objects.requireNonNull(args, "args"), new JobOptions());
    }

    /** A job of the given type. {@code args} may be a record, a POJO, a map or a {@link RawJson}. */
    public static JobRequest of(String type, Object args) {
        return new JobRequest(JobType.checkName(Objects.requireNonNull(type, "type")), args, new JobOptions());
    }

    /** A job of the given type. */
    public static <A> JobRequest of(JobType<A> type, A args) {
        return new JobRequest(type.name(), args, new JobOptions());
    }

    /**
     * A job of the given type with a copy of {@code options}, for code that rewrites requests (an
     * {@link EnqueueInterceptor} adding metadata, a framework resolving the type name).
     */
    public static JobRequest of(String type, Object args, JobOptions options) {
        Objects.requireNonNull(type, "type");
        JobOptions copy = new JobOptions(Objects.requireNonNull(options, "options"));
        return new JobRequest(JobType.checkName(type), args, copy);
    }

    /** This request with options set by {@code configure} (this request is left unchanged). */
    public JobRequest with(Consumer<JobOptions> configure) {
        JobOptions copy = new JobOptions(options);
        configure.accept(copy);
        return new JobRequest(type, args, copy);
    }

    /** The type name, or {@code null} when it is to be found from the arguments' class. */
    public String type() {
        return type;
    }

    public Object args() {
        return args;
    }

    public JobOptions options() {
        return options;
    }
}
