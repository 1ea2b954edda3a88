package dev.docket.example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the example keeps files ({@code example.storage-dir}). */
@ConfigurationProperties("example")
public class StorageProperties {
    /** The directory for uploads, thumbnails and reports. */
    private Path storageDir = Path.of("example-data");

    public Path getStorageDir() {
        return storageDir;
    }

    public void setStorageDir(Path storageDir) {
        this.storageDir = storageDir;
    }

    /** {@code name} under the storage directory, created if missing. */
    public Path dir(String name) {
        Path dir = storageDir.resolve(name);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
