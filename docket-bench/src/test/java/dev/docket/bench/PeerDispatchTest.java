package dev.docket.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PeerDispatchTest {
    @Test
    void spotsAPeerRequestInEitherSpelling() {
        assertThat(PeerDispatch.wanted(new String[] {"--store", "x", "--peer", "jobrunr"})).isTrue();
        assertThat(PeerDispatch.wanted(new String[] {"--peer=db-scheduler"})).isTrue();
        assertThat(PeerDispatch.wanted(new String[] {"--store", "x"})).isFalse();
    }

    @Test
    void saysSoWhenThisBuildHasNoPeerBenchmarks() {
        assumeTrue(absent(), "this build has the peer benchmarks");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PeerDispatch.run(new String[] {"--peer", "jobrunr"}, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(BenchCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("peer benchmarks not available in this build");
    }

    private static boolean absent() {
        try {
            Class.forName(PeerDispatch.PEER_CLASS);
            return false;
        } catch (ClassNotFoundException e) {
            return true;
        }
    }
}
