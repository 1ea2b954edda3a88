package dev.docket.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Reads a response body framed by {@code Content-Length}, by chunked transfer coding, or by the
 * end of the connection. At most {@code maxRead} body bytes are read and the first {@code kept}
 * are kept. A body that breaks off (a reset, a bad chunk, the deadline) ends the read without
 * failing it: by then the status has been received and decides the outcome.
 */
final class BodyReader {
    private static final int MAX_LINE = 8192;
    private static final int MAX_TRAILERS = 100;

    /** How the body's end is found. */
    enum Framing { LENGTH, CHUNKED, UNTIL_CLOSE }

    /** The kept bytes, and whether anything was left out. */
    record Body(byte[] bytes, boolean truncated) {
    }

    private final HttpInput in;
    private final long maxRead;
    private final int kept;
    private final ByteArrayOutputStream keptBytes = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[8192];
    private long total;
    private boolean truncated;

    BodyReader(HttpInput in, long maxRead, int kept) {
        this.in = in;
        this.maxRead = maxRead;
        this.kept = kept;
    }

    /** Reads the body; {@code length} is used for {@link Framing#LENGTH} only. */
    Body read(Framing framing, long length) {
        try {
            switch (framing) {
                case LENGTH -> {
                    if (!copy(length)) {
                        truncated = true;
                    }
                }
                case CHUNKED -> readChunks();
                case UNTIL_CLOSE -> copy(Long.MAX_VALUE);
                default -> throw new IllegalStateException("unknown framing " + framing);
            }
        } catch (IOException e) {
            truncated = true;
        }
        return new Body(keptBytes.toByteArray(), truncated);
    }

    private void readChunks() throws IOException {
        while (true) {
            String line = in.readLine(MAX_LINE, "chunk size line");
            if (line == null) {
                throw new MalformedResponseException("the connection closed before the last chunk");
            }
            long size = chunkSize(line);
            if (size == 0) {
                skipTrailers();
                return;
            }
            if (!copy(size)) {
                truncated = true;
                return;
            }
            String end = in.readLine(MAX_LINE, "chunk end");
            if (end == null || !end.isEmpty()) {
                throw new MalformedResponseException("a chunk is not followed by CRLF");
            }
        }
    }

    private static long chunkSize(String line) throws MalformedResponseException {
        int semicolon = line.indexOf(';');
        String hex = (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
        if (hex.isEmpty() || hex.length() > 15 || !hex.matches("[0-9a-fA-F]+")) {
            throw new MalformedResponseException("invalid chunk size '" + line + "'");
        }
        return Long.parseLong(hex, 16);
    }

    private void skipTrailers() throws IOException {
        for (int i = 0; i <= MAX_TRAILERS; i++) {
            String line = in.readLine(MAX_LINE, "trailer");
            if (line == null || line.isEmpty()) {
                return;
            }
        }
        throw new MalformedResponseException("more than " + MAX_TRAILERS + " trailer fields");
    }

    /**
     * Reads {@code n} bytes (or to the end of the stream), keeping the first ones.
     *
     * @return false when the stream ended first or the read limit stopped it
     */
    private boolean copy(long n) throws IOException {
        long left = n;
        while (left > 0) {
            if (total >= maxRead) {
                truncated = true;
                return false;
            }
            int want = (int) Math.min(buffer.length, Math.min(left, maxRead - total));
            int read = in.read(buffer, 0, want);
            if (read < 0) {
                return false;
            }
            total += read;
            left -= read;
            int keep = (int) Math.min(read, kept - (long) keptBytes.size());
            if (keep > 0) {
                keptBytes.write(buffer, 0, keep);
            }
            if (read > Math.max(keep, 0)) {
                truncated = true;
            }
        }
        return true;
    }
}
