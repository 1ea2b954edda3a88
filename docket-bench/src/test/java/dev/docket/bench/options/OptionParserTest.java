package dev.docket.bench.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OptionParserTest {
    private final OptionParser parser = new OptionParser(name -> null);

    private BenchOptions parse(String... args) {
        return parser.parse(args);
    }

    @Test
    void drainIsTheDefaultModeWithItsDefaults() {
        BenchOptions o = parse();
        assertThat(o.mode()).isEqualTo(Mode.DRAIN);
        assertThat(o.storeUrl()).isEqualTo(OptionParser.DEFAULT_STORE);
        assertThat(o.load().jobs()).isEqualTo(100_000);
        assertThat(o.load().batch()).isEqualTo(1000);
        assertThat(o.engine().workers()).isEqualTo(OptionParser.DEFAULT_WORKERS);
        assertThat(o.engine().fetchBatch()).isEqualTo(OptionParser.DEFAULT_FETCH_BATCH);
        assertThat(o.engine().retention()).isNull();
        assertThat(o.json()).isFalse();
        assertThat(o.keep()).isFalse();
        assertThat(o.analyze()).isFalse();
        assertThat(o.load().warmupJobs()).isEqualTo(100_000);
    }

    @Test
    void aDrainWarmsUpUnlessTheStoreIsKept() {
        assertThat(parse("--warmup-jobs", "500").load().warmupJobs()).isEqualTo(500);
        assertThat(parse("--jobs", "3000").load().warmupJobs()).isEqualTo(3000);
        assertThat(parse("--jobs", "1000000").load().warmupJobs()).isEqualTo(OptionParser.MAX_DEFAULT_WARMUP_JOBS);
        assertThat(parse("--warmup-jobs", "0").load().warmupJobs()).isZero();
        assertThat(parse("--keep").load().warmupJobs()).isZero();
        assertThat(parse("--keep", "--warmup-jobs", "0").load().warmupJobs()).isZero();
        assertThatThrownBy(() -> parse("--keep", "--warmup-jobs", "10"))
                .hasMessageContaining("--warmup-jobs").hasMessageContaining("--keep");
        assertThatThrownBy(() -> parse("--warmup-jobs", "-1")).hasMessageContaining("--warmup-jobs");
        assertThatThrownBy(() -> parse("--mode", "steady", "--warmup-jobs", "10"))
                .hasMessageContaining("--warmup-jobs does not apply to --mode steady");
        assertThat(parse("--mode", "backlog").load().warmupJobs()).isZero();
    }

    @Test
    void idleAndBacklogRunFewWorkersAtDocketsFetchBatch() {
        for (String mode : new String[] {"idle", "backlog"}) {
            BenchOptions o = parse("--mode", mode);
            assertThat(o.engine().workers()).as(mode).isEqualTo(OptionParser.DEFAULT_FEW_WORKERS);
            assertThat(o.engine().fetchBatch()).as(mode).isNull();
        }
    }

    @Test
    void commitModeTakesConnectionsAndARateButNoEngineSettings() {
        String pg = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=b";
        BenchOptions o = parse("--mode", "commit", "--store", pg, "--rate", "740", "--interval", "1m");
        assertThat(o.mode()).isEqualTo(Mode.COMMIT);
        assertThat(o.engine().workers()).isEqualTo(1);
        assertThat(o.engine().fetchBatch()).isNull();
        assertThat(o.load().rate()).isEqualTo(740);
        assertThat(o.sampling().interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(parse("--mode", "commit", "--store", pg, "--workers", "2").engine().workers()).isEqualTo(2);
        assertThatThrownBy(() -> parse("--mode", "commit", "--store", pg, "--fetch-batch", "10"))
                .hasMessageContaining("--fetch-batch does not apply to --mode commit");
        assertThatThrownBy(() -> parse("--mode", "commit", "--store", pg, "--jobs", "10"))
                .hasMessageContaining("--jobs does not apply to --mode commit");
        assertThatThrownBy(() -> parse("--mode", "commit", "--store", "sqlite:x.db"))
                .hasMessageContaining("--store must be a jdbc:postgresql: URL");
    }

    @Test
    void readsBothSpellingsOfValuesAndFlags() {
        BenchOptions o = parse("--store", "sqlite:x.db", "--jobs=2_000", "--workers", "8", "--json", "--keep",
                "--fetch-batch", "500", "--poll-interval", "250ms");
        assertThat(o.storeUrl()).isEqualTo("sqlite:x.db");
        assertThat(o.load().jobs()).isEqualTo(2000);
        assertThat(o.engine().workers()).isEqualTo(8);
        assertThat(o.engine().fetchBatch()).isEqualTo(500);
        assertThat(o.engine().pollInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(o.json()).isTrue();
        assertThat(o.keep()).isTrue();
    }

    @Test
    void analyzeIsAPostgresFlagOfTheModesThatEnqueueInBulk() {
        String pg = "jdbc:postgresql://h/db?currentSchema=bench_a";
        assertThat(parse("--store", pg, "--analyze").analyze()).isTrue();
        assertThat(parse("--mode", "backlog", "--store", pg, "--analyze").analyze()).isTrue();
        assertThatThrownBy(() -> parse("--mode", "steady", "--store", pg, "--analyze"))
                .hasMessageContaining("--analyze does not apply to --mode steady");
    }

    @Test
    void theStoreComesFromTheEnvironmentWhenNotGiven() {
        BenchOptions o = new OptionParser(name -> name.equals("DOCKET_STORE") ? "sqlite:env.db" : null).parse(new String[0]);
        assertThat(o.storeUrl()).isEqualTo("sqlite:env.db");
    }

    @Test
    void steadyModeHasARetentionAndSamplingSettings() {
        BenchOptions o = parse("--mode", "steady", "--rate", "500", "--duration", "2m", "--interval", "5s",
                "--csv", "out/s.csv", "--chart", "out/s.png", "--warmup", "0");
        assertThat(o.load().rate()).isEqualTo(500);
        assertThat(o.sampling().duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(o.sampling().interval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.sampling().warmup()).isEqualTo(Duration.ZERO);
        assertThat(o.sampling().csv()).isEqualTo(Path.of("out/s.csv"));
        assertThat(o.sampling().chart()).isEqualTo(Path.of("out/s.png"));
        assertThat(o.engine().retention()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.load().producer()).isEqualTo(Producer.SAME);
        assertThat(o.load().tick()).isEqualTo(Duration.ofMillis(5));
    }

    @Test
    void aSteadyProducerWithATickOfZeroCallsAgainAsSoonAsItsLastCallReturns() {
        assertThat(parse("--mode", "steady", "--tick", "0s").load().tick()).isZero();
        assertThat(parse("--mode", "steady", "--tick", "1ms").load().tick()).isEqualTo(Duration.ofMillis(1));
        assertThatThrownBy(() -> parse("--mode", "steady", "--tick", "-1ms")).hasMessageContaining("--tick");
    }

    @Test
    void idleModeProducesFromASeparateDocketUnlessTheStoreIsMemory() {
        assertThat(parse("--mode", "idle", "--store", "sqlite:x.db").load().producer()).isEqualTo(Producer.SEPARATE);
        assertThat(parse("--mode", "idle").load().producer()).isEqualTo(Producer.SAME);
        assertThat(parse("--mode", "idle").load().jobs()).isEqualTo(1000);
        assertThat(parse("--mode", "idle").load().warmupJobs()).isEqualTo(1000);
        assertThat(parse("--mode", "idle", "--jobs", "50", "--keep").load().warmupJobs()).isEqualTo(50);
        assertThat(parse("--mode", "idle", "--warmup-jobs", "0").load().warmupJobs()).isZero();
        assertThat(parse("--mode", "steady").load().warmupJobs()).isZero();
        assertThatThrownBy(() -> parse("--mode", "idle", "--producer", "separate"))
                .isInstanceOf(UsageException.class).hasMessageContaining("memory:");
    }

    @Test
    void backlogModeDefaultsToAMillionJobs() {
        BenchOptions o = parse("--mode", "backlog", "--job-time", "50ms");
        assertThat(o.load().jobs()).isEqualTo(1_000_000);
        assertThat(o.load().jobTime()).isEqualTo(Duration.ofMillis(50));
    }

    @Test
    void problemsNameTheOptionAndTheValue() {
        assertThatThrownBy(() -> parse("--jobs", "many")).hasMessageContaining("--jobs").hasMessageContaining("many");
        assertThatThrownBy(() -> parse("--jobs", "0")).hasMessageContaining("--jobs must be 1 to");
        assertThatThrownBy(() -> parse("--batch", "20000")).hasMessageContaining("--batch must be 1 to 10000");
        assertThatThrownBy(() -> parse("--mode", "fast")).hasMessageContaining("--mode").hasMessageContaining("fast");
        assertThatThrownBy(() -> parse("--speed", "1")).hasMessageContaining("unknown option --speed");
        assertThatThrownBy(() -> parse("--speed")).hasMessageContaining("unknown option --speed");
        assertThatThrownBy(() -> parse("--jobs")).hasMessageContaining("--jobs needs a value");
        assertThatThrownBy(() -> parse("--jobs", "1", "--jobs", "2")).hasMessageContaining("twice");
        assertThatThrownBy(() -> parse("jobs")).hasMessageContaining("unexpected argument 'jobs'");
        assertThatThrownBy(() -> parse("--json=yes")).hasMessageContaining("--json takes no value");
        assertThatThrownBy(() -> parse("--rate", "10")).hasMessageContaining("--rate does not apply to --mode drain");
        assertThatThrownBy(() -> parse("--mode", "steady", "--duration", "soon"))
                .hasMessageContaining("--duration must be a duration");
        assertThatThrownBy(() -> parse("--mode", "steady", "--interval", "10ms"))
                .hasMessageContaining("--interval must be at least 100ms");
        assertThatThrownBy(() -> parse("--store", " ")).hasMessageContaining("--store must not be empty");
        assertThatThrownBy(() -> parse("--analyze")).hasMessageContaining("--analyze applies to PostgreSQL");
    }
}
