package dev.docket.memory;

import dev.docket.spi.NewJob;
import java.util.List;

/** Refuses a batch with an impossible job before anything of it is stored. */
final class NewJobCheck {
    private NewJobCheck() {
    }

    /** @throws IllegalArgumentException naming the first bad job (by index and type) and its problem */
    static void check(List<NewJob> jobs) {
        for (int i = 0; i < jobs.size(); i++) {
            NewJob j = jobs.get(i);
            if (j.priority() < 0 || j.priority() >= AvailableIndex.PRIORITIES) {
                throw new IllegalArgumentException(where(i, j) + ": priority must be 0-9, was " + j.priority());
            }
            if (j.maxAttempts() < 1) {
                throw new IllegalArgumentException(where(i, j) + ": maxAttempts must be at least 1, was "
                        + j.maxAttempts());
            }
        }
    }

    private static String where(int index, NewJob job) {
        return "job " + index + " of the batch (type '" + job.type() + "')";
    }
}
