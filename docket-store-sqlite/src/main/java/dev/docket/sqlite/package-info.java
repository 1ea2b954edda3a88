/**
 * Docket's embedded, durable default store: one SQLite file, possibly shared by several processes.
 *
 * <p>How it works, in one paragraph: every write (inserts, claims, outcomes, leases, maintenance,
 * operator actions, queues, processes, leaders) goes to one writer thread per store, which owns the
 * only write connection and commits whatever requests are waiting as one {@code BEGIN IMMEDIATE}
 * transaction (group commit), with a savepoint per request so that one failing request does not
 * fail the others. Reads use a small pool of read connections, which WAL mode lets run beside the
 * writer. Processes sharing the file are serialised by SQLite's write lock and
 * {@code busy_timeout}. Times are INTEGER epoch milliseconds; in database-clock mode "now" is the
 * operating system's clock read inside SQL, so a process with a skewed JVM clock still agrees with
 * the others.
 *
 * <p>Public entry points: {@link dev.docket.sqlite.SqliteStore} (with its builder) and
 * {@link dev.docket.sqlite.SqliteStoreProvider} for {@code sqlite:PATH} URLs. Everything else is
 * internal.
 */
package dev.docket.sqlite;
