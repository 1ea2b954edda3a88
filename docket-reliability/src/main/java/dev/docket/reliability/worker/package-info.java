/** The programs that run in the battery's child JVMs: the worker and the enqueuer, with their job types. */
package dev.docket.reliability.worker;
