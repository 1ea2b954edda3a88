package dev.docket.web.api;

import dev.docket.JobState;
import dev.docket.JobType;
import dev.docket.Queues;
import dev.docket.admin.JobQuery;
import dev.docket.web.ApiException;
import dev.docket.web.WebRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code GET /jobs?state=&queue=&type=&search=&limit=&cursor=} into a {@link JobQuery}.
 * Unknown parameters are refused (a misspelt filter would otherwise silently list everything).
 */
final class JobListQuery {
    static final List<String> PARAMETERS = List.of("state", "queue", "type", "search", "limit", "cursor");

    private JobListQuery() {
    }

    static JobQuery parse(WebRequest request) {
        for (Map.Entry<String, List<String>> p : request.query().entrySet()) {
            if (!PARAMETERS.contains(p.getKey())) {
                throw ApiException.invalid("unknown parameter '" + p.getKey() + "'; accepted: " + String.join(", ", PARAMETERS));
            }
            if (p.getValue().size() > 1 && !p.getKey().equals("state")) {
                throw ApiException.invalid("parameter '" + p.getKey() + "' is given more than once");
            }
        }
        JobQuery q = JobQuery.all().withStates(states(request.query().getOrDefault("state", List.of())));
        String queue = request.queryParam("queue");
        if (queue != null && !queue.isEmpty()) {
            q = q.withQueue(checked("queue", queue, Queues::checkName));
        }
        String type = request.queryParam("type");
        if (type != null && !type.isEmpty()) {
            q = q.withType(checked("type", type, JobType::checkName));
        }
        String search = request.queryParam("search");
        if (search != null && !search.isEmpty()) {
            if (search.length() > 200) {
                throw ApiException.invalid("parameter 'search' is longer than 200 characters");
            }
            q = q.withSearch(search);
        }
        String limit = request.queryParam("limit");
        if (limit != null) {
            q = q.withLimit(limit(limit));
        }
        String cursor = request.queryParam("cursor");
        if (cursor != null && !cursor.isEmpty()) {
            if (cursor.length() > 64) {
                throw ApiException.invalid("parameter 'cursor' is not a cursor this server gave: '" + shorten(cursor) + "'");
            }
            q = q.withCursor(cursor);
        }
        return q;
    }

    private static Set<JobState> states(List<String> values) {
        Set<JobState> states = EnumSet.noneOf(JobState.class);
        for (String value : values) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    states.add(checked("state", name, s -> JobState.parse(s)));
                }
            }
        }
        return states;
    }

    private static int limit(String value) {
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("parameter 'limit' must be an integer from 1 to " + JobQuery.MAX_LIMIT
                    + ", was '" + shorten(value) + "'");
        }
        if (n < 1 || n > JobQuery.MAX_LIMIT) {
            throw ApiException.invalid("parameter 'limit' must be from 1 to " + JobQuery.MAX_LIMIT + ", was " + n);
        }
        return n;
    }

    private static <T> T checked(String name, String value, java.util.function.Function<String, T> check) {
        try {
            return check.apply(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("parameter '" + name + "': " + e.getMessage());
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
