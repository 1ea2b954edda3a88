package dev.docket.webhook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A response stream read as bounded lines (status, headers, chunk sizes) and raw bytes (bodies). */
final class HttpInput {
    private final InputStream in;

    HttpInput(InputStream in) {
        this.in = new BufferedInputStream(in, 8192);
    }

    /**
     * One line without its CRLF (a bare LF is accepted too), read as ISO-8859-1.
     *
     * @return the line, or null when the stream ended before any byte of it
     * @throws MalformedResponseException when the line is longer than {@code max} bytes or the
     *     stream ends inside it
     */
    String readLine(int max, String what) throws IOException {
        byte[] buf = new byte[Math.min(max, 256)];
        int n = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (n == 0) {
                    return null;
                }
                throw new MalformedResponseException("the connection closed in the middle of the " + what);
            }
            if (b == '\n') {
                int end = n > 0 && buf[n - 1] == '\r' ? n - 1 : n;
                return new String(buf, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (n == max) {
                throw new MalformedResponseException("the " + what + " is longer than " + max + " bytes");
            }
            if (n == buf.length) {
                byte[] bigger = new byte[Math.min(max, buf.length * 2)];
                System.arraycopy(buf, 0, bigger, 0, n);
                buf = bigger;
            }
            buf[n++] = (byte) b;
        }
    }

    /** Up to {@code len} bytes; -1 at the end of the stream. */
    int read(byte[] into, int off, int len) throws IOException {
        return in.read(into, off, len);
    }
}
