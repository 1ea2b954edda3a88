package dev.docket.bench.peers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.utils.JarUtils;

/**
 * The versions of the peers on the class path, for the output. Each library's own metadata is read
 * first; inside the shaded jar, where JobRunr's manifest is gone, the version this module was built
 * against is read from its packaged pom.
 */
final class PeerVersions {
    private static final String BENCH_POM = "/META-INF/maven/dev.docket/docket-bench/pom.xml";

    private PeerVersions() {
    }

    static String jobRunr() {
        String own = JarUtils.getVersion(JobScheduler.class);
        return usable(own) ? own : fromBenchPom("jobrunr.version");
    }

    static String dbScheduler() {
        String own = pomProperty("/META-INF/maven/com.github.kagkarlsson/db-scheduler/pom.properties");
        return usable(own) ? own : fromBenchPom("db-scheduler.version");
    }

    private static boolean usable(String version) {
        return version != null && !version.isBlank() && !version.equalsIgnoreCase("unknown");
    }

    private static String pomProperty(String resource) {
        try (InputStream in = PeerVersions.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    private static String fromBenchPom(String property) {
        try (InputStream in = PeerVersions.class.getResourceAsStream(BENCH_POM)) {
            if (in != null) {
                String pom = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher m = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)<").matcher(pom);
                if (m.find()) {
                    return m.group(1).trim();
                }
            }
        } catch (IOException e) {
            // reported as unknown
        }
        return "unknown";
    }
}
