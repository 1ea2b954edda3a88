/**
 * Docket's PostgreSQL store ({@link dev.docket.postgres.PostgresStore}), opened from a
 * {@code jdbc:postgresql:} URL by {@link dev.docket.postgres.PostgresStoreProvider} or built on a
 * {@link javax.sql.DataSource} with {@link dev.docket.postgres.PostgresStore#builder()}.
 *
 * <h2>Design</h2>
 * <ul>
 *   <li>All tables ({@code docket_jobs}, {@code docket_errors}, {@code docket_queues},
 *       {@code docket_processes}, {@code docket_leaders}) live in one schema, and every statement
 *       names it: the store never depends on {@code search_path}.</li>
 *   <li>The hot path is batched: an insert batch is one statement over arrays ({@code unnest}); a
 *       claim is one {@code UPDATE … FOR UPDATE SKIP LOCKED … RETURNING}; outcomes, lease renewals
 *       and releases are one statement per kind per batch. Rows picked by a locking subquery are
 *       updated through the primary key ({@code id = ANY(ARRAY(…))}), never by a join the planner
 *       could turn into a scan of the whole table.</li>
 *   <li>Claims from one queue read the claim index in order and stop at the limit; claims from
 *       several queues read one index range per queue and keep the best, instead of sorting every
 *       available job of those queues. A claim starts its index range near the jobs still waiting
 *       (past the previous batch, or a second before the latest run time handed out once the queue
 *       ran dry), so it does not walk the dead entries of claimed jobs that vacuum has not removed
 *       (or cannot, under a long-open transaction).</li>
 *   <li>Indexes are partial and match the work: claims, due jobs, running leases, finished jobs,
 *       unique keys of unfinished jobs. Every state change is a non-HOT update, so each index is
 *       paid on each transition; there are no others.</li>
 *   <li>Arguments, results and progress are {@code text}: they are only stored and handed back,
 *       and {@code ILIKE} searches them as they are. Metadata is {@code jsonb}: small, written once,
 *       and open to operators' queries ({@code meta @> '{"tenant":"a"}'}) at little cost.</li>
 *   <li>Time is the database's {@code now()} unless built with {@code databaseClock(false)}; both
 *       modes share the same SQL ({@code COALESCE(?::timestamptz, now())}).</li>
 *   <li>Wake-ups use LISTEN/NOTIFY on a per-schema channel, debounced per queue, issued inside the
 *       insert's transaction; a dedicated connection listens and reconnects after failures.</li>
 *   <li>Migrations are SQL resources applied under an advisory lock, so many processes can start at
 *       once.</li>
 * </ul>
 */
package dev.docket.postgres;
