/** Measuring instruments: a latency histogram, completion counts, CPU time and heap after GC. */
package dev.docket.bench.measure;
