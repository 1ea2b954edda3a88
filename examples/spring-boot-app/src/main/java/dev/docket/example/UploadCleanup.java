package dev.docket.example;

import dev.docket.schedule.CatchUp;
import dev.docket.schedule.Overlap;
import dev.docket.spring.DocketJob;
import dev.docket.spring.Recurring;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Deletes uploads older than a week, every night. */
@Component
public class UploadCleanup {
    /** Uploads older than this are deleted. */
    static final Duration KEEP = Duration.ofDays(7);

    private final StorageProperties storage;
    private final Clock clock = Clock.systemUTC();

    public UploadCleanup(StorageProperties storage) {
        this.storage = storage;
    }

    /** Deletes old uploads; returns how many. */
    @DocketJob("uploads.cleanup")
    @Recurring(name = "nightly-upload-cleanup", cron = "0 3 * * *", zone = "Europe/Berlin",
            overlap = Overlap.SKIP, catchUp = CatchUp.ONE)
    public int cleanUp() throws IOException {
        Instant cutoff = clock.instant().minus(KEEP);
        int deleted = 0;
        try (Stream<Path> files = Files.list(storage.dir("uploads"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.getLastModifiedTime(f).toInstant().isBefore(cutoff) && Files.deleteIfExists(f)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }
}
