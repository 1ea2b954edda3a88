package dev.docket.spring.boot;

import dev.docket.Docket;
import dev.docket.Enqueued;
import dev.docket.JobRequest;
import java.util.List;

/**
 * How an enqueue made through the Spring {@link Docket} bean relates to the application's
 * transaction. {@link #IMMEDIATE}: it is stored at once in a transaction of its own;
 * {@link JdbcEnqueueTransactions}: inside a transaction on the store's DataSource it joins it.
 */
@FunctionalInterface
interface EnqueueTransactions {
    /** Always stores at once, on the store's own connections. */
    EnqueueTransactions IMMEDIATE = Docket::enqueueAll;

    List<Enqueued> enqueue(Docket engine, List<JobRequest> requests);

    /** Whether an enqueue made on this thread now would join the application's transaction. */
    default boolean joinsCurrentTransaction() {
        return false;
    }
}
