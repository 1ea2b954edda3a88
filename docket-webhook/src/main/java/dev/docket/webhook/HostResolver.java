package dev.docket.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. The {@code http} job type calls it once per attempt and then
 * checks and connects to only the addresses it returned, so the answer that was checked is the
 * answer that is used. Tests and deployments with their own name service pass their own.
 *
 * <p>It is called only for host names: IP literals in a URL are parsed without it.
 */
@FunctionalInterface
public interface HostResolver {
    /**
     * The addresses of {@code host}, in the order to try them.
     *
     * @throws UnknownHostException when the name does not resolve
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The JVM's resolver, {@link InetAddress#getAllByName(String)}. */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
