package dev.docket.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the one {@link StoreFixture} registered on the test class path. The suite runs inside a
 * store module's test phase, so exactly one fixture must be there: none means the module forgot
 * to register it, several mean the suite would not know which store it checks.
 */
public final class Fixtures {
    private static volatile StoreFixture single;

    private Fixtures() {
    }

    /** The registered fixture, loaded once per test run. */
    public static StoreFixture single() {
        StoreFixture f = single;
        if (f == null) {
            synchronized (Fixtures.class) {
                f = single;
                if (f == null) {
                    f = load();
                    single = f;
                }
            }
        }
        return f;
    }

    private static StoreFixture load() {
        List<StoreFixture> found = new ArrayList<>();
        ServiceLoader.load(StoreFixture.class, Thread.currentThread().getContextClassLoader()).forEach(found::add);
        if (found.isEmpty()) {
            throw new IllegalStateException("no store fixture for the conformance suite: register one in "
                    + "src/test/resources/META-INF/services/" + StoreFixture.class.getName());
        }
        if (found.size() > 1) {
            List<String> names = found.stream().map(x -> x.getClass().getName()).toList();
            throw new IllegalStateException("several store fixtures are registered " + names
                    + "; the conformance suite runs against exactly one store per module");
        }
        return found.get(0);
    }
}
