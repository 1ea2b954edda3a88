package dev.docket.internal;

import dev.docket.Docket;
import java.util.Map;

/** Placeholder until the runtime lands. */
public final class DocketRuntime {
    private DocketRuntime() {
    }

    public static Docket create(DocketSettings settings, Map<String, Integer> queues) {
        throw new UnsupportedOperationException("runtime not built yet");
    }
}
