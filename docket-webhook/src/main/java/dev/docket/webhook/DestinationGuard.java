package dev.docket.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Decides, at delivery time, which addresses a request may connect to. A host name is resolved
 * exactly once per attempt and every address in the answer is checked: if any is refused the
 * whole destination is refused (a name that mixes public and private answers is a rebinding
 * attempt or a misconfiguration). The caller must connect only to the addresses returned here,
 * never resolve the name again.
 */
final class DestinationGuard {
    static final String HOW_TO_ALLOW = "http jobs may not reach non-public addresses unless private destinations"
            + " are allowed (server flag --allow-private-http)";

    private final HostResolver resolver;
    private final boolean allowPrivate;

    DestinationGuard(HostResolver resolver, boolean allowPrivate) {
        this.resolver = resolver;
        this.allowPrivate = allowPrivate;
    }

    /**
     * The checked addresses of {@code url}'s host, in the order to try them.
     *
     * @throws RefusedDestinationException when the host is or resolves to a refused address
     * @throws HttpDeliveryException when the name does not resolve (perhaps only for now)
     */
    List<InetAddress> check(TargetUrl url) throws HttpDeliveryException {
        if (url.literal() != null) {
            refuseIfNeeded(url, url.literal());
            return List.of(url.literal());
        }
        List<InetAddress> answer;
        try {
            answer = resolver.resolve(url.host());
        } catch (UnknownHostException e) {
            throw new HttpDeliveryException("cannot resolve host '" + url.host() + "': " + e.getMessage(), e);
        }
        if (answer == null || answer.isEmpty()) {
            throw new HttpDeliveryException("host '" + url.host() + "' resolved to no addresses", null);
        }
        List<InetAddress> addresses = new ArrayList<>(new LinkedHashSet<>(answer));
        for (InetAddress address : addresses) {
            refuseIfNeeded(url, address);
        }
        return List.copyOf(addresses);
    }

    private void refuseIfNeeded(TargetUrl url, InetAddress address) {
        if (allowPrivate) {
            return;
        }
        Optional<String> refusal = AddressPolicy.refusal(address);
        if (refusal.isPresent()) {
            String where = url.literal() != null
                    ? "destination " + address.getHostAddress() + " is "
                    : "destination host '" + url.host() + "' resolves to " + address.getHostAddress() + ", ";
            throw new RefusedDestinationException("refused " + where + refusal.get() + "; " + HOW_TO_ALLOW);
        }
    }
}
