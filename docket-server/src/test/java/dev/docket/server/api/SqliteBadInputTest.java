package dev.docket.server.api;

import dev.docket.server.support.TestServer;

/** Bad input on SQLite. */
class SqliteBadInputTest extends BadInputTest {
    @Override
    TestServer.Kind kind() {
        return TestServer.Kind.SQLITE;
    }
}
