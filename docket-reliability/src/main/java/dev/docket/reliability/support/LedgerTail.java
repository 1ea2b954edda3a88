package dev.docket.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Counts one kind of line in ledger files that their processes still append to, reading only what
 * was added since the last look. A scenario that samples progress often uses it instead of counting
 * jobs in the store, which costs the database a scan of the job table each time (and that scan
 * grows with the table and competes with the workers being measured).
 */
public final class LedgerTail {
    private final Path dir;
    private final byte[] prefix;
    private final Map<Path, Long> offsets = new HashMap<>();
    private long count;

    private LedgerTail(Path dir, String kind) {
        this.dir = dir;
        this.prefix = (kind + " ").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Counts lines of {@code kind} ({@code O} for recorded outcomes, …) in every {@code *.ledger}
     * file of {@code dir}, including files that appear later (a restarted worker writes a ledger of
     * its own).
     */
    public static LedgerTail inDirectory(Path dir, String kind) {
        return new LedgerTail(dir, kind);
    }

    /** The whole lines of the kind written so far; a line still being written is counted next time. */
    public synchronized long count() {
        for (Path file : ledgers(dir)) {
            offsets.put(file, readFrom(file, offsets.getOrDefault(file, 0L)));
        }
        return count;
    }

    private static List<Path> ledgers(Path dir) {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(f -> f.getFileName().toString().endsWith(".ledger")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the ledgers in " + dir, e);
        }
    }

    /** Counts the whole lines after {@code offset}; returns the offset just past the last of them. */
    private long readFrom(Path file, long offset) {
        if (!Files.exists(file)) {
            return offset;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size <= offset) {
                return offset;
            }
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(size - offset, Integer.MAX_VALUE - 8));
            while (buf.hasRemaining() && ch.read(buf, offset + buf.position()) > 0) {
                // read until the buffer is full or the file ends
            }
            byte[] bytes = buf.array();
            int lineStart = 0;
            for (int p = 0; p < buf.position(); p++) {
                if (bytes[p] == '\n') {
                    if (startsWithPrefix(bytes, lineStart, p)) {
                        count++;
                    }
                    lineStart = p + 1;
                }
            }
            return offset + lineStart;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ledger " + file, e);
        }
    }

    private boolean startsWithPrefix(byte[] bytes, int from, int lineEnd) {
        if (lineEnd - from < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (bytes[from + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }
}
