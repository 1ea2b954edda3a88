package dev.docket.tck;

import dev.docket.spi.Notifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A notification listener that remembers what it received, for the notifier cases. */
public final class NotificationRecorder implements Notifier.Listener {
    /** One received notification. */
    public record Received(String topic, String payload) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();

    @Override
    public void onNotification(String topic, String payload) {
        received.add(new Received(topic, payload));
    }

    /** Everything received so far, in order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Whether {@code payload} arrived on {@code topic}. */
    public boolean has(String topic, String payload) {
        return received.contains(new Received(topic, payload));
    }

    /** Waits until {@code payload} arrives on {@code topic}. */
    public void await(String topic, String payload) {
        try {
            Await.until("'" + payload + "' arrives on topic '" + topic + "'", () -> has(topic, payload));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; received: " + received, e);
        }
    }
}
