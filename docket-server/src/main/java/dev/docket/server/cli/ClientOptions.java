package dev.docket.server.cli;

import picocli.CommandLine.Option;

/** Options every client command takes: where the server is, its token, and {@code --json}. */
final class ClientOptions {
    @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:DOCKET_URL:-http://127.0.0.1:7070}",
            description = "The server's base URL (default: ${DEFAULT-VALUE}; env DOCKET_URL).")
    String url;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:DOCKET_TOKEN}",
            description = "The server's API token (env DOCKET_TOKEN).")
    String token;

    @Option(names = "--json", description = "Print the API's JSON instead of a table.")
    boolean json;

    ApiClient client() {
        return new ApiClient(url, token, json);
    }
}
