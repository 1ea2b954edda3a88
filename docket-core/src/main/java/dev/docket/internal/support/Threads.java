package dev.docket.internal.support;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for Docket: virtual threads for handlers when the JDK has them (21+), found at run time
 * so Docket still compiles for and runs on Java 17; named daemon platform threads otherwise.
 */
public final class Threads {
    private static final MethodHandle OF_VIRTUAL = find();

    private Threads() {
    }

    /** Whether this JDK has virtual threads. */
    public static boolean virtualAvailable() {
        return OF_VIRTUAL != null;
    }

    /**
     * The executor for handlers, whose concurrency the caller limits to {@code maxThreads}: one
     * virtual thread per task when {@code virtual} is true and the JDK has them, else a
     * {@link HandlerPool} of up to {@code maxThreads} daemon platform threads, which wakes only as
     * many threads as a burst of tasks needs; threads idle for a minute end.
     */
    public static ExecutorService handlerExecutor(String prefix, boolean virtual, int maxThreads) {
        if (virtual && OF_VIRTUAL != null) {
            try {
                return (ExecutorService) OF_VIRTUAL.invoke(prefix);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot create virtual threads", e);
            }
        }
        return new HandlerPool(maxThreads, 1, TimeUnit.MINUTES, daemonFactory(prefix));
    }

    /** A factory of daemon platform threads named {@code prefix-N}. */
    public static ThreadFactory daemonFactory(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Starts a named daemon platform thread. */
    public static Thread startDaemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static MethodHandle find() {
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Class<?> builderClass = Class.forName("java.lang.Thread$Builder");
            Class<?> ofVirtualClass = Class.forName("java.lang.Thread$Builder$OfVirtual");
            MethodHandle ofVirtual = lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(ofVirtualClass));
            MethodHandle name = lookup.findVirtual(ofVirtualClass, "name",
                    MethodType.methodType(ofVirtualClass, String.class, long.class));
            MethodHandle factory = lookup.findVirtual(builderClass, "factory", MethodType.methodType(ThreadFactory.class));
            MethodHandle perTask = lookup.findStatic(Executors.class, "newThreadPerTaskExecutor",
                    MethodType.methodType(ExecutorService.class, ThreadFactory.class));
            // prefix -> newThreadPerTaskExecutor(ofVirtual().name(prefix + "-", 1).factory())
            MethodHandle named = MethodHandles.insertArguments(name, 2, 1L); // (OfVirtual, String) -> OfVirtual
            MethodHandle withPrefix = MethodHandles.collectArguments(named, 0, ofVirtual); // (String) -> OfVirtual
            MethodHandle suffixed = MethodHandles.filterArguments(withPrefix, 0,
                    lookup.findStatic(Threads.class, "dash", MethodType.methodType(String.class, String.class)));
            MethodHandle toFactory = MethodHandles.filterReturnValue(suffixed,
                    factory.asType(MethodType.methodType(ThreadFactory.class, ofVirtualClass)));
            return MethodHandles.filterReturnValue(toFactory, perTask);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Used by the virtual-thread method handle chain. */
    public static String dash(String prefix) {
        return prefix + "-";
    }
}
