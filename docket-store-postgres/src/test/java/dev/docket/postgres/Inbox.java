package dev.docket.postgres;

import dev.docket.spi.Notifier;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the notifications of one subscription as {@code topic:payload} strings. */
final class Inbox implements Notifier.Listener, AutoCloseable {
    final List<String> received = new CopyOnWriteArrayList<>();
    private AutoCloseable subscription;

    /** A new inbox subscribed to {@code notifier} until closed. */
    static Inbox on(Notifier notifier) {
        Inbox inbox = new Inbox();
        inbox.subscription = notifier.subscribe(inbox);
        return inbox;
    }

    @Override
    public void onNotification(String topic, String payload) {
        received.add(topic + ":" + payload);
    }

    void awaitMessage(String message) {
        Await.until("notification " + message + " (got " + received + ")", Duration.ofSeconds(10),
                () -> received.contains(message));
    }

    long count(String message) {
        return received.stream().filter(message::equals).count();
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing a subscription failed", e);
        }
    }
}
