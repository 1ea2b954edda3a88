package dev.docket.internal.worker;

import java.net.InetAddress;
import java.time.Instant;
import java.util.UUID;

/**
 * Who this process is: a fresh id per run (also the worker name on the jobs it holds), a readable
 * name, host and pid.
 *
 * @param id unique per run
 * @param name readable
 * @param host the host name
 * @param pid the process id
 * @param startedAt when this Docket was built
 * @param version Docket's version
 */
public record ProcessIdentity(String id, String name, String host, long pid, Instant startedAt, String version) {

    /** This process, named {@code name} or host:pid. */
    public static ProcessIdentity current(String name, Instant startedAt) {
        String host = hostName();
        long pid = ProcessHandle.current().pid();
        String id = host + ":" + pid + ":" + UUID.randomUUID().toString().substring(0, 8);
        String version = ProcessIdentity.class.getPackage().getImplementationVersion();
        return new ProcessIdentity(id, name != null ? name : host + ":" + pid, host, pid, startedAt,
                version != null ? version : "dev");
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "localhost";
        }
    }
}
