package dev.docket.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The server's API token. Presented tokens are compared in constant time: both sides are hashed
 * with SHA-256 and the digests compared with {@link MessageDigest#isEqual}, so neither the content
 * nor the length of the real token leaks through response times.
 */
public final class BearerToken {
    private static final String SCHEME = "Bearer ";

    private final byte[] expected;

    private BearerToken(String token) {
        this.expected = digest(token);
    }

    /**
     * A token: 1 to 1024 printable ASCII characters without spaces.
     *
     * @throws IllegalArgumentException saying what is wrong with it (never echoing it)
     */
    public static BearerToken of(String token) {
        if (token == null || token.isEmpty()) {
            throw new IllegalArgumentException("the token is empty");
        }
        if (token.length() > 1024) {
            throw new IllegalArgumentException("the token is longer than 1024 characters");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= ' ' || c > '~') {
                throw new IllegalArgumentException("the token may contain only printable ASCII characters without spaces");
            }
        }
        return new BearerToken(token);
    }

    /** Whether an {@code Authorization} header value carries this token. */
    public boolean matches(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        return matchesSecret(authorization.substring(SCHEME.length()).trim());
    }

    /** Whether {@code secret} is this token (as typed into a sign-in form); constant time. */
    public boolean matchesSecret(String secret) {
        if (secret == null) {
            return false;
        }
        return MessageDigest.isEqual(expected, digest(secret));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "BearerToken[***]";
    }
}
