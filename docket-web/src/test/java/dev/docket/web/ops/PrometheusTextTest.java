package dev.docket.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Docket;
import dev.docket.JobEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {
    @Test
    void labelValuesAndHelpAreEscaped() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("queue", "a\"b\\c\nd");
        String text = new PrometheusText().family("m", "gauge", "line\\one\nline two").sample("m", labels, 1.5).toString();
        assertThat(text).isEqualTo("# HELP m line\\\\one\\nline two\n# TYPE m gauge\nm{queue=\"a\\\"b\\\\c\\nd\"} 1.5\n");
        assertThat(PrometheusText.number(3)).isEqualTo("3");
        assertThat(PrometheusText.number(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
        assertThat(PrometheusText.number(0.25)).isEqualTo("0.25");
    }

    @Test
    void eventsBecomeCountersAndAHistogramWithoutJobIds() {
        DocketMetrics metrics = new DocketMetrics();
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        metrics.onEvent(new JobEvent(JobEvent.Kind.ENQUEUED, "77", "mail.send", "mail", 0, Map.of(), now, null, null, null));
        metrics.onEvent(new JobEvent(JobEvent.Kind.SUCCEEDED, "77", "mail.send", "mail", 1, Map.of(), now,
                Duration.ofMillis(30), null, null));
        metrics.onEvent(new JobEvent(JobEvent.Kind.DEAD, "78", "mail.send", "mail", 3, Map.of(), now,
                Duration.ofSeconds(2), null, new IllegalStateException("x")));
        try (Docket docket = Docket.builder().store("memory:").queue("mail", 1).build()) {
            String text = metrics.scrape(docket.admin());
            assertThat(text)
                    .contains("docket_jobs_enqueued_total{queue=\"mail\",type=\"mail.send\"} 1\n")
                    .contains("docket_jobs_finished_total{queue=\"mail\",type=\"mail.send\",outcome=\"succeeded\"} 1\n")
                    .contains("docket_jobs_finished_total{queue=\"mail\",type=\"mail.send\",outcome=\"dead\"} 1\n")
                    .contains("docket_job_duration_seconds_bucket{queue=\"mail\",type=\"mail.send\",le=\"0.05\"} 1\n")
                    .contains("docket_job_duration_seconds_bucket{queue=\"mail\",type=\"mail.send\",le=\"2.5\"} 2\n")
                    .contains("docket_job_duration_seconds_bucket{queue=\"mail\",type=\"mail.send\",le=\"+Inf\"} 2\n")
                    .contains("docket_job_duration_seconds_count{queue=\"mail\",type=\"mail.send\"} 2\n")
                    .contains("docket_job_duration_seconds_sum{queue=\"mail\",type=\"mail.send\"} 2.03\n")
                    .contains("docket_queue_jobs{queue=\"mail\",state=\"available\"} 0\n")
                    .contains("docket_queue_latency_seconds{queue=\"mail\"} 0\n")
                    .contains("docket_store_up 1\n")
                    .doesNotContain("77").doesNotContain("78");
            for (String line : text.split("\n")) {
                assertThat(line).matches("# (HELP|TYPE) .*|[a-z_]+(\\{.*})? [-+0-9.eEInf]+");
            }
        }
    }
}
