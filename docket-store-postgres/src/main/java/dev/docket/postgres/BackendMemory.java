package dev.docket.postgres;

/**
 * The statement each pooled connection opens with, so that its server process keeps the memory its
 * statements free instead of giving it back to the operating system after each one.
 *
 * <p>A PostgreSQL backend allocates with the C library's {@code malloc}. With glibc, which most Linux
 * servers run, memory freed at the top of the heap is handed back to the kernel once more than the
 * trim threshold (128 KiB to begin with) lies free there. A {@code COPY} of 1,000 jobs allocates
 * about 2 MiB and frees it at its end, so the next statement takes the same pages from the kernel
 * again: about 100 page faults per {@code COPY} (measured in {@code docs/performance.md}).
 *
 * <p>glibc raises its thresholds by itself when a block it mapped on its own is freed: blocks of that
 * size come from the heap from then on, and the heap is trimmed only past twice that size. One
 * allocation of {@value #BYTES} bytes at the start of the session does that once, so the backend keeps
 * up to 8 MiB of freed memory for its next statement. Another allocator ignores it; the statement
 * itself costs one allocation per connection. {@code keepBackendMemory=false} in the store URL leaves
 * it out; a server run with {@code MALLOC_TRIM_THRESHOLD_} set does not need it.
 */
final class BackendMemory {
    /** The allocation's size: above glibc's first mapping threshold, under the 32 MiB it raises to at most. */
    static final int BYTES = 4 << 20;

    /** Allocates {@link #BYTES} bytes in the backend and frees them when the statement ends. */
    static final String KEEP = "SELECT length(repeat('x', " + BYTES + "))";

    private BackendMemory() {
    }
}
