package dev.docket.dashboard.browser;

import dev.docket.Docket;
import dev.docket.dashboard.support.Seed;
import dev.docket.schedule.JobSchedule;
import dev.docket.test.ManualClock;
import java.time.Duration;
import java.util.Map;

/**
 * A plausible shop's last hour, for the screenshots: jobs finished minute by minute (the clock
 * walks through the hour), a few failures, a backlog, running and scheduled jobs, a paused queue
 * and three schedules. No handler runs; outcomes are reported as an external worker would.
 */
final class DemoData {
    private static final String[] TYPES = {"shop.order.confirm", "mail.send", "image.thumbnail", "report.build"};
    private static final String[] QUEUES = {"default", "mail", "default", "reports"};
    private static final String STACK = "java.net.SocketTimeoutException: Read timed out\n"
            + "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)\n"
            + "\tat java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)\n"
            + "\tat shop.mail.SmtpClient.readReply(SmtpClient.java:212)\n"
            + "\tat shop.mail.SmtpClient.send(SmtpClient.java:88)\n"
            + "\tat shop.jobs.SendMail.run(SendMail.java:41)\n";

    private DemoData() {
    }

    /** The last hour of {@code docket}, whose clock is {@code clock} and an hour behind; ends with the clock an hour later. */
    static void history(Docket docket, ManualClock clock) {
        Seed seed = new Seed(docket);
        for (int minute = 0; minute < 60; minute++) {
            int n = 4 + (int) Math.round(5 + 4 * Math.sin(minute / 6.0) + (minute % 7 == 3 ? 6 : 0));
            for (int i = 0; i < n; i++) {
                int k = (minute + i) % TYPES.length;
                seed.succeeded(TYPES[k], "{\"order\":" + (10_000 + minute * 20 + i) + "}", QUEUES[k], "{\"ok\":true}");
            }
            if (minute % 9 == 4) {
                seed.dead("mail.send", "{\"to\":\"customer-" + minute + "@example.com\",\"template\":\"order-shipped\"}",
                        "mail", "java.net.SocketTimeoutException: Read timed out", STACK);
            }
            clock.advance(Duration.ofMinutes(1));
        }
    }

    /** What is going on now: a backlog, running and scheduled jobs, a paused queue, schedules. */
    static void present(Docket docket, ManualClock clock) {
        Seed seed = new Seed(docket);
        seed.retryable("image.thumbnail", "{\"image\":\"products/4711.jpg\",\"width\":320}", "default",
                "java.io.IOException: image store answered 503");
        for (int i = 0; i < 3; i++) {
            seed.running("report.build", "{\"report\":\"sales\",\"month\":\"2026-" + (9 + i) + "\"}", "reports",
                    docket.processId());
        }
        for (int i = 0; i < 14; i++) {
            seed.job("mail.send", "{\"to\":\"newsletter-" + i + "@example.com\",\"template\":\"weekly\"}",
                    o -> o.queue("mail"));
        }
        for (int i = 1; i <= 4; i++) {
            int hours = i * 3;
            seed.job("shop.order.remind", "{\"order\":" + (20_000 + i) + "}", o -> o.delay(Duration.ofHours(hours))
                    .meta("tenant", "acme"));
        }
        clock.advance(Duration.ofSeconds(42));
        docket.admin().pauseQueue("reports");
        docket.admin().putSchedule(JobSchedule.cron("nightly-sales-report", "0 2 * * *").zone("Europe/Berlin")
                .job("report.build", Map.of("report", "sales", "period", "day"), o -> o.queue("reports")).build());
        docket.admin().putSchedule(JobSchedule.every("cart-cleanup", Duration.ofMinutes(15))
                .job("shop.cart.cleanup", Map.of("olderThanHours", 48)).build());
        docket.admin().putSchedule(JobSchedule.cron("weekly-digest", "0 9 * * MON").zone("America/New_York")
                .job("mail.send", Map.of("template", "digest"), o -> o.queue("mail")).paused(true).build());
    }
}
