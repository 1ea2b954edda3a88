package dev.docket.it.schedule;

import dev.docket.Docket;
import dev.docket.schedule.CatchUp;
import dev.docket.schedule.JobSchedule;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * One process of the schedule cluster test: declares a schedule firing every second (catch-up
 * all) and works its jobs. Short leases so a killed leader is replaced quickly.
 *
 * <p>Argument: the store URL.
 */
public final class ClusterWorker {
    record Empty() {
    }

    static final JobSchedule EVERY_SECOND = JobSchedule.cron("every-second", "* * * * * *")
            .job("cluster.tick", null).catchUp(CatchUp.ALL).build();

    public static void main(String[] args) throws Exception {
        Docket docket = Docket.builder().store(args[0]).lease(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(100)).schedule(EVERY_SECOND)
                .handle("cluster.tick", Empty.class, (a, c) -> { }).build().start();
        System.out.println("READY " + ProcessHandle.current().pid());
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> docket.close(Duration.ofSeconds(2))));
        new CountDownLatch(1).await();
    }
}
