/** What a run prints and writes: configuration lines, the JSON result line, samples as CSV and a chart. */
package dev.docket.bench.report;
