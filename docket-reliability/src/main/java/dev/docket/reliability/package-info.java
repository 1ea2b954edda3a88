/**
 * Docket under fire: the fault-injection battery. {@link dev.docket.reliability.Main} runs the
 * scenarios against real worker JVMs on real PostgreSQL and SQLite, injects faults (kill -9,
 * SIGSTOP, SIGTERM, database restarts, clock skew, poison jobs), and checks the history written
 * to ledgers kept apart from the store. Not published.
 */
package dev.docket.reliability;
