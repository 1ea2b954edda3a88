package dev.docket.postgres;

import dev.docket.spi.Notifier;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects notifications as {@code topic:payload} strings. */
final class Inbox implements Notifier.Listener {
    final List<String> received = new CopyOnWriteArrayList<>();

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
}
