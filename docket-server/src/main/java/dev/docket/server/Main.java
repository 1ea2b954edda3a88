package dev.docket.server;

import dev.docket.server.cli.DocketCli;

/** The entry point of the server jar: {@code java -jar docket.jar COMMAND …} (what {@code bin/docket} runs). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(DocketCli.run(args));
    }
}
