package dev.docket.server.api;

import dev.docket.server.support.TestServer;

/** The API contract on SQLite. */
class SqliteApiTest extends ApiContractTest {
    @Override
    TestServer.Kind kind() {
        return TestServer.Kind.SQLITE;
    }
}
