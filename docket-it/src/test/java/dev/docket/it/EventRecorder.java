package dev.docket.it;

import dev.docket.DocketListener;
import dev.docket.JobEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every job event, for assertions. */
public final class EventRecorder implements DocketListener {
    private final List<JobEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(JobEvent event) {
        events.add(event);
    }

    public List<JobEvent> all() {
        return List.copyOf(events);
    }

    public long count(JobEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).count();
    }

    public long count(JobEvent.Kind kind, String jobId) {
        return events.stream().filter(e -> e.kind() == kind && e.jobId().equals(jobId)).count();
    }
}
