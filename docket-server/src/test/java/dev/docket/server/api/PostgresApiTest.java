package dev.docket.server.api;

import dev.docket.server.support.TestServer;

/** The API contract on PostgreSQL (a fresh schema). */
class PostgresApiTest extends ApiContractTest {
    @Override
    TestServer.Kind kind() {
        return TestServer.Kind.POSTGRES;
    }
}
