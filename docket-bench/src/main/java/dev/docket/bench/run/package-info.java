/**
 * The runs themselves, one class per mode (drain, steady, idle, backlog), and the Dockets, job
 * type and producers they share. Only Docket's public API is used.
 */
package dev.docket.bench.run;
