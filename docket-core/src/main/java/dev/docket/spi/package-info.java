/**
 * The store SPI: what a store must do for Docket, in the words of the job lifecycle (insert,
 * claim, record outcomes, renew leases, stage due jobs, rescue expired leases, prune), never in SQL.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Every call takes one parameter record, so new fields never break implementations.</li>
 *   <li>Every call that depends on time carries {@code now}, the runtime clock's reading. A store
 *       backed by a database with its own clock ({@link StoreInfo#databaseClock()}) uses the
 *       database's clock instead for leases, due times and retention, so that processes with skewed
 *       clocks agree; the in-memory store always uses {@code now}, which lets tests drive time.</li>
 *   <li>Writes about a running job are fenced by its attempt: they apply only while the stored job
 *       is still {@code running} under that attempt. A worker that lost its lease can never
 *       complete, fail, release or extend a newer attempt.</li>
 *   <li>State moves follow {@link dev.docket.JobState#canMoveTo}.</li>
 *   <li>Failures of the store are thrown as {@link dev.docket.StoreException}.</li>
 *   <li>Adding a method here means adding a case to the conformance suite (docket-store-tck).</li>
 * </ul>
 */
package dev.docket.spi;
