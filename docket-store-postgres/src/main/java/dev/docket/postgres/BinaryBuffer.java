package dev.docket.postgres;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer writing big-endian integers and the length-prefixed fields of
 * PostgreSQL's binary copy format (a field is its length as an int32, -1 for NULL, then its bytes).
 */
class BinaryBuffer {
    private static final byte JSONB_VERSION = 1;

    private byte[] buf;
    private int size;

    BinaryBuffer(int capacity) {
        this.buf = new byte[Math.max(64, capacity)];
    }

    final byte[] bytes() {
        return buf;
    }

    final int size() {
        return size;
    }

    final void int16(int v) {
        ensure(2);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
    }

    final void int32(int v) {
        ensure(4);
        buf[size++] = (byte) (v >>> 24);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
    }

    final void int64(long v) {
        int32((int) (v >>> 32));
        int32((int) v);
    }

    final void bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    /** A field holding {@code b}. */
    final void field(byte[] b) {
        int32(b.length);
        bytes(b);
    }

    /** A text field, or NULL. */
    final void textField(String s) {
        if (s == null) {
            int32(-1);
        } else {
            field(utf8(s));
        }
    }

    /** A jsonb field: the format version, then the JSON text. */
    final void jsonbField(String json) {
        byte[] b = utf8(json);
        int32(b.length + 1);
        ensure(1);
        buf[size++] = JSONB_VERSION;
        bytes(b);
    }

    /** An int8 field. */
    final void int8Field(long v) {
        int32(8);
        int64(v);
    }

    /** An int8 field, or NULL. */
    final void nullableInt8Field(Long v) {
        if (v == null) {
            int32(-1);
        } else {
            int8Field(v);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
