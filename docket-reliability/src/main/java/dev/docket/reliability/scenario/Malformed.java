package dev.docket.reliability.scenario;

import dev.docket.reliability.worker.JobTypes;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.NewJob;
import dev.docket.spi.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Malformed payloads, written straight through the store SPI since the API refuses most of them:
 * text that is not JSON at all, a type no process knows, and JSON of the wrong shape for the
 * type's arguments. Each kind comes with the words its dead job's error must contain.
 */
final class Malformed {
    /** A kind of malformed job: its type, its stored arguments, and the expected reason. */
    record Kind(String name, String type, String argsJson, String reason) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("not JSON", JobTypes.STRICT.name(), "{not json", "invalid arguments"),
            new Kind("truncated JSON", JobTypes.STRICT.name(), "{\"n\": 1, \"name\": \"x", "invalid arguments"),
            new Kind("empty text", JobTypes.STRICT.name(), "", "invalid arguments"),
            new Kind("binary garbage", JobTypes.STRICT.name(), "\u0001\uFFFD\u001b[31m", "invalid arguments"),
            new Kind("array for an object", JobTypes.STRICT.name(), "[1, 2, 3]", "invalid arguments"),
            new Kind("string for an object", JobTypes.STRICT.name(), "\"text\"", "invalid arguments"),
            new Kind("string for an int", JobTypes.STRICT.name(), "{\"n\": \"seven\"}", "invalid arguments"),
            new Kind("object for an int", JobTypes.STRICT.name(), "{\"n\": {\"deep\": [1, {\"a\": 2}]}}", "invalid arguments"),
            new Kind("unknown type", "rel.nobody-knows-this", "{\"n\": 1}", "unknown job type"),
            new Kind("unknown type, bad JSON", "rel.nobody-either", "{{{", "unknown job type"));

    private Malformed() {
    }

    /** Inserts {@code total} malformed jobs, the kinds in turn; returns each job's id and kind. */
    static Map<Long, Kind> insert(Store store, int total) {
        Map<Long, Kind> out = new LinkedHashMap<>();
        List<NewJob> batch = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Kind k = KINDS.get(i % KINDS.size());
            batch.add(NewJob.of(k.type(), "default", k.argsJson()));
            kinds.add(k);
            if (batch.size() == 100 || i == total - 1) {
                List<InsertResult> ids = store.jobs().insert(InsertParams.of(batch, Instant.now()));
                for (int j = 0; j < ids.size(); j++) {
                    out.put(ids.get(j).id(), kinds.get(j));
                }
                batch.clear();
                kinds.clear();
            }
        }
        return out;
    }
}
