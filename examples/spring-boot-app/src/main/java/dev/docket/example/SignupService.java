package dev.docket.example;

import dev.docket.Docket;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers users. The user row and the welcome email job are written in one transaction: the
 * email is sent only if the user exists, and a failed signup sends nothing.
 */
@Service
public class SignupService {
    private final JdbcClient jdbc;
    private final Docket docket;

    public SignupService(JdbcClient jdbc, Docket docket) {
        this.jdbc = jdbc;
        this.docket = docket;
    }

    /** Stores the user and enqueues the welcome email; returns the job id. */
    @Transactional
    public String register(String email) {
        jdbc.sql("INSERT INTO app_users (email) VALUES (?)").param(email).update();
        return docket.enqueue(new WelcomeEmail(email)).id();
    }

    /** Like {@link #register}, then fails: the transaction rolls back, user row and job alike. */
    @Transactional
    public String registerThenFail(String email) {
        register(email);
        throw new IllegalStateException("signup of " + email + " failed after the enqueue");
    }
}
