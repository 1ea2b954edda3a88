package dev.docket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {
    @Test
    void literalsAndParametersMatchWholeSegments() {
        PathTemplate t = PathTemplate.parse("/api/v1/jobs/{id}/retry");
        assertThat(t.match("/api/v1/jobs/42/retry")).contains(Map.of("id", "42"));
        assertThat(t.match("/api/v1/jobs/a%20b/retry")).contains(Map.of("id", "a b"));
        assertThat(t.match("/api/v1/jobs/a+b/retry")).contains(Map.of("id", "a+b"));
        assertThat(t.match("/api/v1/jobs/1%2F2/retry")).contains(Map.of("id", "1/2"));
        assertThat(t.match("/api/v1/jobs//retry")).isEmpty();
        assertThat(t.match("/api/v1/jobs/42")).isEmpty();
        assertThat(t.match("/api/v1/jobs/42/retry/x")).isEmpty();
        assertThat(t.match("/api/v1/jobs/%zz/retry")).isEmpty();
        assertThat(PathTemplate.parse("/health").match("/health")).contains(Map.of());
        assertThat(PathTemplate.parse("/health").match("/health/")).isEmpty();
    }

    @Test
    void badTemplatesAreRefused() {
        assertThatThrownBy(() -> PathTemplate.parse("jobs")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PathTemplate.parse("/a//b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PathTemplate.parse("/a/{1x}")).isInstanceOf(IllegalArgumentException.class);
    }
}
