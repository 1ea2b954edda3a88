package dev.docket.spi;

import dev.docket.JobError;
import java.time.Duration;
import java.util.Objects;

/** How a running attempt ended. Applied only while the job is still running under that attempt. */
public sealed interface Outcome {
    /** The job and attempt this outcome is about. */
    LeaseRef lease();

    /**
     * The attempt succeeded: the job becomes {@code succeeded}.
     *
     * @param lease the attempt
     * @param resultJson the result as JSON text, or {@code null}
     */
    record Succeeded(LeaseRef lease, String resultJson) implements Outcome {
        public Succeeded {
            Objects.requireNonNull(lease, "lease");
        }
    }

    /**
     * The attempt failed: the error is kept and the job becomes {@code retryable} (due after
     * {@code retryIn}; {@code available} at once when that is zero) or, when {@code retryIn} is
     * {@code null}, {@code dead}.
     *
     * @param lease the attempt
     * @param error the error to keep (stores with their own clock may replace its time)
     * @param retryIn the wait before the next attempt, or {@code null} for no more attempts
     */
    record Failed(LeaseRef lease, JobError error, Duration retryIn) implements Outcome {
        public Failed {
            Objects.requireNonNull(lease, "lease");
            Objects.requireNonNull(error, "error");
        }

        /** Whether the job goes dead. */
        public boolean dead() {
            return retryIn == null;
        }
    }

    /**
     * The attempt stopped because the job was cancelled: the job becomes {@code cancelled}.
     *
     * @param lease the attempt
     * @param reason why, kept as the attempt's error
     */
    record Cancelled(LeaseRef lease, JobError reason) implements Outcome {
        public Cancelled {
            Objects.requireNonNull(lease, "lease");
        }
    }
}
