package dev.docket.bench.options;

/** A bad command line: the message names the problem; the bench exits with status 2. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
