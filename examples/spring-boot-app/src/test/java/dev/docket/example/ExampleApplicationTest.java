package dev.docket.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Docket;
import dev.docket.Job;
import dev.docket.JobState;
import dev.docket.admin.JobQuery;
import dev.docket.it.TestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The example application against the real PostgreSQL (a fresh schema), a tiny SMTP server and a
 * temporary storage directory: requests enqueue jobs inside their transactions, the jobs run, and
 * metrics and health show it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExampleApplicationTest {
    private static final TestPostgres PG = TestPostgres.get();
    private static final String SCHEMA = PG.newSchema("example");
    private static final TinySmtpServer SMTP = start();
    private static final Path STORAGE = tempDir();
    private static final Pattern JOB = Pattern.compile("\"job\":\"([^\"]+)\"");

    @Autowired
    Environment environment;
    @Autowired
    Docket docket;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PG.jdbcUrl(SCHEMA));
        registry.add("docket.store.schema", () -> SCHEMA);
        registry.add("docket.poll-interval", () -> "100ms");
        registry.add("spring.mail.port", SMTP::port);
        registry.add("example.storage-dir", STORAGE::toString);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        SMTP.close();
        PG.dropSchema(SCHEMA);
    }

    @Test
    void aSignupStoresTheUserAndSendsTheWelcomeEmail() throws Exception {
        HttpResponse<String> response = post("/signup?email=ada@example.com", HttpRequest.BodyPublishers.noBody(), null);
        assertThat(response.statusCode()).isEqualTo(200);
        String id = jobId(response);

        awaitState(id, JobState.SUCCEEDED);
        assertThat(SMTP.messages()).anySatisfy(m -> {
            assertThat(m.recipients()).containsExactly("ada@example.com");
            assertThat(m.data()).contains("Subject: Welcome!").contains("Hello ada@example.com");
        });
        assertThat(users("ada@example.com")).isEqualTo(1);
    }

    @Test
    void aFailedSignupRollsBackTheUserAndTheEmail() throws Exception {
        HttpResponse<String> response = post("/signup/failing?email=bob@example.com", HttpRequest.BodyPublishers.noBody(), null);
        assertThat(response.statusCode()).isEqualTo(500);

        assertThat(users("bob@example.com")).isZero();
        List<Job> welcomes = docket.admin().jobs(JobQuery.all().withType("mail.welcome")).jobs();
        assertThat(welcomes).noneMatch(j -> j.argsJson().contains("bob@example.com"));
    }

    @Test
    void anUploadGetsAThumbnail() throws Exception {
        BufferedImage picture = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(10, 10, Color.RED.getRGB());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        String boundary = "docket-boundary";
        byte[] body = multipart(boundary, png.toByteArray());
        HttpResponse<String> response = post("/uploads", HttpRequest.BodyPublishers.ofByteArray(body),
                "multipart/form-data; boundary=" + boundary);
        assertThat(response.statusCode()).isEqualTo(202);

        Job job = awaitState(jobId(response), JobState.SUCCEEDED);
        String name = job.resultJson().replace("\"", "");
        BufferedImage thumbnail = ImageIO.read(STORAGE.resolve("thumbnails").resolve(name).toFile());
        assertThat(thumbnail.getWidth()).isEqualTo(64);
        assertThat(thumbnail.getHeight()).isEqualTo(48);
    }

    @Test
    void aReportIsWrittenAsCsv() throws Exception {
        post("/signup?email=carol@example.com", HttpRequest.BodyPublishers.noBody(), null);
        HttpResponse<String> response = post("/reports", HttpRequest.BodyPublishers.noBody(), null);
        assertThat(response.statusCode()).isEqualTo(202);
        String report = response.body().replaceAll(".*\"report\":\"([^\"]+)\".*", "$1");

        awaitState(jobId(response), JobState.SUCCEEDED);
        List<String> lines = Files.readAllLines(STORAGE.resolve("reports").resolve(report));
        assertThat(lines.get(0)).isEqualTo("id,email,created_at");
        assertThat(lines).anyMatch(l -> l.contains(",carol@example.com,"));
    }

    @Test
    void theNightlyCleanupIsScheduled() {
        var schedule = docket.admin().schedule("nightly-upload-cleanup").orElseThrow();
        assertThat(schedule.schedule().jobType()).isEqualTo("uploads.cleanup");
        assertThat(schedule.nextRuns()).isNotEmpty();
    }

    @Test
    void metricsShowTheJobsAndHealthIsUp() throws Exception {
        String id = jobId(post("/signup?email=dan@example.com", HttpRequest.BodyPublishers.noBody(), null));
        awaitState(id, JobState.SUCCEEDED);
        await("the outcome is counted", () -> meters.find("docket.jobs.finished")
                .tags("type", "mail.welcome", "outcome", "succeeded").counter() != null);

        assertThat(meters.get("docket.jobs.enqueued").tags("queue", "mail", "type", "mail.welcome").counter().count())
                .isGreaterThanOrEqualTo(1);
        assertThat(meters.get("docket.job.execution").tags("queue", "mail", "type", "mail.welcome", "outcome", "succeeded")
                .timer().count()).isGreaterThanOrEqualTo(1);
        assertThat(meters.get("docket.job.queued").tags("type", "mail.welcome").timer().count()).isGreaterThanOrEqualTo(1);
        assertThat(meters.get("docket.queue.size").tags("queue", "mail", "state", "succeeded").gauge()).isNotNull();

        HttpResponse<String> metric = get("/actuator/metrics/docket.jobs.finished");
        assertThat(metric.statusCode()).isEqualTo(200);
        assertThat(metric.body()).contains("\"outcome\"").contains("succeeded");

        HttpResponse<String> health = get("/actuator/health/docket");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("heartbeatAge");
    }

    private Job awaitState(String id, JobState state) {
        await("job " + id + " is " + state.wireName(),
                () -> docket.admin().job(id).map(j -> j.state() == state).orElse(false));
        return docket.admin().job(id).orElseThrow();
    }

    private int users(String email) {
        return jdbc.sql("SELECT count(*) FROM app_users WHERE email = ?").param(email).query(Integer.class).single();
    }

    private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + path);
    }

    private static String jobId(HttpResponse<String> response) {
        Matcher m = JOB.matcher(response.body());
        assertThat(m.find()).as("a job id in " + response.body()).isTrue();
        return m.group(1);
    }

    private static byte[] multipart(String boundary, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static void await(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static TinySmtpServer start() {
        try {
            return new TinySmtpServer();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test SMTP server", e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("docket-example-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
