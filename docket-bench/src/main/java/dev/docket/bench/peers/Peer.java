package dev.docket.bench.peers;

import java.util.Map;

/**
 * A job system under test, set up on its own database with its tables already created. A drain
 * calls {@link #enqueue}, then {@link #startWorkers}, then watches {@link #executed} and
 * {@link #doneInStore} until every job is done, then {@link #close}.
 */
interface Peer extends AutoCloseable {
    /** The settings it runs with, in the order they are printed. */
    Map<String, Object> settings();

    /** Stores {@code jobs} no-op jobs, due now, with the peer's bulk API; returns once they are stored. */
    void enqueue(int jobs);

    /** Starts the peer's workers on the jobs already stored. */
    void startWorkers();

    /** How many times the no-op handler has run. */
    long executed();

    /** How many jobs the peer's store shows as finished (one query). */
    long doneInStore();

    /** Stops the workers and closes the connection pool. */
    @Override
    void close();
}
