package dev.docket.bench;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The hook for {@code --peer jobrunr|db-scheduler}: the whole command line goes to
 * {@code dev.docket.bench.peers.PeerBench.run(String[])}, found at run time, so this build works
 * whether or not the peer benchmarks are part of it.
 */
final class PeerDispatch {
    static final String PEER_CLASS = "dev.docket.bench.peers.PeerBench";

    private PeerDispatch() {
    }

    /** Whether the command line asks for a peer benchmark. */
    static boolean wanted(String[] args) {
        for (String a : args) {
            if (a.equals("--peer") || a.startsWith("--peer=")) {
                return true;
            }
        }
        return false;
    }

    /** Runs the peer benchmark with {@code args}; returns its exit status. */
    static int run(String[] args, PrintStream err) {
        Method run;
        try {
            run = Class.forName(PEER_CLASS).getMethod("run", String[].class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            err.println("docket bench: peer benchmarks not available in this build");
            return 1;
        }
        try {
            return (Integer) run.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            err.println("docket bench: the peer benchmark failed: " + cause);
            return 1;
        } catch (IllegalAccessException | ClassCastException e) {
            err.println("docket bench: " + PEER_CLASS + ".run(String[]) cannot be called: " + e);
            return 1;
        }
    }
}
