/**
 * Benchmarks: the drain and steady runs behind {@code bin/docket bench}, JMH micro-benchmarks of
 * the hot paths, and the same drain run against peer job systems for a side-by-side comparison.
 */
package dev.docket.bench;
