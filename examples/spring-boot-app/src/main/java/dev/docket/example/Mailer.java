package dev.docket.example;

import dev.docket.JobContext;
import dev.docket.spring.DocketJob;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends the welcome email over SMTP. */
@Component
public class Mailer {
    private final JavaMailSender sender;

    public Mailer(JavaMailSender sender) {
        this.sender = sender;
    }

    @DocketJob(value = "mail.welcome", queue = "mail", maxAttempts = 5, timeout = "1m")
    public void sendWelcome(WelcomeEmail args, JobContext context) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("hello@example.com");
        message.setTo(args.email());
        message.setSubject("Welcome!");
        message.setText("Hello " + args.email() + ", welcome aboard. (attempt " + context.attempt() + ")");
        sender.send(message);
    }
}
