package dev.docket.bench.peers;

import java.util.Arrays;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The peers a drain can run, by the name given to {@code --peer}. */
enum PeerKind {
    JOBRUNR("jobrunr") {
        @Override
        void createTables(DataSource direct) {
            JobRunrPeer.createTables(direct);
        }

        @Override
        Peer open(String jdbcUrl, Integer workers) {
            return JobRunrPeer.open(jdbcUrl, workers);
        }
    },
    DB_SCHEDULER("db-scheduler") {
        @Override
        void createTables(DataSource direct) {
            DbSchedulerPeer.createTables(direct);
        }

        @Override
        Peer open(String jdbcUrl, Integer workers) {
            return DbSchedulerPeer.open(jdbcUrl, workers);
        }
    };

    private final String id;

    PeerKind(String id) {
        this.id = id;
    }

    /** The name on the command line and in the output. */
    String id() {
        return id;
    }

    /** Creates the peer's tables through {@code direct}, a data source whose connections are closed after use. */
    abstract void createTables(DataSource direct);

    /**
     * Sets the peer up on the database at {@code jdbcUrl} (tables created) with {@code workers} worker
     * threads, or its documented default when {@code null}; nothing runs yet.
     */
    abstract Peer open(String jdbcUrl, Integer workers);

    /**
     * The peer called {@code name}.
     *
     * @throws IllegalArgumentException naming the peers there are
     */
    static PeerKind named(String name) {
        for (PeerKind k : values()) {
            if (k.id.equalsIgnoreCase(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown peer '" + name + "' (use "
                + Arrays.stream(values()).map(PeerKind::id).collect(Collectors.joining(" or ")) + ")");
    }
}
