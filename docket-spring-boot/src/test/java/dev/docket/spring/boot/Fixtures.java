package dev.docket.spring.boot;

import dev.docket.JobContext;
import dev.docket.JobType;
import dev.docket.schedule.Overlap;
import dev.docket.spring.DocketJob;
import dev.docket.spring.DocketJobHandler;
import dev.docket.spring.Recurring;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.sqlite.SQLiteDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Contexts, data sources and job beans the auto-configuration tests share. */
final class Fixtures {
    private Fixtures() {
    }

    /** A runner with Docket's auto-configurations and a SQLite store in a fresh temp directory. */
    static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DocketAutoConfiguration.class, DocketObservationAutoConfiguration.class,
                        DocketMetricsAutoConfiguration.class, DocketHealthAutoConfiguration.class))
                .withPropertyValues("docket.store.url=sqlite:" + tempDir().resolve("docket.db"),
                        "docket.poll-interval=50ms");
    }

    /** {@link #runner()} with the application DataSource {@code app} and no store URL. */
    static ApplicationContextRunner runner(DataSource app) {
        return runner().withBean(DataSource.class, () -> app).withPropertyValues("docket.store.url=");
    }

    static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("docket-spring-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DataSource sqliteDataSource() {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + tempDir().resolve("app.db"));
        return ds;
    }

    static DataSource h2DataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:app" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** The arguments of the test jobs. */
    record Greeting(String name) {
    }

    /** A report request, handled by a {@link DocketJobHandler} bean. */
    record Report(int year) {
        static final JobType<Report> TYPE = JobType.of("test.report", Report.class);
    }

    /** Handler beans with annotated methods. */
    static class Greeter {
        final List<String> greeted = new CopyOnWriteArrayList<>();

        @DocketJob(value = "test.greet", queue = "greetings", maxAttempts = 2)
        String greet(Greeting args, JobContext context) {
            greeted.add(args.name() + "@" + context.attempt());
            return "hello " + args.name();
        }

        @DocketJob("test.tidy")
        @Recurring(name = "nightly-tidy", cron = "0 3 * * *", zone = "Europe/Berlin", overlap = Overlap.SKIP)
        void tidy() {
            greeted.add("tidy");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class GreeterConfig {
        @Bean
        Greeter greeter() {
            return new Greeter();
        }
    }

    /** A class-level handler with a class-level schedule. */
    @Recurring(name = "yearly-report", every = "365d", args = "{\"year\":2030}")
    static class ReportHandler implements DocketJobHandler<Report> {
        final List<Integer> years = new CopyOnWriteArrayList<>();

        @Override
        public JobType<Report> type() {
            return Report.TYPE;
        }

        @Override
        public void handle(Report args, JobContext context) {
            years.add(args.year());
        }
    }
}
