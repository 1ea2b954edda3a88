package dev.docket.spi;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A notifier that reaches the subscribers of one store instance only, for stores without
 * cross-process notifications (in-memory, SQLite). Delivery is synchronous on the publisher's thread.
 */
public final class LocalNotifier implements Notifier {
    private static final Logger log = LoggerFactory.getLogger(LocalNotifier.class);

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public boolean supported() {
        return false;
    }

    @Override
    public void publish(String topic, String payload) {
        for (Listener l : listeners) {
            try {
                l.onNotification(topic, payload);
            } catch (RuntimeException e) {
                log.warn("notification listener failed on {} {}", topic, payload, e);
            }
        }
    }

    @Override
    public AutoCloseable subscribe(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
