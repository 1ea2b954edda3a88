package dev.docket.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.dashboard.support.XssCorpus;
import dev.docket.memory.MemoryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The injection corpus, placed in arguments, errors, metadata, results, progress, type and queue
 * names and schedules, never runs in a browser on any page: no payload sets its flag or opens an
 * alert, and the browser reports no blocked script either (nothing even tried). A script injected
 * into a page by other means is blocked by the content security policy.
 */
@Tag("browser")
@ExtendWith(BrowserExtension.class)
class BrowserXssTest {
    private static BrowserApp app;
    private static List<String> jobIds;

    @BeforeAll
    static void start() {
        MemoryStore store = new MemoryStore();
        app = new BrowserApp(null, "", false, b -> b.store(store));
        jobIds = XssCorpus.seed(app.docket, store);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** Opens every {@code details}, focuses every control, lets queued events run; then looks for any sign of a payload. */
    private static void visit(ChromeDriver browser, String page) {
        browser.get(app.page(page));
        Object flag = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "document.querySelectorAll('details').forEach(function (d) { d.open = true; });"
                + "document.querySelectorAll('a, input, button, select').forEach(function (e) { e.focus(); });"
                + "setTimeout(function () { done(window.__xss === undefined ? null : String(window.__xss)); }, 0);");
        assertThat(flag).as(page + ": a payload ran").isNull();
        try {
            String text = browser.switchTo().alert().getText();
            browser.switchTo().alert().dismiss();
            throw new AssertionError(page + ": an alert opened: " + text);
        } catch (NoAlertPresentException expected) {
            // as it should be
        }
    }

    /** The browser reported no blocked script and no error on any page visited since the last call. */
    private static void assertQuietConsole(ChromeDriver browser) {
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            assertThat(e.getMessage()).doesNotContain("Content Security Policy").doesNotContain("Refused to");
            assertThat(e.getLevel().intValue()).as(e.getMessage()).isLessThan(Level.SEVERE.intValue());
        }
    }

    @Test
    void noPayloadRunsOnAnyPage(ChromeDriver browser) {
        List<String> pages = new ArrayList<>(List.of("/", "/queues", "/jobs?limit=200", "/scheduled?limit=200",
                "/dead?limit=200", "/schedules", "/processes"));
        jobIds.forEach(id -> pages.add("/jobs/" + id));
        browser.manage().logs().get(LogType.BROWSER);
        for (String page : pages) {
            visit(browser, page);
        }
        assertQuietConsole(browser);
        assertThat(pages).hasSizeGreaterThan(80);
        browser.get(app.page("/jobs?limit=200"));
        assertThat(browser.findElement(By.tagName("main")).getText()).as("the payloads show as text")
                .contains("<script>window.__xss='p1'</script>");
    }

    @Test
    void theContentSecurityPolicyBlocksInjectedScript(ChromeDriver browser) {
        browser.get(app.page("/"));
        browser.manage().logs().get(LogType.BROWSER);
        browser.executeScript("var s = document.createElement('script'); s.textContent = 'window.__xss = \"inline\"';"
                + "document.body.appendChild(s);"
                + "var d = document.createElement('div'); d.innerHTML = '<img src=x onerror=\"window.__xss=1\">';"
                + "document.body.appendChild(d);");
        BrowserApp.await("the browser reports the blocked script", Duration.ofSeconds(10), () -> browser.manage().logs()
                .get(LogType.BROWSER).getAll().stream().anyMatch(e -> e.getMessage().contains("Content Security Policy")));
        assertThat(browser.executeScript("return window.__xss === undefined")).isEqualTo(true);
    }
}
