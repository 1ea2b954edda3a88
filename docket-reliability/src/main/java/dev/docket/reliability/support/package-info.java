/** Small helpers: waiting with deadlines, an enqueue load, reading job states from a store. */
package dev.docket.reliability.support;
