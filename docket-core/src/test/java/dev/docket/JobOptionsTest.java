package dev.docket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

    @Test
    void validatesEachOptionWithAMessageNamingIt() {
        JobOptions o = new JobOptions();
        assertThatThrownBy(() -> o.priority(10)).hasMessageContaining("priority must be 0-9");
        assertThatThrownBy(() -> o.maxAttempts(0)).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> o.queue("bad queue")).hasMessageContaining("invalid queue name 'bad queue'");
        assertThatThrownBy(() -> o.timeout(Duration.ZERO)).hasMessageContaining("timeout must be positive");
        assertThatThrownBy(() -> o.delay(Duration.ofSeconds(-1))).hasMessageContaining("delay must not be negative");
        assertThatThrownBy(() -> o.uniqueKey("")).hasMessageContaining("uniqueKey");
    }

    @Test
    void runAtAndDelayReplaceEachOther() {
        JobOptions o = new JobOptions().delay(Duration.ofMinutes(5)).runAt(Instant.EPOCH);
        assertThat(o.delay()).isNull();
        assertThat(o.runAt()).isEqualTo(Instant.EPOCH);
        o.delay(Duration.ofSeconds(1));
        assertThat(o.runAt()).isNull();
    }

    @Test
    void requestsCopyTheirOptions() {
        JobRequest base = JobRequest.of("t", null).with(o -> o.queue("a"));
        JobRequest other = base.with(o -> o.queue("b").meta("k", "v"));
        assertThat(base.options().queue()).isEqualTo("a");
        assertThat(base.options().meta()).isEmpty();
        assertThat(other.options().queue()).isEqualTo("b");
    }

    @Test
    void typeNamesAreChecked() {
        assertThat(JobType.of("mail.welcome", String.class).name()).isEqualTo("mail.welcome");
        assertThatThrownBy(() -> JobType.of("", String.class)).hasMessageContaining("invalid job type ''");
        assertThatThrownBy(() -> JobType.of("java.lang.Runtime exec", String.class)).hasMessageContaining("invalid job type");
        assertThatThrownBy(() -> JobRequest.of("a b", "x")).hasMessageContaining("invalid job type 'a b'");
        assertThatThrownBy(() -> JobRequest.of("a b", "x", new JobOptions()))
                .hasMessageContaining("invalid job type 'a b'");
        assertThat(JobRequest.of("mail.welcome", "x").with(o -> o.queue("q")).type()).isEqualTo("mail.welcome");
    }
}
