package dev.docket.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * One CIDR block with a reason to refuse it, e.g. {@code 10.0.0.0/8}, "private". Blocks are written
 * as literals in {@link AddressPolicy}; parsing a literal never touches DNS.
 */
final class AddressBlock {
    private final byte[] prefix;
    private final int bits;
    private final String cidr;
    private final String kind;

    private AddressBlock(byte[] prefix, int bits, String cidr, String kind) {
        this.prefix = prefix;
        this.bits = bits;
        this.cidr = cidr;
        this.kind = kind;
    }

    /** The block {@code cidr} ("address/bits"), described as {@code kind}. */
    static AddressBlock of(String cidr, String kind) {
        int slash = cidr.indexOf('/');
        String literal = cidr.substring(0, slash);
        byte[] prefix;
        try {
            prefix = InetAddress.getByName(literal.contains(":") ? "[" + literal + "]" : literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bad address block " + cidr, e);
        }
        if (literal.contains(":") && prefix.length == 4) {
            prefix = mapped(prefix);
        }
        int bits = Integer.parseInt(cidr.substring(slash + 1));
        return new AddressBlock(prefix, bits, cidr, kind);
    }

    /** The JVM reads {@code ::ffff:a.b.c.d} as IPv4; this is its 16-byte IPv6 form again. */
    private static byte[] mapped(byte[] v4) {
        byte[] v6 = new byte[16];
        v6[10] = (byte) 0xFF;
        v6[11] = (byte) 0xFF;
        System.arraycopy(v4, 0, v6, 12, 4);
        return v6;
    }

    /** Whether {@code address} (4 or 16 bytes) lies in this block. */
    boolean contains(byte[] address) {
        if (address.length != prefix.length) {
            return false;
        }
        int whole = bits / 8;
        for (int i = 0; i < whole; i++) {
            if (address[i] != prefix[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (address[whole] & mask) == (prefix[whole] & mask);
    }

    /** "a loopback address (127.0.0.0/8)". */
    String describe() {
        return kind + " (" + cidr + ")";
    }
}
