/**
 * The ledgers: one append-only file per process, one unbuffered write per line, so a killed
 * process loses nothing it already wrote; and the reader that merges them into a history.
 */
package dev.docket.reliability.ledger;
