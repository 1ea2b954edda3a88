package dev.docket.dashboard.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium through its own chromedriver, both named explicitly so that nothing
 * is ever downloaded. Paths can be overridden with {@code -Ddocket.chromium=…} and
 * {@code -Ddocket.chromedriver=…}.
 */
final class Chrome {
    static final String CHROMIUM = System.getProperty("docket.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("docket.chromedriver", "/usr/bin/chromedriver");
    /** Selenium warns that it has no DevTools bindings for this Chromium; the tests need none. */
    private static final java.util.logging.Logger DEVTOOLS = quiet("org.openqa.selenium.devtools");

    private Chrome() {
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** Whether both executables are here. */
    static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /** A new headless browser with a fresh profile; {@code javascript} false turns scripts off. */
    static Session start(boolean javascript) {
        Path profile;
        try {
            profile = Files.createTempDirectory("docket-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new Session(new ChromeDriver(service, options), profile);
    }

    /** A running browser and its profile directory, both removed on close. */
    record Session(ChromeDriver driver, Path profile) implements AutoCloseable {
        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // a leftover temp directory is harmless
                }
            }
        }
    }
}
