package dev.docket.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The destination matrix: every host form a URL can carry, judged the way a delivery judges it
 * (URL parsing, then resolution and the address policy). IP literals never reach the resolver.
 */
class DestinationMatrixTest {
    private static final HostResolver NAMES = host -> switch (host) {
        case "localhost" -> List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
        case "public.test" -> List.of(address("93.184.216.34"));
        case "mixed.test" -> List.of(address("93.184.216.34"), address("10.0.0.5"));
        case "metadata.test" -> List.of(address("169.254.169.254"));
        case "mapped.test" -> List.of(Inet6Address.getByAddress(host,
                new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, 127, 0, 0, 1}, null));
        case "v6public.test" -> List.of(address("2606:4700:4700::1111"));
        case "v6ula.test" -> List.of(address("fd00::1"), address("2606:4700:4700::1111"));
        default -> throw new UnknownHostException(host);
    };

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1              | loopback
            127.255.255.254        | loopback
            0.0.0.0                | unspecified
            0.1.2.3                | unspecified
            10.0.0.1               | private
            10.255.255.255         | private
            172.16.0.0             | private
            172.31.255.255         | private
            192.168.0.1            | private
            192.168.255.255        | private
            100.64.0.0             | carrier-grade NAT
            100.127.255.255        | carrier-grade NAT
            169.254.0.1            | link-local
            169.254.169.254        | cloud metadata
            100.100.100.200        | cloud metadata
            192.0.0.170            | IETF special-purpose
            198.18.0.1             | benchmarking
            224.0.0.1              | multicast
            239.255.255.250        | multicast
            240.0.0.1              | reserved
            255.255.255.255        | broadcast
            [::1]                  | loopback
            [::]                   | unspecified
            [::ffff:127.0.0.1]     | loopback
            [::ffff:7f00:1]        | loopback
            [::ffff:169.254.169.254] | cloud metadata
            [::ffff:10.1.2.3]      | private
            [::7f00:1]             | IPv4-compatible
            [::127.0.0.1]          | IPv4-compatible
            [::8.8.8.8]            | IPv4-compatible
            [fc00::1]              | unique-local
            [fd12:3456:789a::1]    | unique-local
            [fd00:ec2::254]        | cloud metadata
            [fe80::1]              | link-local
            [febf:ffff::1]         | link-local
            [fec0::1]              | site-local
            [ff02::1]              | multicast
            [64:ff9b::7f00:1]      | NAT64 address embedding 127.0.0.1
            [64:ff9b::a9fe:a9fe]   | NAT64 address embedding 169.254.169.254
            [64:ff9b:1::1]         | local-use NAT64
            [2002:7f00:1::1]       | 6to4 address embedding 127.0.0.1
            [2002:c0a8:101::1]     | 6to4 address embedding 192.168.1.1
            [2001::1]              | Teredo
            [100::1]               | discard-only
            localhost              | loopback
            metadata.test          | cloud metadata
            mixed.test             | resolves to 10.0.0.5
            mapped.test            | IPv4-mapped IPv6 address embedding 127.0.0.1
            v6ula.test             | unique-local
            """)
    void refused(String host, String reason) {
        assertThatThrownBy(() -> check(host, false))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessageContaining(reason)
                .hasMessageContaining("--allow-private-http");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2130706433             | 127.0.0.1 as one decimal number
            0177.0.0.1             | octal
            0x7f.1                 | hexadecimal and shortened
            0x7f000001             | one hexadecimal number
            127.1                  | shortened
            127.000.0.1            | leading zeros
            017700000001           | one octal number
            127.0.0.1.             | trailing dot
            1.2.3.4.5              | five parts
            256.0.0.1              | out of range
            example.0x10           | numeric last label
            """)
    void nonCanonicalNumericHostsAreRefusedBeforeResolving(String host, String form) {
        AtomicInteger lookups = new AtomicInteger();
        HostResolver counting = h -> {
            lookups.incrementAndGet();
            return List.of(InetAddress.getByName(h));
        };
        assertThatThrownBy(() -> guard(counting, false).check(TargetUrl.parse("http://" + host + "/")))
                .as(form)
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessageContaining("non-canonical form");
        assertThatThrownBy(() -> guard(counting, true).check(TargetUrl.parse("http://" + host + "/")))
                .as("ambiguous forms stay refused when private destinations are allowed: " + form)
                .isInstanceOf(RefusedDestinationException.class);
        assertThat(lookups).hasValue(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            172.15.255.255         | 172.15.255.255
            172.32.0.0             | 172.32.0.0
            100.63.255.255         | 100.63.255.255
            100.128.0.0            | 100.128.0.0
            9.255.255.255          | 9.255.255.255
            11.0.0.0               | 11.0.0.0
            126.255.255.255        | 126.255.255.255
            128.0.0.0              | 128.0.0.0
            169.253.255.255        | 169.253.255.255
            169.255.0.0            | 169.255.0.0
            192.167.255.255        | 192.167.255.255
            192.169.0.0            | 192.169.0.0
            198.17.255.255         | 198.17.255.255
            198.20.0.0             | 198.20.0.0
            223.255.255.255        | 223.255.255.255
            8.8.8.8                | 8.8.8.8
            1.1.1.1                | 1.1.1.1
            [2001:4860:4860::8888] | 2001:4860:4860:0:0:0:0:8888
            [2606:4700:4700::1111] | 2606:4700:4700:0:0:0:0:1111
            [fbff:ffff::1]         | fbff:ffff:0:0:0:0:0:1
            [fe00::1]              | fe00:0:0:0:0:0:0:1
            [::ffff:8.8.8.8]       | 8.8.8.8
            [64:ff9b::808:808]     | 64:ff9b:0:0:0:0:808:808
            [2002:808:808::1]      | 2002:808:808:0:0:0:0:1
            public.test            | 93.184.216.34
            v6public.test          | 2606:4700:4700:0:0:0:0:1111
            """)
    void allowed(String host, String address) throws Exception {
        List<InetAddress> checked = check(host, false);
        assertThat(checked).extracting(InetAddress::getHostAddress).containsExactly(address);
    }

    @Test
    void everyRefusedAddressIsAllowedWhenPrivateDestinationsAre() throws Exception {
        for (String host : List.of("127.0.0.1", "[::1]", "169.254.169.254", "[fd00:ec2::254]", "localhost", "mixed.test")) {
            assertThat(check(host, true)).as(host).isNotEmpty();
        }
    }

    @Test
    void ipLiteralsNeverReachTheResolver() throws Exception {
        HostResolver failing = h -> {
            throw new AssertionError("resolver called for " + h);
        };
        assertThat(guard(failing, false).check(TargetUrl.parse("http://8.8.8.8/"))).hasSize(1);
        assertThat(guard(failing, false).check(TargetUrl.parse("http://[2606:4700:4700::1111]:8443/"))).hasSize(1);
    }

    @Test
    void unresolvableNamesAreRetryableFailures() {
        assertThatThrownBy(() -> check("nowhere.test", false))
                .isInstanceOf(HttpDeliveryException.class)
                .hasMessageContaining("cannot resolve host 'nowhere.test'");
    }

    @Test
    void policyJudgesMappedFormsTheJvmWouldOtherwiseCollapse() throws Exception {
        byte[] mappedMetadata = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, (byte) 169, (byte) 254, (byte) 169, (byte) 254};
        InetAddress v6 = Inet6Address.getByAddress(null, mappedMetadata, null);
        assertThat(v6).isInstanceOf(Inet6Address.class);
        assertThat(AddressPolicy.refusal(v6)).hasValueSatisfying(r -> assertThat(r).contains("cloud metadata"));
        assertThat(AddressPolicy.isAllowed(address("93.184.216.34"))).isTrue();
    }

    private static List<InetAddress> check(String host, boolean allowPrivate) throws HttpDeliveryException {
        return guard(NAMES, allowPrivate).check(TargetUrl.parse("http://" + host + "/hook"));
    }

    private static DestinationGuard guard(HostResolver resolver, boolean allowPrivate) {
        return new DestinationGuard(resolver, allowPrivate);
    }

    private static InetAddress address(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal.contains(":") ? "[" + literal + "]" : literal);
    }

}
