/**
 * The in-memory store: a non-durable {@link dev.docket.spi.Store} for tests and demos, opened with
 * the URL {@code memory:}. {@link dev.docket.memory.MemoryStore} is the entry point; the other
 * classes are its job table with indexes and one class per facet.
 */
package dev.docket.memory;
