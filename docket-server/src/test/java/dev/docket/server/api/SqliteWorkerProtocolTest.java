package dev.docket.server.api;

import dev.docket.server.support.TestServer;

/** The external-worker protocol on SQLite. */
class SqliteWorkerProtocolTest extends WorkerProtocolTest {
    @Override
    TestServer.Kind kind() {
        return TestServer.Kind.SQLITE;
    }
}
