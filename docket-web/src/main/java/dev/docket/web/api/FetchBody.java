package dev.docket.web.api;

import dev.docket.JobType;
import dev.docket.Queues;
import dev.docket.admin.FetchRequest;
import dev.docket.web.ApiException;
import dev.docket.web.WebRequest;
import dev.docket.web.json.JsonFields;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

/**
 * Reads {@code POST /fetch}: {@code {queues, types?, max?, leaseMs?, waitMs?, worker?}}. The wait is
 * capped at {@value #MAX_WAIT_MS} ms and the lease defaults to {@value #DEFAULT_LEASE_MS} ms.
 */
final class FetchBody {
    static final List<String> FIELDS = List.of("queues", "types", "max", "leaseMs", "waitMs", "worker");
    static final long MAX_WAIT_MS = 60_000;
    static final long DEFAULT_LEASE_MS = 30_000;
    static final long MIN_LEASE_MS = 1_000;
    static final long MAX_LEASE_MS = 3_600_000;

    private FetchBody() {
    }

    static FetchRequest read(WebRequest request) {
        JsonFields f = Replies.body(request, FIELDS);
        List<String> queues = f.strings("queues", 50, Queues::checkName);
        if (queues == null || queues.isEmpty()) {
            throw ApiException.invalid("missing field 'queues': name at least one queue to fetch from");
        }
        List<String> types = f.strings("types", 100, JobType::checkName);
        int max = f.integer("max", 1, 100, 1);
        Duration lease = Duration.ofMillis(leaseMs(f, "leaseMs"));
        long waitMs = f.longValue("waitMs", 0, MAX_WAIT_MS, 0);
        String worker = f.string("worker");
        if (worker != null && (worker.isBlank() || worker.length() > 200)) {
            throw ApiException.invalid("field 'worker' must be 1-200 characters");
        }
        return new FetchRequest(queues, types == null ? null : new HashSet<>(types), max, lease,
                Duration.ofMillis(waitMs), worker != null ? worker : "external@" + request.remoteAddress());
    }

    /** The lease asked for in {@code field}, or the default. */
    static long leaseMs(JsonFields f, String field) {
        return f.longValue(field, MIN_LEASE_MS, MAX_LEASE_MS, DEFAULT_LEASE_MS);
    }
}
