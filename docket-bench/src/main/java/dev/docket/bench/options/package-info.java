/** The bench's command line: modes, options, their defaults and the usage errors. */
package dev.docket.bench.options;
