package dev.docket.reliability.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.reliability.ledger.LedgerWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tail counts one kind of line across growing files, each whole line once. */
class LedgerTailTest {
    @TempDir
    Path dir;

    @Test
    void countsEachWholeLineOfItsKindOnceAsTheFilesGrow() throws Exception {
        Path a = dir.resolve("w1.ledger");
        Path b = dir.resolve("w2.ledger");
        LedgerTail outcomes = LedgerTail.inDirectory(dir, "O");
        assertThat(outcomes.count()).as("no files yet").isZero();

        try (LedgerWriter w1 = new LedgerWriter(a); LedgerWriter w2 = new LedgerWriter(b)) {
            w1.start("1", 1, "w1");
            w1.recorded("1", 1, "w1");
            w2.recorded("2", 1, "w2");
            w2.leaseLost("3", 1, "w2");
            assertThat(outcomes.count()).isEqualTo(2);
            assertThat(outcomes.count()).as("nothing new").isEqualTo(2);

            w1.recorded("4", 1, "w1");
            w1.line("OX not an outcome");
            assertThat(outcomes.count()).isEqualTo(3);
        }
    }

    @Test
    void aLineStillBeingWrittenIsCountedOnceItEnds() throws Exception {
        Path a = dir.resolve("w1.ledger");
        LedgerTail outcomes = LedgerTail.inDirectory(dir, "O");
        Files.writeString(a, "O 1 1 w1 5\nO 2 1", StandardCharsets.UTF_8);
        assertThat(outcomes.count()).isEqualTo(1);

        Files.writeString(a, " w1 6\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThat(outcomes.count()).isEqualTo(2);
    }

    @Test
    void inADirectoryItFollowsLedgersThatAppearLater() throws Exception {
        LedgerTail outcomes = LedgerTail.inDirectory(dir, "O");
        try (LedgerWriter acks = new LedgerWriter(dir.resolve("enqueue.ledger"));
             LedgerWriter w1 = new LedgerWriter(dir.resolve("w1.1.ledger"))) {
            acks.acked("1");
            w1.recorded("1", 1, "w1.1");
            assertThat(outcomes.count()).isEqualTo(1);

            try (LedgerWriter restarted = new LedgerWriter(dir.resolve("w1.2.ledger"))) {
                restarted.recorded("2", 2, "w1.2");
                Files.writeString(dir.resolve("notes.txt"), "O 3 1 w9 7\n", StandardCharsets.UTF_8);
                assertThat(outcomes.count()).isEqualTo(2);
            }
        }
    }
}
