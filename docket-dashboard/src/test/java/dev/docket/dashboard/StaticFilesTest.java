package dev.docket.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.dashboard.assets.StaticAssets;
import dev.docket.dashboard.support.DashboardFixture;
import dev.docket.web.WebResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vendored and own files: served from here, cached by version, recorded in VERSIONS with their licences. */
class StaticFilesTest {
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = StaticAssets.class.getResourceAsStream("/dev/docket/dashboard/static/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void everyFileIsServedWithItsTypeAndCachedForGoodUnderItsVersion() {
        try (DashboardFixture f = DashboardFixture.open(null, "/jobs")) {
            String page = f.client().get("/jobs").bodyText();
            for (String name : StaticAssets.FILES) {
                int at = page.indexOf("/jobs/static/" + name + "?v=");
                assertThat(at).as(name + " is linked").isPositive();
                String url = page.substring(at, page.indexOf('"', at));
                WebResponse r = f.client().get(url);
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.headers().get("Content-Type")).isEqualTo(name.endsWith(".js") ? "text/javascript; charset=utf-8"
                        : name.endsWith(".css") ? "text/css; charset=utf-8" : "image/svg+xml");
                assertThat(r.headers().get("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
                assertThat(r.headers().get("X-Content-Type-Options")).isEqualTo("nosniff");
                assertThat(r.headers()).doesNotContainKey("Set-Cookie");
                assertThat(f.client().get("/jobs/static/" + name + "?v=old").headers().get("Cache-Control")).isEqualTo("no-cache");
            }
            assertThat(f.client().get("/jobs/static/VERSIONS").status()).isEqualTo(404);
            assertThat(f.client().get("/jobs/static/..%2Fpom.xml").status()).isEqualTo(404);
        }
    }

    @Test
    void versionsRecordsEachVendoredFileWithItsLicenceAndChecksum() throws Exception {
        String versions = new String(resource("VERSIONS"), StandardCharsets.UTF_8);
        for (String[] file : new String[][] {{"htmx.min.js", "htmx.org", "2.0.10", "0BSD"},
            {"uPlot.iife.min.js", "uplot", "1.6.32", "MIT"}, {"uPlot.min.css", "uplot", "1.6.32", "MIT"}}) {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(resource(file[0])));
            assertThat(versions).as(file[0]).containsPattern("(?m)^" + file[1].replace(".", "\\.") + "\\s+" + file[2]
                    + "\\s+" + file[3] + "\\s+\\S+\\s+" + file[0].replace(".", "\\.") + "\\s+" + sha + "$");
        }
        assertThat(new String(resource("htmx.LICENSE"), StandardCharsets.UTF_8)).contains("Zero-Clause BSD");
        assertThat(new String(resource("uPlot.LICENSE"), StandardCharsets.UTF_8)).contains("MIT License");
    }

    @Test
    void theOwnFilesLoadNothingFromElsewhereAndUseNoEval() throws Exception {
        for (String own : List.of("dashboard.js", "dashboard.css")) {
            String text = new String(resource(own), StandardCharsets.UTF_8);
            assertThat(text).as(own).doesNotContain("http://").doesNotContain("https://").doesNotContain("eval(")
                    .doesNotContain("innerHTML").doesNotContain("new Function");
        }
    }
}
