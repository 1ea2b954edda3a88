package dev.docket.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleFilesTest {
    private static final List<IntervalSample> SAMPLES = List.of(
            new IntervalSample(10, 1000, 990, 1.5, 12.25, 40, 5000, -1),
            new IntervalSample(20, 1000, 1010, Double.NaN, Double.NaN, Double.NaN, 9000, 120));

    @TempDir
    Path dir;

    @Test
    void csvHasAHeaderAndOneRowPerInterval() throws Exception {
        Path file = dir.resolve("nested/samples.csv");
        SampleCsv.write(SAMPLES, file);
        assertThat(Files.readAllLines(file)).containsExactly(
                SampleCsv.HEADER,
                "10.0,1000,990,1.500,12.250,40.000,5000,-1",
                "20.0,1000,1010,,,,9000,120");
    }

    @Test
    void chartIsAPngThatDecodes() throws Exception {
        Path file = dir.resolve("chart.png");
        SampleChart.write(SAMPLES, "test run", file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(400);
        assertThat(image.getHeight()).isGreaterThan(200);
    }

    @Test
    void chartOfNoSamplesStillDecodes() throws Exception {
        Path file = dir.resolve("empty.png");
        SampleChart.write(List.of(), "nothing", file);
        assertThat(ImageIO.read(file.toFile())).isNotNull();
    }

    @Test
    void axesEndOnRoundNumbers() {
        assertThat(SampleChart.niceCeiling(0)).isEqualTo(1);
        assertThat(SampleChart.niceCeiling(7)).isEqualTo(10);
        assertThat(SampleChart.niceCeiling(1800)).isEqualTo(2000);
        assertThat(SampleChart.niceCeiling(2100)).isEqualTo(2500);
        assertThat(SampleChart.niceCeiling(0.3)).isEqualTo(0.5);
    }
}
