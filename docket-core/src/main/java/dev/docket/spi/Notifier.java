package dev.docket.spi;

/**
 * Cross-process notifications: a way to wake other processes at once instead of waiting for their
 * next poll. Delivery is best effort; every consumer also polls.
 */
public interface Notifier {
    /** Topic: jobs became available; the payload is the queue name. */
    String JOBS_AVAILABLE = "jobs";

    /** Topic: a queue was paused or resumed, or a running job was asked to stop; payload per event. */
    String CONTROL = "control";

    /** A notifier that reaches nobody. */
    Notifier NONE = new Notifier() {
        @Override
        public boolean supported() {
            return false;
        }

        @Override
        public void publish(String topic, String payload) {
        }

        @Override
        public AutoCloseable subscribe(Listener listener) {
            return () -> { };
        }
    };

    /** Whether notifications reach other processes. */
    boolean supported();

    /** Sends {@code payload} on {@code topic} to every subscriber, including this process's. */
    void publish(String topic, String payload);

    /** Starts delivering notifications to {@code listener} until the returned handle is closed. */
    AutoCloseable subscribe(Listener listener);

    /** Receives notifications, on the notifier's thread: keep it quick. */
    @FunctionalInterface
    interface Listener {
        void onNotification(String topic, String payload);
    }
}
