package dev.docket.spring.boot;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Docket's settings under {@code docket.*}. Unset timings keep Docket's own defaults (see
 * {@link dev.docket.DocketBuilder}).
 */
@ConfigurationProperties("docket")
public class DocketProperties {
    /** Whether Docket is configured at all. */
    private boolean enabled = true;

    /**
     * Queues this process works, with their concurrency: {@code docket.queues.mail=4} or
     * {@code docket.queues.mail.concurrency=4}. Default: {@code default} with 10 workers.
     */
    private Map<String, Queue> queues = new LinkedHashMap<>();

    /** How long a claimed job stays this process's without renewal (default 30s). */
    private Duration lease;

    /** How often idle workers look for work when no notification arrives (default 1s). */
    private Duration pollInterval;

    private final Store store = new Store();
    private final Worker worker = new Worker();
    private final Retention retention = new Retention();
    private final Shutdown shutdown = new Shutdown();
    private final Dashboard dashboard = new Dashboard();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Map<String, Queue> getQueues() {
        return queues;
    }

    public void setQueues(Map<String, Queue> queues) {
        this.queues = queues;
    }

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = lease;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Store getStore() {
        return store;
    }

    public Worker getWorker() {
        return worker;
    }

    public Retention getRetention() {
        return retention;
    }

    public Shutdown getShutdown() {
        return shutdown;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    /** Where jobs are stored. */
    public static class Store {
        /**
         * jdbc (the application's DataSource: PostgreSQL, or SQLite), sqlite (a file of Docket's own)
         * or memory (tests). Default: jdbc when the application has a DataSource, else sqlite.
         */
        private StoreType type;

        /**
         * Where the store is when it is not the application's DataSource: sqlite:PATH for sqlite
         * (default sqlite:docket-data/docket.db), or jdbc:postgresql://HOST/DB for a separate
         * PostgreSQL database with its own pool (type jdbc). Not used for memory.
         */
        private String url;

        /** The PostgreSQL schema for Docket's tables when the store is the application's DataSource. */
        private String schema = "docket";

        /** Whether Docket creates or upgrades its tables at start-up. */
        private boolean migrate = true;

        /**
         * On the application's PostgreSQL DataSource: the shortest time between two wake-up
         * notifications of a queue from this process (0 to 1s). On a URL, its notifyWindowMs.
         */
        private Duration notifyWindow = Duration.ofMillis(2);

        public StoreType getType() {
            return type;
        }

        public void setType(StoreType type) {
            this.type = type;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getSchema() {
            return schema;
        }

        public void setSchema(String schema) {
            this.schema = schema;
        }

        public boolean isMigrate() {
            return migrate;
        }

        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }

        public Duration getNotifyWindow() {
            return notifyWindow;
        }

        public void setNotifyWindow(Duration notifyWindow) {
            this.notifyWindow = notifyWindow;
        }
    }

    /** One queue worked by this process. */
    public static class Queue {
        /** How many jobs of the queue this process runs at once. */
        private int concurrency = 10;

        public int getConcurrency() {
            return concurrency;
        }

        public void setConcurrency(int concurrency) {
            this.concurrency = concurrency;
        }
    }

    /** Whether this process runs jobs. */
    public static class Worker {
        /**
         * Whether this process starts workers, maintenance and schedules; false makes it enqueue-only
         * (web nodes that leave the work to worker processes).
         */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** How long finished jobs are kept before they are deleted. */
    public static class Retention {
        /** Succeeded jobs (default 24h). */
        private Duration succeeded = Duration.ofHours(24);

        /** Dead jobs (default 14d). */
        private Duration dead = Duration.ofDays(14);

        /** Cancelled jobs (default 14d). */
        private Duration cancelled = Duration.ofDays(14);

        public Duration getSucceeded() {
            return succeeded;
        }

        public void setSucceeded(Duration succeeded) {
            this.succeeded = succeeded;
        }

        public Duration getDead() {
            return dead;
        }

        public void setDead(Duration dead) {
            this.dead = dead;
        }

        public Duration getCancelled() {
            return cancelled;
        }

        public void setCancelled(Duration cancelled) {
            this.cancelled = cancelled;
        }
    }

    /** Stopping. */
    public static class Shutdown {
        /**
         * How long running jobs may take to finish when the application stops. Default, and upper
         * bound: spring.lifecycle.timeout-per-shutdown-phase (30s unless set).
         */
        private Duration grace;

        public Duration getGrace() {
            return grace;
        }

        public void setGrace(Duration grace) {
            this.grace = grace;
        }
    }

    /** The dashboard; takes effect once the dashboard module is on the class path. */
    public static class Dashboard {
        /** Whether to serve the dashboard inside the application (once the dashboard module is on the class path). */
        private boolean enabled = false;

        /** Where the dashboard is served (once the dashboard module is on the class path). */
        private String path = "/docket";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }
    }
}
