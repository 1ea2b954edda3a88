package dev.docket.server.api;

import dev.docket.server.support.TestServer;

/** The schedule routes on SQLite. */
class SqliteScheduleApiTest extends ScheduleApiTest {
    @Override
    TestServer.Kind kind() {
        return TestServer.Kind.SQLITE;
    }
}
