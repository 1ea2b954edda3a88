package dev.docket.internal.enqueue;

import dev.docket.JobOptions;
import dev.docket.JobRequest;
import dev.docket.JsonCodec;
import dev.docket.Queues;
import dev.docket.RawJson;
import dev.docket.TypeOptions;
import dev.docket.internal.registry.RegisteredType;
import dev.docket.internal.registry.TypeRegistry;
import dev.docket.spi.NewJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link JobRequest} into a row to insert: finds the type, writes the arguments as JSON and
 * resolves queue, priority and attempts from the job's options, then the type's, then Docket's.
 * Timeout and backoff stay unset unless the job sets them: the executing process resolves them.
 */
public final class JobRequests {
    /** The largest arguments accepted, in characters of JSON. */
    public static final int MAX_ARGS_CHARS = 1 << 20;

    private final TypeRegistry types;
    private final JsonCodec json;
    private final int defaultMaxAttempts;

    public JobRequests(TypeRegistry types, JsonCodec json, int defaultMaxAttempts) {
        this.types = types;
        this.json = json;
        this.defaultMaxAttempts = defaultMaxAttempts;
    }

    /** The row for {@code request}; {@code index} names it in errors about a batch (null for one job). */
    public NewJob toNewJob(JobRequest request, Integer index) {
        RegisteredType type = resolveType(request, index);
        String typeName = type != null ? type.name() : request.type();
        Object args = request.args();
        if (type != null && args != null && !(args instanceof RawJson) && !(args instanceof Map)
                && !type.argsClass().isInstance(args)) {
            throw new IllegalArgumentException(where(index) + "arguments of type " + args.getClass().getName()
                    + " do not fit job type '" + typeName + "', which takes " + type.argsClass().getName());
        }
        String argsJson;
        try {
            argsJson = args == null ? "{}" : json.encode(args);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where(index) + "arguments of job type '" + typeName
                    + "' cannot be written as JSON: "
                    + e.getMessage(), e);
        }
        if (argsJson.length() > MAX_ARGS_CHARS) {
            throw new IllegalArgumentException(where(index) + "arguments of job type '" + typeName + "' are too large: "
                    + argsJson.length() + " characters of JSON (at most " + MAX_ARGS_CHARS + ")");
        }
        JobOptions o = request.options();
        TypeOptions t = type != null ? type.options() : new TypeOptions();
        String queue = first(o.queue(), t.queue(), Queues.DEFAULT);
        int priority = first(o.priority(), t.priority(), 0);
        int maxAttempts = first(o.maxAttempts(), t.maxAttempts(), defaultMaxAttempts);
        return new NewJob(typeName, queue, priority, argsJson, o.meta(), maxAttempts, o.uniqueKey(), o.runAt(),
                o.delay(), o.timeout() == null ? null : o.timeout().toMillis(),
                o.backoff() == null ? null : o.backoff().initial().toMillis(),
                o.backoff() == null ? null : o.backoff().max().toMillis());
    }

    /**
     * {@code batch} with every request naming its type: requests made from an argument object get
     * the type registered for its class.
     *
     * @throws IllegalArgumentException when no type is registered for a request's class
     */
    public List<JobRequest> named(List<JobRequest> batch) {
        List<JobRequest> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            JobRequest r = batch.get(i);
            if (r.type() != null) {
                out.add(r);
            } else {
                out.add(JobRequest.of(resolveType(r, batch.size() == 1 ? null : i).name(), r.args(), r.options()));
            }
        }
        return out;
    }

    /** Where in a batch a request sits, for error messages: {@code "jobs[3]: "}, or nothing for a single job. */
    private static String where(Integer index) {
        return index == null ? "" : "jobs[" + index + "]: ";
    }

    private RegisteredType resolveType(JobRequest request, Integer index) {
        if (request.type() != null) {
            return types.byName(request.type()).orElse(null);
        }
        Object args = request.args();
        return types.byClass(args.getClass()).orElseThrow(() -> new IllegalArgumentException(where(index)
                + "no job type is registered for " + args.getClass().getName()
                + "; register it with DocketBuilder.handle(...) or .register(JobType.of(name, "
                + args.getClass().getSimpleName() + ".class)), or enqueue by type name"));
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
