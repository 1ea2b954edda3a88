/**
 * The worker runtime: the flow {@code fetch → execute → complete} in one class per step.
 * <ul>
 *   <li>{@link dev.docket.internal.worker.QueueWorker} claims jobs for one queue, in batches sized to
 *       its free slots, and hands them to {@link dev.docket.internal.worker.JobRunner}.</li>
 *   <li>{@link dev.docket.internal.worker.JobRunner} runs one attempt through small steps: resolve
 *       the handler, decode the arguments, run with the deadline, classify the outcome.</li>
 *   <li>{@link dev.docket.internal.worker.Completer} writes outcomes to the store in batches.</li>
 *   <li>{@link dev.docket.internal.worker.LeaseKeeper} renews every running attempt's lease on one
 *       timer per process and learns of cancellations and lost leases.</li>
 *   <li>{@link dev.docket.internal.worker.Watchdog} interrupts attempts past their deadline, cancelled
 *       or lost.</li>
 * </ul>
 */
package dev.docket.internal.worker;
