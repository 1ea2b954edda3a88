package dev.docket.dashboard.browser;

import dev.docket.JobState;
import dev.docket.admin.JobQuery;
import dev.docket.test.ManualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Takes a screenshot of each main page from a server with {@link DemoData}, into
 * {@code target/screenshots}, or into the directory named by {@code -Ddocket.screenshots=DIR}. The
 * pictures in {@code docs/screenshots} are made with
 * {@code mvn -pl docket-dashboard -am verify -Dtest=ScreenshotTool -Dsurefire.failIfNoSpecifiedTests=false
 * -Ddocket.screenshots=../docs/screenshots}.
 */
@Tag("browser")
@ExtendWith(BrowserExtension.class)
class ScreenshotTool {
    private static final int WIDTH = 1280;
    private static final int MAX_HEIGHT = 1500;

    @Test
    void screenshotsOfEveryMainPage(ChromeDriver browser) throws IOException {
        Path dir = Path.of(System.getProperty("docket.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        ManualClock clock = ManualClock.at(Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES));
        try (BrowserApp app = new BrowserApp(null, "", false, b -> b.clock(clock).processName("shop-worker-1")
                .queue("default", 10).queue("mail", 4).queue("reports", 2))) {
            DemoData.history(app.docket, clock);
            app.docket.start();
            DemoData.present(app.docket, clock);
            String dead = app.docket.admin().jobs(JobQuery.all().withStates(Set.of(JobState.DEAD)).withLimit(1))
                    .jobs().get(0).id();
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("overview", "/");
            pages.put("queues", "/queues");
            pages.put("jobs", "/jobs");
            pages.put("job-detail", "/jobs/" + dead);
            pages.put("dead-jobs", "/dead");
            pages.put("scheduled-jobs", "/scheduled");
            pages.put("schedules", "/schedules");
            pages.put("processes", "/processes");
            for (Map.Entry<String, String> p : pages.entrySet()) {
                browser.manage().window().setSize(new Dimension(WIDTH, 900));
                browser.get(app.page(p.getValue()));
                if (p.getKey().equals("overview")) {
                    BrowserApp.await("the chart is drawn", Duration.ofSeconds(10), () -> "drawn".equals(
                            browser.findElement(By.id("throughput-chart")).getAttribute("data-ready")));
                }
                if (p.getKey().equals("job-detail")) {
                    browser.findElement(By.cssSelector(".timeline details summary")).click();
                }
                long height = (Long) browser.executeScript("return document.documentElement.scrollHeight"
                        + " + window.outerHeight - window.innerHeight");
                browser.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(MAX_HEIGHT, Math.max(700, height))));
                Files.write(dir.resolve(p.getKey() + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            }
            browser.manage().window().setSize(new Dimension(WIDTH, 900));
        }
    }
}
