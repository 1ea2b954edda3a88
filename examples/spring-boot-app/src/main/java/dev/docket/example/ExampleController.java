package dev.docket.example;

import dev.docket.Docket;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The example's endpoints: each answers at once and leaves the slow part to a job. */
@RestController
public class ExampleController {
    private final SignupService signups;
    private final Docket docket;
    private final StorageProperties storage;

    public ExampleController(SignupService signups, Docket docket, StorageProperties storage) {
        this.signups = signups;
        this.docket = docket;
        this.storage = storage;
    }

    @PostMapping("/signup")
    public Map<String, String> signup(@RequestParam String email) {
        return Map.of("job", signups.register(email));
    }

    @PostMapping("/signup/failing")
    public Map<String, String> failingSignup(@RequestParam String email) {
        return Map.of("job", signups.registerThenFail(email));
    }

    @PostMapping("/uploads")
    public ResponseEntity<Map<String, String>> upload(@RequestParam("file") MultipartFile file) throws IOException {
        String name = UUID.randomUUID() + ".img";
        Files.copy(file.getInputStream(), storage.dir("uploads").resolve(name));
        String job = docket.enqueue(new Thumbnails.MakeThumbnail(name, 64)).id();
        return ResponseEntity.accepted().body(Map.of("upload", name, "job", job));
    }

    @PostMapping("/reports")
    public ResponseEntity<Map<String, String>> report() {
        String name = "users-" + LocalDate.now() + "-" + UUID.randomUUID() + ".csv";
        String job = docket.enqueue(new Reports.UserReport(name)).id();
        return ResponseEntity.accepted().body(Map.of("report", name, "job", job));
    }
}
