package dev.docket.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemorySamplerTest {
    @TempDir
    Path root;

    private void monitor(String name, String state, String operations, String sampleUs) throws IOException {
        Path monitor = Files.createDirectories(root.resolve(name));
        Files.writeString(monitor.resolve("state"), state + "\n");
        Path intervals = Files.createDirectories(monitor.resolve("contexts/0/monitoring_attrs/intervals"));
        Files.writeString(monitor.resolve("contexts/0/operations"), operations + "\n");
        Files.writeString(intervals.resolve("sample_us"), sampleUs + "\n");
    }

    @Test
    void aRunningMonitorIsNamedWithItsSamplingInterval() throws IOException {
        monitor("0", "on", "paddr", "500000");
        assertThat(MemorySampler.describe(root)).isEqualTo("on (paddr, samples every 500 ms)");
    }

    @Test
    void stoppedMonitorsReadAsOff() throws IOException {
        monitor("0", "off", "paddr", "500000");
        assertThat(MemorySampler.describe(root)).isEqualTo("off");
    }

    @Test
    void noMonitorsReadAsNone() throws IOException {
        Files.writeString(root.resolve("nr_kdamonds"), "0\n");
        assertThat(MemorySampler.describe(root)).isEqualTo("none");
        assertThat(MemorySampler.describe(root.resolve("absent"))).isEqualTo("none");
    }

    @Test
    void aMonitorWhoseSettingsCannotBeReadIsStillOn() throws IOException {
        Files.createDirectories(root.resolve("0"));
        Files.writeString(root.resolve("0/state"), "on\n");
        assertThat(MemorySampler.describe(root)).isEqualTo("on");
    }
}
