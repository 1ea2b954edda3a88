package dev.docket.server.api;

import dev.docket.server.support.TestServer;

/** The schedule routes on PostgreSQL. */
class PostgresScheduleApiTest extends ScheduleApiTest {
    @Override
    TestServer.Kind kind() {
        return TestServer.Kind.POSTGRES;
    }
}
