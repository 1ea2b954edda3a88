/** Small helpers shared by the runtime: ids, stack traces, signals, threads, events. */
package dev.docket.internal.support;
