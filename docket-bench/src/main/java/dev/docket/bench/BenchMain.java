package dev.docket.bench;

/**
 * {@code docket bench}: Docket's own benchmark runner by default ({@link BenchCommand}); with
 * {@code --peer NAME}, the same drain run against a peer job system ({@link PeerDispatch}).
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        int status = PeerDispatch.wanted(args)
                ? PeerDispatch.run(args, System.err)
                : BenchCommand.run(args, System.out, System.err, System::getenv);
        System.exit(status);
    }
}
