package dev.docket.memory;

import dev.docket.JobError;
import dev.docket.spi.JobFilter;

/** Whether a job matches a {@link JobFilter}; search is a case-insensitive literal substring. */
final class JobMatcher {
    private JobMatcher() {
    }

    static boolean matches(MemJob j, JobFilter f) {
        return (f.states().isEmpty() || f.states().contains(j.state))
                && (f.queue() == null || f.queue().equals(j.queue))
                && (f.type() == null || f.type().equals(j.type))
                && (f.worker() == null || f.worker().equals(j.worker))
                && (f.search() == null || mentions(j, f.search()));
    }

    private static boolean mentions(MemJob j, String text) {
        if (containsIgnoringCase(j.argsJson, text)) {
            return true;
        }
        for (JobError e : j.errors) {
            if (e.message() != null && containsIgnoringCase(e.message(), text)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsIgnoringCase(String haystack, String needle) {
        int n = needle.length();
        for (int i = 0, last = haystack.length() - n; i <= last; i++) {
            if (haystack.regionMatches(true, i, needle, 0, n)) {
                return true;
            }
        }
        return false;
    }
}
