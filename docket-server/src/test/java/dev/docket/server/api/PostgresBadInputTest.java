package dev.docket.server.api;

import dev.docket.server.support.TestServer;

/** Bad input on PostgreSQL. */
class PostgresBadInputTest extends BadInputTest {
    @Override
    TestServer.Kind kind() {
        return TestServer.Kind.POSTGRES;
    }
}
