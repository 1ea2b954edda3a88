package dev.docket.dashboard.support;

import dev.docket.Job;
import dev.docket.admin.DocketAdmin;
import dev.docket.admin.JobQuery;
import dev.docket.admin.QueueView;
import dev.docket.admin.ScheduleView;

/** Everything an action could change, as text, to compare before and after. */
public final class State {
    private State() {
    }

    public static String of(DocketAdmin admin) {
        StringBuilder sb = new StringBuilder();
        for (Job j : admin.jobs(JobQuery.all().withLimit(JobQuery.MAX_LIMIT)).jobs()) {
            sb.append("job ").append(j.id()).append(' ').append(j.state()).append(' ').append(j.attempt())
                    .append(' ').append(j.scheduledAt()).append(' ').append(j.lease() == null ? "" : j.lease().cancelRequested())
                    .append('\n');
        }
        for (QueueView q : admin.queues()) {
            sb.append("queue ").append(q.name()).append(' ').append(q.paused()).append('\n');
        }
        for (ScheduleView s : admin.schedules()) {
            sb.append("schedule ").append(s.name()).append(' ').append(s.paused()).append(' ').append(s.lastRun())
                    .append(' ').append(s.lastJobId()).append('\n');
        }
        return sb.toString();
    }
}
