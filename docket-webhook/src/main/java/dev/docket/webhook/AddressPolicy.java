package dev.docket.webhook;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Which network addresses an {@code http} job may not reach: everything that is not a public
 * unicast address. This keeps job arguments, which anyone allowed to enqueue controls, from
 * reaching the machine itself, its private network or a cloud metadata service (server-side
 * request forgery).
 *
 * <p>Refused: loopback, unspecified, private (RFC 1918), carrier-grade NAT, link-local, cloud
 * metadata addresses, IETF special-purpose and benchmarking blocks, multicast, broadcast and
 * reserved IPv4; IPv6 loopback, unspecified, unique-local, link-local, site-local, multicast,
 * discard-only, local NAT64, Teredo and IPv4-compatible addresses. IPv6 addresses that embed an
 * IPv4 address (IPv4-mapped {@code ::ffff:a.b.c.d}, NAT64 {@code 64:ff9b::a.b.c.d}, 6to4
 * {@code 2002:AABB:CCDD::}) are judged by the IPv4 address they carry.
 */
public final class AddressPolicy {
    private static final List<AddressBlock> IPV4 = List.of(
            AddressBlock.of("169.254.169.254/32", "a cloud metadata address"),
            AddressBlock.of("100.100.100.200/32", "a cloud metadata address"),
            AddressBlock.of("0.0.0.0/8", "an unspecified (this-network) address"),
            AddressBlock.of("10.0.0.0/8", "a private address"),
            AddressBlock.of("100.64.0.0/10", "a carrier-grade NAT address"),
            AddressBlock.of("127.0.0.0/8", "a loopback address"),
            AddressBlock.of("169.254.0.0/16", "a link-local address"),
            AddressBlock.of("172.16.0.0/12", "a private address"),
            AddressBlock.of("192.0.0.0/24", "an IETF special-purpose address"),
            AddressBlock.of("192.168.0.0/16", "a private address"),
            AddressBlock.of("198.18.0.0/15", "a benchmarking address"),
            AddressBlock.of("255.255.255.255/32", "the broadcast address"),
            AddressBlock.of("224.0.0.0/4", "a multicast address"),
            AddressBlock.of("240.0.0.0/4", "a reserved address"));

    private static final List<AddressBlock> IPV6 = List.of(
            AddressBlock.of("::/128", "the unspecified address"),
            AddressBlock.of("::1/128", "a loopback address"),
            AddressBlock.of("fd00:ec2::254/128", "a cloud metadata address"),
            AddressBlock.of("64:ff9b:1::/48", "a local-use NAT64 address"),
            AddressBlock.of("100::/64", "a discard-only address"),
            AddressBlock.of("2001::/32", "a Teredo tunnelling address"),
            AddressBlock.of("fc00::/7", "a unique-local address"),
            AddressBlock.of("fe80::/10", "a link-local address"),
            AddressBlock.of("fec0::/10", "a site-local address"),
            AddressBlock.of("ff00::/8", "a multicast address"));

    private static final AddressBlock IPV4_MAPPED = AddressBlock.of("::ffff:0:0/96", "");
    private static final AddressBlock IPV4_COMPATIBLE = AddressBlock.of("::/96", "");
    private static final AddressBlock NAT64 = AddressBlock.of("64:ff9b::/96", "");
    private static final AddressBlock SIX_TO_FOUR = AddressBlock.of("2002::/16", "");

    private AddressPolicy() {
    }

    /**
     * Why {@code address} may not be reached, e.g. "a loopback address (127.0.0.0/8)", or empty
     * when it is a public address.
     */
    public static Optional<String> refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        return Optional.ofNullable(bytes.length == 4 ? ipv4(bytes) : ipv6(bytes));
    }

    /** Whether {@code address} may be reached. */
    public static boolean isAllowed(InetAddress address) {
        return refusal(address).isEmpty();
    }

    private static String ipv4(byte[] address) {
        for (AddressBlock block : IPV4) {
            if (block.contains(address)) {
                return block.describe();
            }
        }
        return null;
    }

    private static String ipv6(byte[] address) {
        for (AddressBlock block : IPV6) {
            if (block.contains(address)) {
                return block.describe();
            }
        }
        if (IPV4_MAPPED.contains(address)) {
            return embedded("an IPv4-mapped IPv6 address", address, 12);
        }
        if (IPV4_COMPATIBLE.contains(address)) {
            String inner = ipv4(slice(address, 12));
            return "an IPv4-compatible IPv6 address (::/96, deprecated" + (inner == null ? "" : "; it embeds " + inner) + ")";
        }
        if (NAT64.contains(address)) {
            return embedded("a NAT64 address", address, 12);
        }
        if (SIX_TO_FOUR.contains(address)) {
            return embedded("a 6to4 address", address, 2);
        }
        return null;
    }

    private static String embedded(String form, byte[] address, int offset) {
        byte[] v4 = slice(address, offset);
        String inner = ipv4(v4);
        if (inner == null) {
            return null;
        }
        return form + " embedding " + (v4[0] & 0xFF) + "." + (v4[1] & 0xFF) + "." + (v4[2] & 0xFF) + "."
                + (v4[3] & 0xFF) + ", " + inner;
    }

    private static byte[] slice(byte[] address, int offset) {
        byte[] v4 = new byte[4];
        System.arraycopy(address, offset, v4, 0, 4);
        return v4;
    }
}
