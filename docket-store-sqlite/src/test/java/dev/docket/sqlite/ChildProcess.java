package dev.docket.sqlite;

import dev.docket.spi.ClaimParams;
import dev.docket.spi.JobRecord;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A second JVM on the same database file, for the tests about crashes and processes sharing a
 * file. {@code enqueue PATH THREADS}: inserts jobs forever from several threads, printing each
 * acknowledged id. {@code claim PATH QUEUE}: claims that queue's jobs until none is left, printing
 * each claimed id, then {@code done}.
 */
public final class ChildProcess {
    private ChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        SqliteStore store = SqliteStore.builder().path(file).build();
        store.migrate();
        PrintStream out = System.out;
        switch (args[0]) {
            case "enqueue" -> enqueue(store, Integer.parseInt(args[2]), out);
            case "claim" -> claim(store, args[2], out);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static void enqueue(SqliteStore store, int threads, PrintStream out) throws InterruptedException {
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                while (true) {
                    long id = TestStores.insert(store, TestStores.job("crash"), Instant.now());
                    synchronized (out) {
                        out.println(id);
                        out.flush();
                    }
                }
            });
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
    }

    private static void claim(SqliteStore store, String queue, PrintStream out) {
        while (true) {
            List<JobRecord> claimed = store.jobs().claim(new ClaimParams(List.of(queue), Set.of(), Set.of(), 10,
                    Duration.ofMinutes(5), "child", Instant.now()));
            if (claimed.isEmpty()) {
                break;
            }
            StringBuilder sb = new StringBuilder();
            claimed.forEach(j -> sb.append(j.id()).append('\n'));
            out.print(sb);
        }
        out.println("done");
        out.flush();
        store.close();
    }

    /** Starts this class in a new JVM with the test class path. */
    static Process start(String... args) throws java.io.IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-XX:+IgnoreUnrecognizedVMOptions");
        command.add(ChildProcess.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
