package dev.docket.dashboard.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** URLs under a base path: names are encoded, only own URLs are followed. */
class PathsTest {
    @Test
    void basePathsAreNormalisedAndChecked() {
        assertThat(Paths.under("").home()).isEqualTo("/");
        assertThat(Paths.under("/").base()).isEmpty();
        assertThat(Paths.under("/jobs/").base()).isEqualTo("/jobs");
        assertThat(Paths.under("/ops/docket").home()).isEqualTo("/ops/docket");
        for (String bad : new String[] {"jobs", "/jobs//x", "/a b", "/<x>", "/x?y", "//evil"}) {
            assertThatThrownBy(() -> Paths.under(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("invalid dashboard base path");
        }
    }

    @Test
    void segmentsAreEncodedSoNamesCannotChangeTheUrl() {
        Paths p = Paths.under("/jobs");
        assertThat(p.to("queues", "a/b?c=d#e f+g", "pause")).isEqualTo("/jobs/queues/a%2Fb%3Fc%3Dd%23e%20f%2Bg/pause");
        assertThat(p.template("/")).isEqualTo("/jobs");
        assertThat(p.template("/jobs/{id}")).isEqualTo("/jobs/jobs/{id}");
        assertThat(new Query().set("q", "a&b=c d").set("empty", "").set("none", null).on("/x"))
                .isEqualTo("/x?q=a%26b%3Dc+d");
    }

    @Test
    void onlyUrlsOfThisDashboardCountAsOwn() {
        Paths p = Paths.under("/jobs");
        assertThat(p.isOwnUrl("/jobs")).isTrue();
        assertThat(p.isOwnUrl("/jobs/dead?queue=a")).isTrue();
        assertThat(p.isOwnUrl("/jobs?x=1")).isTrue();
        for (String no : new String[] {"/jobsx", "/api/v1/jobs", "//evil.example/jobs", "https://evil.example/jobs",
            "/jobs\\..\\x", "/jobs/\r\nx", "/jobs x", "", "jobs"}) {
            assertThat(p.isOwnUrl(no)).as(no).isFalse();
        }
        assertThat(Paths.under("").isOwnUrl("/anything")).isTrue();
    }
}
