package dev.docket.web.ops;

import dev.docket.DocketListener;
import dev.docket.Job;
import dev.docket.JobEvent;
import dev.docket.JobState;
import dev.docket.StoreException;
import dev.docket.admin.DocketAdmin;
import dev.docket.admin.QueueView;
import dev.docket.spi.StoreDiagnostics;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Docket's Prometheus metrics. Counters and the duration histogram come from job events of this
 * process (register it with {@code DocketBuilder.listener}) and from outcomes that external workers
 * report through this server; the queue gauges are read from the admin model at scrape time. Labels
 * are queue and type names only, never job ids or arguments.
 */
public final class DocketMetrics implements DocketListener {
    private final Map<Key, LongAdder> enqueued = new ConcurrentSkipListMap<>();
    private final Map<Key, LongAdder> finished = new ConcurrentSkipListMap<>();
    private final Map<Key, Histogram> durations = new ConcurrentHashMap<>();

    /** The label set of one series. */
    private record Key(String queue, String type, String outcome) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = queue.compareTo(o.queue);
            c = c != 0 ? c : type.compareTo(o.type);
            return c != 0 ? c : outcome.compareTo(o.outcome);
        }
    }

    @Override
    public void onEvent(JobEvent event) {
        String outcome = switch (event.kind()) {
            case SUCCEEDED -> "succeeded";
            case FAILED -> "failed";
            case DEAD -> "dead";
            case CANCELLED -> "cancelled";
            case ENQUEUED -> {
                count(enqueued, new Key(event.queue(), event.type(), ""));
                yield null;
            }
            default -> null;
        };
        if (outcome != null) {
            finished(event.queue(), event.type(), outcome, event.runTime());
        }
    }

    /** Counts an outcome an external worker reported; {@code job} is the job afterwards. */
    public void externalOutcome(Job job) {
        String outcome = switch (job.state()) {
            case SUCCEEDED -> "succeeded";
            case DEAD -> "dead";
            case CANCELLED -> "cancelled";
            case RETRYABLE, AVAILABLE -> "failed";
            default -> null;
        };
        if (outcome == null) {
            return;
        }
        Instant end = job.finishedAt() != null ? job.finishedAt()
                : job.errors().isEmpty() ? null : job.errors().get(job.errors().size() - 1).at();
        Duration ran = job.startedAt() == null || end == null ? null : Duration.between(job.startedAt(), end);
        finished(job.queue(), job.type(), outcome, ran);
    }

    private void finished(String queue, String type, String outcome, Duration ran) {
        count(finished, new Key(queue, type, outcome));
        if (ran != null) {
            durations.computeIfAbsent(new Key(queue, type, ""), k -> new Histogram()).observe(ran);
        }
    }

    private static void count(Map<Key, LongAdder> counters, Key key) {
        counters.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** Every metric as Prometheus text; the gauges are read from {@code admin} now. */
    public String scrape(DocketAdmin admin) {
        PrometheusText out = new PrometheusText();
        out.family("docket_jobs_enqueued_total", "counter", "Jobs enqueued through this process.");
        enqueued.forEach((k, v) -> out.sample("docket_jobs_enqueued_total", labels(k, false), v.sum()));
        out.family("docket_jobs_finished_total", "counter",
                "Attempts that ended in this process or were reported to it by external workers, by outcome.");
        finished.forEach((k, v) -> out.sample("docket_jobs_finished_total", labels(k, true), v.sum()));
        writeDurations(out);
        writeGauges(out, admin);
        return out.toString();
    }

    private void writeDurations(PrometheusText out) {
        String name = "docket_job_duration_seconds";
        out.family(name, "histogram", "How long attempts ran, in seconds.");
        new java.util.TreeMap<>(durations).forEach((k, h) -> {
            for (int i = 0; i < Histogram.BOUNDS.length; i++) {
                Map<String, String> l = labels(k, false);
                l.put("le", PrometheusText.number(Histogram.BOUNDS[i]));
                out.sample(name + "_bucket", l, h.cumulative(i));
            }
            Map<String, String> inf = labels(k, false);
            inf.put("le", "+Inf");
            out.sample(name + "_bucket", inf, h.count());
            out.sample(name + "_sum", labels(k, false), h.sum());
            out.sample(name + "_count", labels(k, false), h.count());
        });
    }

    private static void writeGauges(PrometheusText out, DocketAdmin admin) {
        List<QueueView> queues;
        try {
            queues = admin.queues();
        } catch (StoreException e) {
            queues = null;
        }
        out.family("docket_store_up", "gauge", "1 when the store answered this scrape, else 0.");
        out.sample("docket_store_up", Map.of(), queues == null ? 0 : 1);
        if (queues == null) {
            return;
        }
        out.family("docket_queue_jobs", "gauge", "Jobs per queue and state.");
        for (QueueView q : queues) {
            for (JobState s : JobState.values()) {
                Map<String, String> l = new LinkedHashMap<>();
                l.put("queue", q.name());
                l.put("state", s.wireName());
                out.sample("docket_queue_jobs", l, q.counts().getOrDefault(s, 0L));
            }
        }
        out.family("docket_queue_latency_seconds", "gauge", "Age of the oldest available job per queue, in seconds.");
        for (QueueView q : queues) {
            out.sample("docket_queue_latency_seconds", Map.of("queue", q.name()), q.latency().toMillis() / 1000.0);
        }
        writeStoreDiagnostics(out, admin);
    }

    /** The job table's dead rows, for stores that keep such statistics (PostgreSQL); absent otherwise. */
    private static void writeStoreDiagnostics(PrometheusText out, DocketAdmin admin) {
        StoreDiagnostics d;
        try {
            d = admin.storeDiagnostics();
        } catch (StoreException e) {
            return;
        }
        if (d.deadJobRows() >= 0) {
            out.family("docket_store_dead_tuples", "gauge",
                    "Dead row versions of the job table not yet vacuumed (the database's estimate).");
            out.sample("docket_store_dead_tuples", Map.of(), d.deadJobRows());
        }
    }

    private static Map<String, String> labels(Key k, boolean withOutcome) {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("queue", k.queue());
        l.put("type", k.type());
        if (withOutcome) {
            l.put("outcome", k.outcome());
        }
        return l;
    }
}
