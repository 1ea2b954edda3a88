package dev.docket.dashboard.support;

import dev.docket.Docket;
import dev.docket.DocketBuilder;
import dev.docket.admin.DocketAdmin;
import dev.docket.dashboard.DocketDashboard;
import dev.docket.memory.MemoryStore;
import dev.docket.spi.Store;
import dev.docket.test.ManualClock;
import dev.docket.web.DocketWeb;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A dashboard on an in-memory store, called directly (no HTTP server). The Docket is not started
 * unless asked, so nothing moves while a test looks; the dashboard's clock is a manual one.
 */
public final class DashboardFixture implements AutoCloseable {
    public final Docket docket;
    public final DocketWeb web;
    public final DocketDashboard dashboard;
    public final ManualClock clock = ManualClock.at(Instant.parse("2026-11-28T10:00:00Z"));
    public final String base;

    private DashboardFixture(String token, String base, boolean start, Consumer<DocketBuilder> customize) {
        DocketBuilder b = Docket.builder().store(new MemoryStore());
        customize.accept(b);
        this.docket = b.build();
        if (start) {
            docket.start();
        }
        this.base = base;
        this.dashboard = DocketDashboard.builder(docket.admin()).basePath(base).clock(clock).build();
        this.web = DocketWeb.builder(docket).token(token).module(dashboard).build();
    }

    /** A dashboard at the root, without a token (loopback rules). */
    public static DashboardFixture open() {
        return new DashboardFixture(null, "", false, b -> { });
    }

    /** A dashboard with these settings. */
    public static DashboardFixture open(String token, String base) {
        return new DashboardFixture(token, base, false, b -> { });
    }

    /** A dashboard whose Docket uses {@code store} (to put into it what the public API refuses). */
    public static DashboardFixture on(Store store) {
        return new DashboardFixture(null, "", false, b -> b.store(store));
    }

    /** A started Docket (workers, process registry) with these settings. */
    public static DashboardFixture started(String token, String base, Consumer<DocketBuilder> customize) {
        return new DashboardFixture(token, base, true, customize);
    }

    public DocketAdmin admin() {
        return docket.admin();
    }

    /** A fresh browser without cookies. */
    public Client client() {
        return new Client(web);
    }

    /** The dashboard URL of {@code path} ({@code "/"} is the overview). */
    public String url(String path) {
        if (path.equals("/")) {
            return base.isEmpty() ? "/" : base;
        }
        return base + path;
    }

    @Override
    public void close() {
        web.close();
        docket.close(java.time.Duration.ZERO);
    }
}
