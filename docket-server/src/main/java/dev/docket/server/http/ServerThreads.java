package dev.docket.server.http;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for HTTP requests: one virtual thread per request on JDK 21+ (found at run time, since
 * the server is compiled for 17), else a bounded pool of platform threads, so that long polls
 * cannot make the server start unbounded numbers of threads.
 */
final class ServerThreads {
    /** Platform threads on JDK 17: each long poll holds one for up to a minute. */
    static final int MAX_PLATFORM_THREADS = 256;
    private static final int QUEUE = 4096;
    private static final MethodHandle VIRTUAL = findVirtual();

    private ServerThreads() {
    }

    static boolean virtualAvailable() {
        return VIRTUAL != null;
    }

    static ExecutorService executor() {
        if (VIRTUAL != null) {
            try {
                return (ExecutorService) VIRTUAL.invoke();
            } catch (Throwable e) {
                throw new IllegalStateException("cannot create a virtual-thread executor", e);
            }
        }
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(MAX_PLATFORM_THREADS, MAX_PLATFORM_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, "docket-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static MethodHandle findVirtual() {
        try {
            return MethodHandles.publicLookup().findStatic(java.util.concurrent.Executors.class,
                    "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class));
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
