package dev.docket.internal.registry;

import dev.docket.JobContext;
import dev.docket.TypeOptions;

/**
 * A job type known to this process.
 *
 * @param name the stable type name
 * @param argsClass the Java type its arguments are read into
 * @param invoker runs the handler, or {@code null} when this process only enqueues the type
 * @param options the type's defaults
 */
public record RegisteredType(String name, Class<?> argsClass, Invoker invoker, TypeOptions options) {

    /** Whether this process runs jobs of the type. */
    public boolean handled() {
        return invoker != null;
    }

    /** Calls a handler with decoded arguments; returns its result or {@code null}. */
    @FunctionalInterface
    public interface Invoker {
        Object invoke(Object args, JobContext context) throws Exception;
    }
}
