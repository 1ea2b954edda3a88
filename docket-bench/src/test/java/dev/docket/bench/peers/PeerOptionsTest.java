package dev.docket.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PeerOptionsTest {
    private static final String STORE = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    @Test
    void defaultsNameTheDatabaseAfterThePeer() {
        PeerOptions o = PeerOptions.parse(new String[] {"--peer", "db-scheduler", "--store", STORE, "--jobs", "20000"});
        assertThat(o.peer()).isEqualTo(PeerKind.DB_SCHEDULER);
        assertThat(o.database()).isEqualTo("peers_dbscheduler");
        assertThat(o.jobs()).isEqualTo(20000);
        assertThat(o.workers()).isNull();
        assertThat(o.json()).isFalse();
        assertThat(o.warmupJobs()).isEqualTo(20000);
        assertThat(o.warmUp().jobs()).isEqualTo(20000);
        assertThat(o.warmUp().warmupJobs()).isZero();
        assertThat(o.warmUp().database()).isEqualTo(o.database());
        PeerOptions j = PeerOptions.parse(new String[] {"--json", "--peer", "JobRunr", "--store", STORE, "--jobs", "5",
                "--workers", "8", "--warmup-jobs", "0"});
        assertThat(j.warmupJobs()).isZero();
        assertThat(PeerOptions.parse(new String[] {"--peer", "jobrunr", "--store", STORE, "--jobs", "500000"})
                .warmupJobs()).isEqualTo(PeerOptions.MAX_DEFAULT_WARMUP_JOBS);
        assertThat(j.peer()).isEqualTo(PeerKind.JOBRUNR);
        assertThat(j.database()).isEqualTo("peers_jobrunr");
        assertThat(j.workers()).isEqualTo(8);
        assertThat(j.json()).isTrue();
    }

    @Test
    void wrongArgumentsAreNamed() {
        assertThatThrownBy(() -> PeerOptions.parse(new String[] {"--store", STORE, "--jobs", "5"}))
                .hasMessageContaining("--peer is required");
        assertThatThrownBy(() -> PeerOptions.parse(new String[] {"--peer", "quartz", "--store", STORE, "--jobs", "5"}))
                .hasMessageContaining("unknown peer 'quartz'").hasMessageContaining("jobrunr or db-scheduler");
        assertThatThrownBy(() -> PeerOptions.parse(new String[] {"--peer", "jobrunr", "--store", "sqlite:x.db",
                "--jobs", "5"})).hasMessageContaining("--store must be a PostgreSQL URL");
        assertThatThrownBy(() -> PeerOptions.parse(new String[] {"--peer", "jobrunr", "--store", STORE, "--jobs", "0"}))
                .hasMessageContaining("--jobs must be a positive whole number, was '0'");
        assertThatThrownBy(() -> PeerOptions.parse(new String[] {"--peer", "jobrunr", "--store", STORE}))
                .hasMessageContaining("--jobs is required");
        assertThatThrownBy(() -> PeerOptions.parse(new String[] {"--peer", "jobrunr", "--store", STORE, "--jobs", "5",
                "--warmup-jobs", "-2"}))
                .hasMessageContaining("--warmup-jobs must be a whole number, 0 or more, was '-2'");
        assertThatThrownBy(() -> PeerOptions.parse(new String[] {"--peer", "jobrunr", "--store", STORE, "--jobs", "5",
                "--fast"})).hasMessageContaining("unknown argument '--fast'");
    }

    @Test
    void onlyTheBenchmarksOwnDatabasesMayBeDropped() {
        assertThatThrownBy(() -> PeerOptions.parse(new String[] {"--peer", "jobrunr", "--store", STORE, "--jobs", "5",
                "--database", "test"})).hasMessageContaining("must match peers_");
        assertThatThrownBy(() -> PeerDatabase.recreate(STORE, "postgres"))
                .hasMessageContaining("not a peers_ database");
    }

    @Test
    void aUsageErrorExitsWithTwoAndPrintsTheUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PeerBench.run(new String[] {"--peer"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--peer needs a value")
                .contains("usage: bench --peer");
    }

    @Test
    void thePeerDatabaseUrlKeepsServerAndCredentialsButNotSchemaOrPoolSize() {
        assertThat(PeerDatabase.urlFor("jdbc:postgresql://db:5433/app?user=u&currentSchema=s&password=p&poolSize=4",
                "peers_jobrunr")).isEqualTo("jdbc:postgresql://db:5433/peers_jobrunr?user=u&password=p");
        assertThat(PeerDatabase.urlFor("jdbc:postgresql://db", "peers_x")).isEqualTo("jdbc:postgresql://db/peers_x");
        assertThat(PeerDatabase.urlFor("jdbc:postgresql:app?user=u", "peers_x"))
                .isEqualTo("jdbc:postgresql:peers_x?user=u");
    }
}
