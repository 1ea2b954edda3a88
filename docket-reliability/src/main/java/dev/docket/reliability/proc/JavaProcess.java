package dev.docket.reliability.proc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a class's {@code main} in a new JVM with this JVM's class path (the module's runtime or
 * test class path), so the battery's workers are real, separate processes that can be killed.
 */
public final class JavaProcess {
    private JavaProcess() {
    }

    /**
     * Starts {@code mainClass} with {@code args}; standard output and error go to {@code out}.
     *
     * @param heap the maximum heap, e.g. {@code 256m}
     */
    public static Process start(Class<?> mainClass, List<String> args, String heap, Path out) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC",
                "-XX:+IgnoreUnrecognizedVMOptions", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(args);
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + mainClass.getSimpleName(), e);
        }
    }

    /** Sends {@code signal} (e.g. {@code STOP}, {@code CONT}) to a process with the system's kill. */
    public static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int code = kill.waitFor();
            if (code != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " exited with " + code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send SIG" + signal + " to " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted sending SIG" + signal, e);
        }
    }
}
