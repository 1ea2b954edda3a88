package dev.docket.tck;

import static dev.docket.tck.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.StoreException;
import dev.docket.spi.InsertParams;
import dev.docket.spi.StoreDiagnostics;
import dev.docket.spi.StoreInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store as a whole: what it says about itself, migration, isolation and closing. */
class StoreLifecycleContractTest extends StoreTestSupport {

    @Test
    void infoNamesTheStore() {
        StoreInfo info = store.info();

        assertThat(info.kind()).isNotBlank();
        assertThat(info.description()).isNotBlank().doesNotContainIgnoringCase("password=");
    }

    @Test
    void pingAnswersWhileOpen() {
        store.ping();
    }

    @Test
    void migrateIsIdempotentAndKeepsTheData() {
        long id = insertOne(job("q"));

        store.migrate();
        store.migrate();

        assertThat(find(id).queue()).isEqualTo("q");
    }

    @Test
    void aFreshStoreIsEmpty() {
        assertThat(all()).isEmpty();
        assertThat(queries().countByQueueAndState()).isEmpty();
        assertThat(store.queues().list()).isEmpty();
        assertThat(store.processes().list()).isEmpty();
        assertThat(store.leaders().current("maintenance", T0)).isEmpty();
    }

    @Test
    void closeIsIdempotent() {
        store.close();
        store.close();
    }

    @Test
    void diagnosticsAnswerWithCountsOrUnknown() {
        insert(T0, job("q"), job("q"));

        StoreDiagnostics d = store.diagnostics();

        assertThat(d.jobRows()).as("live job rows: a count (an estimate) or -1").isGreaterThanOrEqualTo(-1);
        assertThat(d.deadJobRows()).as("dead job rows: a count (an estimate) or -1").isGreaterThanOrEqualTo(-1);
    }

    @Test
    void useAfterCloseFailsWithAStoreException() {
        store.close();

        assertThatThrownBy(store::ping).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> jobs().insert(InsertParams.of(List.of(job("q")), T0)))
                .isInstanceOf(StoreException.class).hasMessageContaining("insert");
    }
}
