package dev.docket.reliability.scenario;

import dev.docket.JobRequest;
import dev.docket.reliability.check.Result;
import dev.docket.reliability.fuzz.HttpFuzzer;
import dev.docket.reliability.support.FinalStates;
import dev.docket.server.DocketServer;
import dev.docket.server.ServerSettings;
import dev.docket.spi.InsertParams;
import dev.docket.spi.JobFilter;
import dev.docket.spi.JobRecord;
import dev.docket.spi.NewJob;
import dev.docket.spi.Store;
import dev.docket.spi.Stores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenario 11 (the fuzzing part): a Docket server on a SQLite file takes thousands of hostile
 * requests derived from its OpenAPI document, many at once. No request may get a 5xx or hang, the
 * server must still answer afterwards, the jobs stored before the run must be unchanged, and rows
 * whose stored arguments are not JSON at all (written past the API) must still be listed and shown
 * as readable JSON.
 */
public final class HttpFuzzScenario implements Scenario {
    private static final String TOKEN = "fuzz-token-0123456789";
    private static final String KEEP_QUEUE = "keep-7f3a9c";

    @Override
    public String name() {
        return "http-fuzz";
    }

    @Override
    public String title() {
        return "fuzzing the HTTP API: schema-derived and hostile requests, concurrently";
    }

    @Override
    public Result run(RunContext ctx) throws Exception {
        int requests = ctx.pick(3_000, 30_000);
        Result result = new Result(name(), ctx.full() ? "full" : "short");
        Instant began = Instant.now();
        String url = "sqlite:" + ctx.dir().resolve("docket.db");
        ServerSettings settings = ServerSettings.defaults().withStore(url).withBind("127.0.0.1", 0).withToken(TOKEN)
                .withShutdownGrace(Duration.ofSeconds(2));
        try (DocketServer server = DocketServer.start(settings); Store store = Stores.open(url)) {
            server.docket().admin().pauseQueue(KEEP_QUEUE);
            List<JobRequest> keep = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                keep.add(JobRequest.of("fuzz.keep", Map.of("n", i, "text", "é\u00fc\uD83D\uDE00 <b>" + i))
                        .with(o -> o.queue(KEEP_QUEUE)));
            }
            server.docket().enqueueAll(keep);
            List<Long> badRows = new ArrayList<>();
            for (String bad : List.of("{not json", "", "\u0001\u001b[31m", "[1, 2", "{\"a\": 1} {\"b\": 2}")) {
                badRows.add(store.jobs().insert(InsertParams.of(List.of(NewJob.of("fuzz.bad-row", KEEP_QUEUE, bad)),
                        Instant.now())).get(0).id());
            }
            Map<String, String> before = snapshot(store);

            HttpFuzzer.Report report = new HttpFuzzer(server.url()).run(20261128L, requests, 8, TOKEN);

            result.figure("requests", report.sent());
            result.figure("answers by status", new java.util.TreeMap<>(report.byStatus()));
            result.figure("connections cut by the server, by request kind", new java.util.TreeMap<>(report.connectionsCut()));
            result.figure("slowest answer ms", report.maxMillis());
            result.check("no 5xx", report.serverErrors().isEmpty(), report.serverErrors().size()
                    + (report.serverErrors().isEmpty() ? "" : ", e.g. " + report.serverErrors().get(0)));
            result.check("no hang (every answer within 30 s)", report.hangs().isEmpty(), report.hangs().size()
                    + (report.hangs().isEmpty() ? "" : ", e.g. " + report.hangs().get(0)));
            int health = get(server.url() + "/health", null).statusCode();
            result.check("the server still answers /health", health == 200, Integer.toString(health));
            Map<String, String> after = snapshot(store);
            long changed = before.entrySet().stream().filter(e -> !Objects.equals(e.getValue(), after.get(e.getKey()))).count();
            result.check("the jobs stored before the fuzzing are unchanged", changed, v -> v == 0);
            checkBadRowsAreReadable(server, badRows, result);
        }
        return result.took(Duration.between(began, Instant.now()));
    }

    private static void checkBadRowsAreReadable(DocketServer server, List<Long> badRows, Result result) throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        HttpResponse<String> list = get(server.url() + "/api/v1/jobs?limit=1000&type=fuzz.bad-row", TOKEN);
        boolean listOk = list.statusCode() == 200 && mapper.readTree(list.body()).path("jobs").size() == badRows.size();
        int shown = 0;
        for (long id : badRows) {
            HttpResponse<String> one = get(server.url() + "/api/v1/jobs/" + id, TOKEN);
            if (one.statusCode() == 200 && mapper.readTree(one.body()).path("args").isString()) {
                shown++;
            }
        }
        result.check("jobs whose stored arguments are not JSON are listed and shown as readable JSON",
                listOk && shown == badRows.size(), "list " + list.statusCode() + ", " + shown + " of " + badRows.size()
                        + " shown");
    }

    /** Every job's state, attempt and arguments, by id. */
    private static Map<String, String> snapshot(Store store) {
        return FinalStates.records(store, JobFilter.ALL).values().stream().filter(r -> r.queue().equals(KEEP_QUEUE))
                .collect(Collectors.toMap(r -> Long.toString(r.id()), HttpFuzzScenario::describe));
    }

    private static String describe(JobRecord r) {
        return r.state() + "/" + r.attempt() + "/" + r.argsJson() + "/" + r.errors().size();
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

}
