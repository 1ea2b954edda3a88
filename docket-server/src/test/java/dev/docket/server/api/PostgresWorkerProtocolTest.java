package dev.docket.server.api;

import dev.docket.server.support.TestServer;

/** The external-worker protocol on PostgreSQL. */
class PostgresWorkerProtocolTest extends WorkerProtocolTest {
    @Override
    TestServer.Kind kind() {
        return TestServer.Kind.POSTGRES;
    }
}
