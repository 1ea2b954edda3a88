package dev.docket.spring.boot;

import dev.docket.Docket;
import dev.docket.Enqueued;
import dev.docket.JobRequest;
import dev.docket.TransactionalEnqueue;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Joins the application's transaction when the store lives in {@code dataSource}'s database: inside
 * an active Spring transaction bound to that DataSource, jobs are inserted on the transaction's own
 * connection ({@link DataSourceUtils#getConnection}), so they exist, and run, only if it commits.
 * After the commit, listeners hear of them and local workers wake at once. Outside such a
 * transaction the enqueue is stored at once.
 */
final class JdbcEnqueueTransactions implements EnqueueTransactions {
    private final DataSource dataSource;

    JdbcEnqueueTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the current thread is in a transaction that holds a connection of {@code dataSource}. */
    @Override
    public boolean joinsCurrentTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getResource(dataSource) != null;
    }

    @Override
    public List<Enqueued> enqueue(Docket engine, List<JobRequest> requests) {
        if (!joinsCurrentTransaction()) {
            return engine.enqueueAll(requests);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            TransactionalEnqueue pending = engine.enqueueInTransaction(connection, requests);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pending.committed();
                }
            });
            return pending.jobs();
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
