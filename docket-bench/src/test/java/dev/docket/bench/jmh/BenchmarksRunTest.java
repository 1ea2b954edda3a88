package dev.docket.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.it.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmark methods do what they claim on both stores (a claim returns its 64 jobs, an outcome
 * write applies to all 64, the hand-back keeps a store reusable), so a change in the SPI cannot turn
 * a benchmark into a measurement of an error path. Times are not looked at.
 */
class BenchmarksRunTest {
    private static final String SCHEMA = "peers_jmh_t" + ProcessHandle.current().pid();
    private static final TestPostgres PG = TestPostgres.get();

    @BeforeAll
    static void pointAtTheTestServer() {
        System.setProperty(BenchStores.PG_PROPERTY, PG.jdbcUrl(null));
        System.setProperty(BenchStores.SCHEMA_PROPERTY, SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        PG.dropSchema(SCHEMA);
        System.clearProperty(BenchStores.PG_PROPERTY);
        System.clearProperty(BenchStores.SCHEMA_PROPERTY);
    }

    @Test
    void codecRoundTripsTheSampleArguments() {
        ArgsCodecBench bench = new ArgsCodecBench();
        bench.setUp();
        assertThat(bench.decode()).isEqualTo(SampleArgs.example());
        assertThat(bench.normalize()).isEqualTo(bench.encode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "postgres"})
    void claimsTakeTheirJobsAndTheHandBackRefillsThePool(String store) {
        ClaimBench bench = new ClaimBench();
        bench.store = store;
        bench.freshStore();
        try {
            for (int i = 0; i < ClaimBench.POOL / ClaimBench.BATCH; i++) {
                bench.handBackWhenLow();
                assertThat(bench.claimBatch()).isEqualTo(ClaimBench.BATCH);
            }
            bench.handBackWhenLow();
            assertThat(bench.claimOneByOne()).isEqualTo(ClaimBench.BATCH);
        } finally {
            bench.closeStore();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "postgres"})
    void outcomesApplyToEveryRunningJob(String store) {
        OutcomeBench bench = new OutcomeBench();
        bench.store = store;
        bench.freshStore();
        try {
            bench.startMoreWhenLow();
            assertThat(bench.recordBatch()).isEqualTo(OutcomeBench.BATCH);
            bench.startMoreWhenLow();
            assertThat(bench.recordOneByOne()).isEqualTo(OutcomeBench.BATCH);
        } finally {
            bench.closeStore();
        }
    }

    @Test
    void onlyTheBenchmarksOwnSchemaMayBeDropped() {
        System.setProperty(BenchStores.SCHEMA_PROPERTY, "public");
        try {
            assertThatThrownBy(() -> BenchStores.openEmpty("postgres")).hasMessageContaining("must match peers_");
        } finally {
            System.setProperty(BenchStores.SCHEMA_PROPERTY, SCHEMA);
        }
    }
}
