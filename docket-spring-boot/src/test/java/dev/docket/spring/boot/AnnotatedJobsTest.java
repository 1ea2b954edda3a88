package dev.docket.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Docket;
import dev.docket.JobState;
import dev.docket.admin.ScheduleView;
import dev.docket.schedule.Overlap;
import dev.docket.spring.DocketJob;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** {@code @DocketJob} methods, {@code @Recurring} schedules, handler beans and JobType beans. */
class AnnotatedJobsTest {

    @Test
    void annotatedMethodsRunWithTheirOptionsAndReturnTheirResult() {
        Fixtures.runner().withPropertyValues("docket.queues.greetings=2").withUserConfiguration(Fixtures.GreeterConfig.class)
                .run(context -> {
                    Docket docket = context.getBean(Docket.class);
                    String id = docket.enqueue(new Fixtures.Greeting("Ada")).id();
                    Await.until("the job succeeded", () -> docket.admin().job(id).orElseThrow().state() == JobState.SUCCEEDED);
                    var job = docket.admin().job(id).orElseThrow();
                    assertThat(job.queue()).isEqualTo("greetings");
                    assertThat(job.maxAttempts()).isEqualTo(2);
                    assertThat(job.resultJson()).isEqualTo("\"hello Ada\"");
                    assertThat(context.getBean(Fixtures.Greeter.class).greeted).containsExactly("Ada@1");
                });
    }

    @Test
    void recurringMethodsDeclareTheirSchedule() {
        Fixtures.runner().withUserConfiguration(Fixtures.GreeterConfig.class).run(context -> {
            ScheduleView tidy = context.getBean(Docket.class).admin().schedule("nightly-tidy").orElseThrow();
            assertThat(tidy.schedule().jobType()).isEqualTo("test.tidy");
            assertThat(tidy.schedule().cron().toString()).isEqualTo("0 3 * * *");
            assertThat(tidy.schedule().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(tidy.schedule().overlap()).isEqualTo(Overlap.SKIP);
        });
    }

    @Test
    void handlerBeansAndTheirClassLevelSchedulesWork() {
        Fixtures.ReportHandler handler = new Fixtures.ReportHandler();
        Fixtures.runner().withBean(Fixtures.ReportHandler.class, () -> handler).run(context -> {
            Docket docket = context.getBean(Docket.class);
            assertThat(docket.admin().schedule("yearly-report").orElseThrow().schedule().jobType()).isEqualTo("test.report");
            docket.enqueue(new Fixtures.Report(2031));
            Await.until("the report ran", () -> handler.years.contains(2031));
        });
    }

    @Test
    void jobTypeBeansCanBeEnqueuedByClassWithoutAHandler() {
        Fixtures.runner().withBean("reportType", dev.docket.JobType.class, () -> Fixtures.Report.TYPE).run(context -> {
            Docket docket = context.getBean(Docket.class);
            String id = docket.enqueue(new Fixtures.Report(2030)).id();
            assertThat(docket.admin().job(id).orElseThrow().type()).isEqualTo("test.report");
        });
    }

    static class TwoArgs {
        @DocketJob("test.bad")
        void bad(Fixtures.Greeting a, Fixtures.Report b) {
        }
    }

    @Test
    void aMethodWithTwoArgumentParametersFailsTheStartNamingIt() {
        Fixtures.runner().withBean(TwoArgs.class).run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("TwoArgs.bad")
                        .hasMessageContaining("more than one argument parameter"));
    }

    static class Duplicate {
        @DocketJob("test.greet")
        void again(Fixtures.Greeting args) {
        }
    }

    @Test
    void aTypeWithTwoHandlersFailsNamingBoth() {
        Fixtures.runner().withUserConfiguration(Fixtures.GreeterConfig.class).withBean(Duplicate.class).run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("job type 'test.greet' has two handlers")
                        .hasMessageContaining("greeter").hasMessageContaining("again"));
    }

    static class BadSchedule {
        @DocketJob("test.sched")
        @dev.docket.spring.Recurring(name = "broken", cron = "61 * * * *")
        void run() {
        }
    }

    @Test
    void aBadCronFailsNamingTheSchedule() {
        Fixtures.runner().withBean(BadSchedule.class).run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("@Recurring(name = \"broken\")"));
    }
}
