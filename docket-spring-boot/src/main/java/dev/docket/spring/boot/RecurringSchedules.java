package dev.docket.spring.boot;

import dev.docket.RawJson;
import dev.docket.schedule.JobSchedule;
import dev.docket.spring.Recurring;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.annotation.AnnotatedElementUtils;

/** Turns {@link Recurring} annotations into {@link JobSchedule}s, failing with the place and the problem. */
final class RecurringSchedules {
    private RecurringSchedules() {
    }

    /** The schedules declared on {@code element} for jobs of {@code type}. */
    static List<JobSchedule> of(AnnotatedElement element, String type, String where) {
        return AnnotatedElementUtils.findMergedRepeatableAnnotations(element, Recurring.class).stream()
                .map(r -> schedule(r, type, where)).toList();
    }

    private static JobSchedule schedule(Recurring r, String type, String where) {
        String context = "@Recurring(name = \"" + r.name() + "\") on " + where;
        boolean cron = !r.cron().isBlank();
        boolean every = !r.every().isBlank();
        if (cron == every) {
            throw new IllegalStateException(context + " needs exactly one of cron and every");
        }
        try {
            JobSchedule.Builder b = cron ? JobSchedule.cron(r.name(), r.cron())
                    : JobSchedule.every(r.name(), DurationStyle.detectAndParse(r.every()));
            return b.zone(r.zone()).job(type, new RawJson(r.args())).overlap(r.overlap()).catchUp(r.catchUp()).build();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(context + ": " + e.getMessage(), e);
        }
    }
}
