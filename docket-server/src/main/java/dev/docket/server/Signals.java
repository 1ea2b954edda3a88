package dev.docket.server;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;

/**
 * Traps SIGTERM and SIGINT so that the server stops gracefully and exits 0 (the JVM's own handling
 * would exit 143). Uses {@code sun.misc.Signal} through reflection, since it is not a standard API;
 * where it is missing the caller falls back to a shutdown hook.
 */
public final class Signals {
    private Signals() {
    }

    /** Runs {@code action} on SIGTERM and SIGINT; false when signals cannot be trapped here. */
    public static boolean onTerminate(Runnable action) {
        return trap("TERM", action) & trap("INT", action);
    }

    private static boolean trap(String name, Runnable action) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            InvocationHandler body = (proxy, method, args) -> switch (method.getName()) {
                case "handle" -> {
                    action.run();
                    yield null;
                }
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> "docket-signal-handler";
            };
            Object handler = Proxy.newProxyInstance(Signals.class.getClassLoader(), new Class<?>[] {handlerType}, body);
            Object sig = signal.getConstructor(String.class).newInstance(name);
            signal.getMethod("handle", signal, handlerType).invoke(null, sig, handler);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}
