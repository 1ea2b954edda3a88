package dev.docket.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A name whose DNS answer changes between calls. Each attempt resolves once, checks that answer
 * and connects only to it: a second, different answer is never used, and a refused answer is never
 * contacted.
 */
class DnsRebindingTest {

    /** Answers {@code first} on the first call and {@code later} on every call after. */
    private static final class RebindingResolver implements HostResolver {
        private final InetAddress first;
        private final InetAddress later;
        private final AtomicInteger calls = new AtomicInteger();

        RebindingResolver(InetAddress first, InetAddress later) {
            this.first = first;
            this.later = later;
        }

        @Override
        public List<InetAddress> resolve(String host) {
            return List.of(calls.getAndIncrement() == 0 ? first : later);
        }
    }

    @Test
    void aPublicAnswerThenLoopbackNeverReachesLoopback() throws Exception {
        try (CanaryListener canary = CanaryListener.onLoopback()) {
            InetAddress publicLooking = InetAddress.getByName("203.0.113.7");
            RebindingResolver resolver = new RebindingResolver(publicLooking, InetAddress.getLoopbackAddress());
            var handler = HttpJobs.handler(new HttpJobOptions().resolver(resolver));
            Map<String, Object> args = Map.of("url", "http://rebind.example.com:" + canary.port() + "/", "timeoutMs", 300);

            Throwable first = catchThrowable(() -> handler.handle(args, new TestContext()));
            assertThat(first).as("attempt 1 goes to the checked documentation address, which does not answer")
                    .isNotNull()
                    .isNotInstanceOf(RefusedDestinationException.class);
            assertThat(resolver.calls).as("one resolution per attempt").hasValue(1);

            assertThatThrownBy(() -> handler.handle(args, new TestContext()))
                    .as("attempt 2 sees the rebound answer and refuses it")
                    .isInstanceOf(RefusedDestinationException.class)
                    .hasMessageContaining("resolves to 127.0.0.1, a loopback address");
            assertThat(resolver.calls).hasValue(2);
            assertThat(canary.connections()).as("connections that reached loopback").isZero();
        }
    }

    @Test
    void theConnectionGoesToTheAddressThatWasCheckedNotToALaterAnswer() throws Exception {
        InetAddress checked = InetAddress.getByName("127.0.0.1");
        InetAddress other = InetAddress.getByName("127.0.0.2");
        try (TestServer server = new TestServer()) {
            CanaryListener otherListener = bind(other, server.port());
            try (otherListener) {
                server.answer("/hook", 200, "checked");
                RebindingResolver resolver = new RebindingResolver(checked, other);
                var handler = HttpJobs.handler(new HttpJobOptions().allowPrivateDestinations(true).resolver(resolver));
                Map<String, Object> result = handler.handle(
                        Map.of("url", "http://rebind.example.com:" + server.port() + "/hook"), new TestContext());
                assertThat(result).containsEntry("status", 200).containsEntry("body", "checked");
                assertThat(server.received()).hasSize(1);
                assertThat(server.received().get(0).header("Host")).isEqualTo("rebind.example.com:" + server.port());
                assertThat(resolver.calls).hasValue(1);
                assertThat(otherListener.connections()).isZero();
            }
        }
    }

    @Test
    void anAnswerMixingPublicAndPrivateAddressesIsRefusedWhole() throws Exception {
        try (CanaryListener canary = CanaryListener.onLoopback()) {
            HostResolver mixed = host -> List.of(InetAddress.getByName("203.0.113.7"), InetAddress.getLoopbackAddress());
            var handler = HttpJobs.handler(new HttpJobOptions().resolver(mixed));
            assertThatThrownBy(() -> handler.handle(
                    Map.of("url", "http://mixed.example.com:" + canary.port() + "/"), new TestContext()))
                    .isInstanceOf(RefusedDestinationException.class)
                    .hasMessageContaining("resolves to 127.0.0.1");
            assertThat(canary.connections()).isZero();
        }
    }

    private static CanaryListener bind(InetAddress address, int port) {
        try {
            return new CanaryListener(address, port);
        } catch (IOException e) {
            assumeTrue(false, "cannot listen on " + address.getHostAddress() + " here: " + e);
            throw new IllegalStateException(e);
        }
    }
}
