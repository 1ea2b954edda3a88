package dev.docket.spring;

import dev.docket.JobHandler;
import dev.docket.JobType;
import dev.docket.TypeOptions;

/**
 * A bean that handles one job type, for handlers that are classes of their own rather than
 * {@link DocketJob} methods. Every such bean in the context is registered when Docket starts; a
 * class-level {@link Recurring} schedules it.
 *
 * <pre>{@code
 * @Component
 * class ReportJob implements DocketJobHandler<ReportRequest> {
 *     public JobType<ReportRequest> type() { return ReportRequest.TYPE; }
 *     public void handle(ReportRequest args, JobContext context) { ... }
 * }
 * }</pre>
 *
 * <p>Beans of type {@link JobType} are registered too, without a handler: this process can then
 * enqueue them by argument class while other processes run them.
 *
 * @param <A> the argument type
 */
public interface DocketJobHandler<A> extends JobHandler<A> {
    /** The job type this bean handles. */
    JobType<A> type();

    /** Defaults for jobs of the type (queue, attempts, backoff, timeout); none by default. */
    default void options(TypeOptions options) {
    }
}
