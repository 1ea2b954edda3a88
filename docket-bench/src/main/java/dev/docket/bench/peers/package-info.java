/**
 * The side-by-side drain: Docket's drain method run against JobRunr and db-scheduler on the same
 * PostgreSQL server, each in a database of its own, at each peer's documented best settings (printed
 * with the figures). The peers are benchmark-only dependencies of this module.
 */
package dev.docket.bench.peers;
