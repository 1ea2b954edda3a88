package dev.docket.example;

/** Arguments of the {@code mail.welcome} job. */
public record WelcomeEmail(String email) {
}
