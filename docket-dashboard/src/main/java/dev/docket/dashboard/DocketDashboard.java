package dev.docket.dashboard;

import dev.docket.admin.DocketAdmin;
import dev.docket.dashboard.actions.DeadActions;
import dev.docket.dashboard.actions.JobActions;
import dev.docket.dashboard.actions.QueueActions;
import dev.docket.dashboard.actions.ScheduleActions;
import dev.docket.dashboard.actions.SignInActions;
import dev.docket.dashboard.assets.StaticAssets;
import dev.docket.dashboard.html.Paths;
import dev.docket.dashboard.http.Site;
import dev.docket.dashboard.pages.JobDetailPage;
import dev.docket.dashboard.pages.JobsPage;
import dev.docket.dashboard.pages.OverviewPage;
import dev.docket.dashboard.pages.ProcessesPage;
import dev.docket.dashboard.pages.QueuesPage;
import dev.docket.dashboard.pages.SchedulesPage;
import dev.docket.dashboard.security.DashboardSecurity;
import dev.docket.web.BearerToken;
import dev.docket.web.Router;
import dev.docket.web.WebModule;
import dev.docket.web.WebResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Docket's dashboard: server-rendered pages to see and steer jobs, queues, schedules and processes
 * from a browser, through the admin model only. It is a {@link WebModule}: add it to a
 * {@link dev.docket.web.DocketWeb} and it is served by whatever serves that (the standalone server,
 * or an application's own HTTP stack), at the root or under a base path such as {@code /jobs}.
 *
 * <pre>{@code
 * DocketWeb web = DocketWeb.builder(docket).token(token)
 *         .module(DocketDashboard.builder(docket.admin()).basePath("/jobs").build())
 *         .build();
 * }</pre>
 *
 * <p>Safe by default: with a token, people sign in with it and get a server-side session (an
 * {@code HttpOnly; SameSite=Strict} cookie); without one the server answers loopback only. Every
 * state-changing request needs a CSRF token and a same-origin browser; every page carries a
 * content security policy without inline scripts; everything jobs contain is escaped.
 */
public final class DocketDashboard implements WebModule {
    private final DocketAdmin admin;
    private final Paths paths;
    private final Clock clock;
    private final Duration idle;
    private final Duration maxAge;
    private DashboardSecurity security;

    private DocketDashboard(Builder b) {
        this.admin = b.admin;
        this.paths = b.paths;
        this.clock = b.clock;
        this.idle = b.idle;
        this.maxAge = b.maxAge;
    }

    /** A builder for a dashboard over {@code admin}. */
    public static Builder builder(DocketAdmin admin) {
        return new Builder(admin);
    }

    /** The base path ({@code ""} at the root). */
    public String basePath() {
        return paths.base();
    }

    /** The security state (sessions), once registered; for tests and diagnostics. */
    public DashboardSecurity security() {
        if (security == null) {
            throw new IllegalStateException("the dashboard is not registered with a DocketWeb yet");
        }
        return security;
    }

    @Override
    public synchronized void register(Router router, BearerToken token) {
        if (security != null) {
            throw new IllegalStateException("a DocketDashboard can be added to one DocketWeb only");
        }
        security = new DashboardSecurity(token, paths.cookiePath(), clock, idle, maxAge);
        StaticAssets assets = new StaticAssets();
        Site site = new Site(admin, paths, assets, clock, token != null);
        DashboardRoutes r = new DashboardRoutes(router, site, security);
        if (token != null) {
            router.sessions(new SignInGate(site, security, r));
        }
        SignInActions signIn = new SignInActions(security);
        r.page("/", OverviewPage::page);
        r.page("/overview/live", OverviewPage::liveFragment);
        r.page("/overview/throughput.json", OverviewPage::throughputJson);
        r.page("/queues", QueuesPage::page);
        r.action("/queues/{name}/pause", c -> QueueActions.pause(c, c.request().pathParam("name")));
        r.action("/queues/{name}/resume", c -> QueueActions.resume(c, c.request().pathParam("name")));
        r.page("/jobs", JobsPage::all);
        r.page("/jobs/{id}", c -> JobDetailPage.page(c, c.request().pathParam("id")));
        r.action("/jobs/{id}/retry", c -> JobActions.retry(c, c.request().pathParam("id")));
        r.action("/jobs/{id}/cancel", c -> JobActions.cancel(c, c.request().pathParam("id")));
        r.action("/jobs/{id}/delete", c -> JobActions.delete(c, c.request().pathParam("id")));
        r.page("/scheduled", JobsPage::scheduled);
        r.page("/dead", JobsPage::dead);
        r.action("/dead/retry", DeadActions::retryAll);
        r.action("/dead/delete", DeadActions::deleteAll);
        r.page("/schedules", SchedulesPage::page);
        r.action("/schedules/{name}/pause", c -> ScheduleActions.pause(c, c.request().pathParam("name")));
        r.action("/schedules/{name}/resume", c -> ScheduleActions.resume(c, c.request().pathParam("name")));
        r.action("/schedules/{name}/trigger", c -> ScheduleActions.trigger(c, c.request().pathParam("name")));
        r.page("/processes", ProcessesPage::page);
        r.open("GET", "/login", signIn::form);
        r.open("POST", "/login", signIn::signIn);
        r.action("/logout", signIn::signOut);
        r.file("/static/{file}", request -> assets.response(request.pathParam("file"), request.queryParam("v"))
                .orElseGet(() -> WebResponse.text(404, "text/plain; charset=utf-8", "no such file\n")));
    }

    /** Settings of a {@link DocketDashboard}. */
    public static final class Builder {
        private final DocketAdmin admin;
        private Paths paths = Paths.under("");
        private Clock clock = Clock.systemUTC();
        private Duration idle = Duration.ofMinutes(30);
        private Duration maxAge = Duration.ofHours(12);

        private Builder(DocketAdmin admin) {
            this.admin = Objects.requireNonNull(admin, "admin");
        }

        /** Where the dashboard lives: {@code /} (the default) or a path such as {@code /jobs}. */
        public Builder basePath(String basePath) {
            this.paths = Paths.under(basePath);
            return this;
        }

        /** The clock for sessions, sign-in throttling and "updated at" times (default: the system's, UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long a session lasts without a request (default 30 min). */
        public Builder sessionIdleTimeout(Duration idle) {
            this.idle = positive(idle, "sessionIdleTimeout");
            return this;
        }

        /** How long a session lasts at most after signing in (default 12 h). */
        public Builder sessionMaxAge(Duration maxAge) {
            this.maxAge = positive(maxAge, "sessionMaxAge");
            return this;
        }

        public DocketDashboard build() {
            return new DocketDashboard(this);
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }
    }
}
