package org.ordercycle.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher and the benchmark's timed main job start Java the same way: one options file, one class-data archive. */
class LauncherOptionsTest {
    @Test
    void theLauncherPassesTheOptionsFileTheBenchmarkReads() throws Exception {
        String launcher = Files.readString(Path.of("ordercycle"));
        assertTrue(launcher.contains("options=\"$root/src/main/resources" + Benchmark.JVM_OPTIONS + "\""),
                "the launcher must name the options file the benchmark reads");
        assertTrue(launcher.contains("exec java @\"$options\""), "the launcher must pass it as an argument file");
        List<String> options = Benchmark.launcherOptions();
        assertTrue(options.contains("-Djava.awt.headless=true"), options.toString());
        assertTrue(options.stream().allMatch(o -> o.startsWith("-")), options.toString());
    }

    /** (e) compares a Spark task with a local replication: both JVMs must run the model the same way. */
    @Test
    void theSparkApplicationStartsJavaWithTheLaunchersOptions() throws Exception {
        List<String> spark = Files.readAllLines(Path.of("spark", "jvm.options")).stream()
                .map(String::strip).filter(line -> line.startsWith("-")).toList();
        for (String option : Benchmark.launcherOptions()) {
            assertTrue(spark.contains(option), "spark/jvm.options lacks the launcher's " + option);
        }
        String runLocal = Files.readString(Path.of("spark", "run-local.sh"));
        assertTrue(runLocal.contains("gc_off=\"-XX:-UseParallelGC\""),
                "spark/run-local.sh must let JAVA_OPTS choose another collector, as the launcher does");
    }

    @Test
    void theBenchmarkUsesTheLaunchersClassArchiveOnlyWhenItIsUpToDate(@TempDir Path dir) throws Exception {
        String launcher = Files.readString(Path.of("ordercycle"));
        assertTrue(launcher.contains("archive=\"$root/target/" + Benchmark.CLASS_ARCHIVE + "\""), launcher);
        Path jar = Files.writeString(dir.resolve("ordercycle-all.jar"), "jar");
        assertEquals(List.of(), Benchmark.sharingOptions(jar.toString()), "no archive yet");

        Path archive = Files.writeString(dir.resolve(Benchmark.CLASS_ARCHIVE), "classes");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(2_000_000));
        List<String> sharing = Benchmark.sharingOptions(jar.toString());
        assertTrue(sharing.contains("-XX:SharedArchiveFile=" + archive), sharing.toString());

        Files.setLastModifiedTime(jar, FileTime.fromMillis(3_000_000)); // rebuilt since: stale
        assertEquals(List.of(), Benchmark.sharingOptions(jar.toString()));
        assertEquals(List.of(), Benchmark.sharingOptions(jar + File.pathSeparator + dir.resolve("other.jar")));
    }
}
