package dev.docket.web.api;

import dev.docket.Docket;
import dev.docket.web.Router;
import dev.docket.web.ops.DocketMetrics;
import java.util.function.BooleanSupplier;

/** Registers every {@code /api/v1} route on a router. */
public final class Api {
    /** The prefix of every API route. */
    public static final String PREFIX = "/api/v1";

    private Api() {
    }

    /**
     * Adds the API's routes.
     *
     * @param docket the Docket to serve (enqueue, admin model, external workers)
     * @param metrics counts outcomes reported by external workers
     * @param stopping true once the server is stopping: long polls then end at once
     */
    public static void register(Router router, Docket docket, DocketMetrics metrics, BooleanSupplier stopping) {
        new EnqueueRoutes(docket).register(router);
        new JobRoutes(docket.admin()).register(router);
        new QueueRoutes(docket.admin()).register(router);
        new ScheduleRoutes(docket.admin()).register(router);
        new WorkerRoutes(docket.externalWorkers(), metrics, stopping).register(router);
    }
}
