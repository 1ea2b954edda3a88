package dev.docket.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.it.TestPostgres;
import dev.docket.server.support.Await;
import dev.docket.server.support.Http;
import dev.docket.server.support.Http.Answer;
import dev.docket.server.support.TcpProxy;
import dev.docket.server.support.TestServer;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A server whose PostgreSQL goes away keeps serving: health is degraded, enqueues fail loudly with
 * 503 (never a false 201), and everything recovers without a restart once the database is back.
 */
class StoreOutageTest {
    @Test
    void theServerDegradesAndRecoversWithItsStore() throws Exception {
        TestPostgres pg = TestPostgres.get();
        String schema = pg.newSchema("outage");
        URI direct = URI.create(pg.jdbcUrl(schema).substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(direct.getHost(), direct.getPort())) {
            String viaProxy = "jdbc:postgresql://127.0.0.1:" + proxy.port() + direct.getRawPath() + "?" + direct.getRawQuery();
            // a short lease: a claim whose answer the cut connection lost is rescued soon after
            try (TestServer server = TestServer.start(viaProxy, null, null, b -> b.lease(Duration.ofSeconds(3)))) {
                Http http = server.http();
                Answer before = http.post("/api/v1/jobs", "{\"type\":\"demo.echo\",\"args\":{\"n\":1}}");
                assertThat(before.status()).isEqualTo(201);
                String kept = before.json().path("id").stringValue();

                proxy.cut();
                Answer health = Await.value("health reports the outage", Duration.ofSeconds(30), () -> {
                    Answer h = http.get("/health");
                    return h.status() == 503 ? h : null;
                });
                assertThat(health.json().path("status").stringValue()).isEqualTo("degraded");
                assertThat(health.json().path("store").stringValue()).contains("PostgreSQL");
                assertThat(health.json().path("detail").stringValue()).isNotBlank();

                Answer refused = http.post("/api/v1/jobs", "{\"type\":\"demo.echo\",\"args\":{\"n\":2}}");
                assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
                assertThat(refused.error()).isEqualTo("store_unavailable");
                assertThat(refused.message()).isNotBlank();
                assertThat(http.get("/api/v1/jobs/" + kept).status()).isEqualTo(503);
                assertThat(http.get("/metrics").body()).contains("docket_store_up 0");

                proxy.restore();
                Await.until("health is up again", Duration.ofSeconds(60), () -> http.get("/health").status() == 200);
                Answer after = http.post("/api/v1/jobs", "{\"type\":\"demo.echo\",\"args\":{\"n\":3}}");
                assertThat(after.status()).as(after.toString()).isEqualTo(201);
                String id = after.json().path("id").stringValue();
                Await.until("the new job runs", Duration.ofSeconds(30), () -> http.get("/api/v1/jobs/" + id).json()
                        .path("state").stringValue().equals("succeeded"));
                Await.until("the job enqueued before the outage ends succeeded (rescued if its claim was lost)",
                        Duration.ofSeconds(30), () -> http.get("/api/v1/jobs/" + kept).json().path("state")
                                .stringValue().equals("succeeded"));
                assertThat(http.get("/api/v1/jobs?type=demo.echo").json().path("jobs")).hasSize(2);
            }
        } finally {
            pg.dropSchema(schema);
        }
    }
}
