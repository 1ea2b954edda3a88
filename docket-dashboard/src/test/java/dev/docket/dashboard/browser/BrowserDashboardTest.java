package dev.docket.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.admin.JobQuery;
import dev.docket.admin.QueueView;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard in a real browser, signed in with a token and mounted under {@code /jobs} beside
 * the API: the overview agrees with the API, and retry, cancel and queue pause work from the pages.
 */
@Tag("browser")
@ExtendWith(BrowserExtension.class)
class BrowserDashboardTest {
    static final String TOKEN = "browser-token";
    private static BrowserApp app;

    @BeforeAll
    static void start() {
        app = new BrowserApp(TOKEN, "/jobs", true, b -> b.queue("default", 2)
                .handle("shop.flaky", Map.class, (args, ctx) -> {
                    if (ctx.attempt() == 1) {
                        throw new IllegalStateException("payment service unavailable");
                    }
                })
                .handle("shop.ok", Map.class, (args, ctx) -> { }));
        for (int i = 0; i < 3; i++) {
            app.docket.enqueue("shop.ok", Map.of("order", i), o -> { });
        }
        app.docket.enqueue("shop.ok", Map.of("later", true), o -> o.delay(Duration.ofHours(1)));
        app.docket.enqueue("mail.send", Map.of("to", "ann@example.com"), o -> o.queue("mail"));
        dead();
        BrowserApp.await("the first jobs ran", Duration.ofSeconds(30), () -> app.docket.admin().stats().counts()
                .get(JobState.SUCCEEDED) == 3);
    }

    /** A job that failed its only attempt. */
    static String dead() {
        String id = app.docket.enqueue("shop.flaky", Map.of("order", 42), o -> o.maxAttempts(1)).id();
        BrowserApp.await("job " + id + " is dead", Duration.ofSeconds(30), () -> state(id) == JobState.DEAD);
        return id;
    }

    static JobState state(String id) {
        return app.docket.admin().job(id).map(j -> j.state()).orElse(null);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** Opens {@code path}, signing in first when the dashboard asks. */
    static void open(ChromeDriver browser, String path) {
        browser.get(app.page(path));
        if (browser.getCurrentUrl().contains("/jobs/login")) {
            browser.findElement(By.id("token")).sendKeys(TOKEN);
            browser.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
            BrowserApp.await("signed in", Duration.ofSeconds(10), () -> !browser.getCurrentUrl().contains("/login")
                    && browser.findElements(By.cssSelector("header nav")).size() == 1);
        }
    }

    static WebElement button(ChromeDriver browser, String text) {
        return browser.findElements(By.tagName("button")).stream().filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + text + "' on " + browser.getCurrentUrl()));
    }

    static void awaitText(ChromeDriver browser, String text) {
        BrowserApp.await("the page says '" + text + "'", Duration.ofSeconds(10), () -> {
            try {
                return browser.findElement(By.tagName("body")).getText().contains(text);
            } catch (StaleElementReferenceException e) {
                return false; // a navigation replaced the page between finding its body and reading it
            }
        });
    }

    @Test
    void theOverviewCountsAreTheApisCounts(ChromeDriver browser) throws Exception {
        open(browser, "/");
        assertThat(browser.getCurrentUrl()).isEqualTo(app.page("/"));
        Map<String, Long> shown = new LinkedHashMap<>();
        for (WebElement card : browser.findElements(By.cssSelector("li[data-state]"))) {
            shown.put(card.getAttribute("data-state"),
                    Long.parseLong(card.findElement(By.className("count-number")).getText()));
        }
        JsonNode counts = JsonMapper.builder().build().readTree(app.api("/api/v1/stats")).get("counts");
        Map<String, Long> api = new LinkedHashMap<>();
        counts.properties().forEach(e -> api.put(e.getKey(), e.getValue().asLong()));
        assertThat(shown).hasSize(7).containsExactlyInAnyOrderEntriesOf(api);
        assertThat(shown.get("succeeded")).isGreaterThanOrEqualTo(3);
        BrowserApp.await("the chart is drawn", Duration.ofSeconds(10), () -> "drawn".equals(
                browser.findElement(By.id("throughput-chart")).getAttribute("data-ready")));
        assertThat(browser.findElements(By.cssSelector("#throughput-chart canvas"))).hasSize(1);
    }

    @Test
    void retryingADeadJobFromItsPageRunsItAgainUntilItSucceeds(ChromeDriver browser) {
        String id = dead();
        open(browser, "/jobs/" + id);
        assertThat(browser.findElement(By.cssSelector(".job-heading .badge")).getText()).isEqualTo("dead");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("payment service unavailable");
        button(browser, "Retry").click();
        awaitText(browser, "The job was retried");
        BrowserApp.await("the retried job succeeded", Duration.ofSeconds(30), () -> state(id) == JobState.SUCCEEDED);
        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector(".job-heading .badge")).getText()).isEqualTo("succeeded");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Attempt 2 started").contains("as succeeded");
    }

    @Test
    void cancellingAJobAndPausingAQueueWorkFromThePages(ChromeDriver browser) {
        String id = app.docket.enqueue("shop.ok", Map.of("order", 7), o -> o.delay(Duration.ofHours(2))).id();
        open(browser, "/jobs/" + id);
        button(browser, "Cancel").click();
        browser.switchTo().alert().accept();
        awaitText(browser, "The job was cancelled.");
        assertThat(state(id)).isEqualTo(JobState.CANCELLED);

        open(browser, "/queues");
        button(browser, "Pause default").click();
        awaitText(browser, "The queue is paused");
        assertThat(paused("default")).isTrue();
        button(browser, "Resume default").click();
        awaitText(browser, "The queue is running again.");
        assertThat(paused("default")).isFalse();
    }

    private static boolean paused(String queue) {
        return app.docket.admin().queues().stream().filter(q -> q.name().equals(queue)).map(QueueView::paused)
                .findFirst().orElseThrow();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing(ChromeDriver browser) {
        String id = app.docket.enqueue("shop.ok", Map.of("keep", true), o -> o.delay(Duration.ofHours(3))).id();
        open(browser, "/jobs/" + id);
        for (String body : List.of("", "_csrf=forged")) {
            Object status = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin',"
                    + " headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: arguments[1]})"
                    + ".then(function (r) { done(r.status); }, function (e) { done(String(e)); });",
                    app.page("/jobs/" + id + "/delete"), body);
            assertThat(status).as("body '" + body + "'").isEqualTo(403L);
        }
        assertThat(state(id)).isEqualTo(JobState.SCHEDULED);
    }

    @Test
    void theKeyboardReachesEverythingAndEveryFieldHasALabel(ChromeDriver browser) {
        open(browser, "/jobs");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to content");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
        Object unlabelled = browser.executeScript("return Array.from(document.querySelectorAll("
                + "'input:not([type=hidden]), select')).filter(function (e) { return e.labels.length === 0; }).length;");
        assertThat(unlabelled).isEqualTo(0L);
        Object emptyButtons = browser.executeScript("return Array.from(document.querySelectorAll('button'))"
                + ".filter(function (b) { return b.textContent.trim() === ''; }).length;");
        assertThat(emptyButtons).isEqualTo(0L);
    }

    @Test
    void withoutJavaScriptTheFormsStillWork() {
        String id = dead();
        try (Chrome.Session plain = Chrome.start(false)) {
            ChromeDriver browser = plain.driver();
            open(browser, "/jobs/" + id);
            assertThat(browser.executeScript("return typeof htmx")).as("the page's scripts did not run").isEqualTo("undefined");
            button(browser, "Retry").click();
            awaitText(browser, "The job was retried");
            BrowserApp.await("the retried job succeeded", Duration.ofSeconds(30), () -> state(id) == JobState.SUCCEEDED);
        }
        assertThat(app.docket.admin().jobs(JobQuery.all().withStates(Set.of(JobState.DEAD))).jobs())
                .noneMatch(j -> j.id().equals(id));
    }
}
