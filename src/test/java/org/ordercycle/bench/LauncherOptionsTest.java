package org.ordercycle.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher and the benchmark's timed main job start Java with the same options, from one file. */
class LauncherOptionsTest {
    @Test
    void theLauncherPassesTheOptionsFileTheBenchmarkReads() throws Exception {
        String launcher = Files.readString(Path.of("ordercycle"));
        assertTrue(launcher.contains("exec java @\"$root/src/main/resources" + Benchmark.JVM_OPTIONS + "\""),
                "the launcher must pass the options file as an argument file");
        List<String> options = Benchmark.launcherOptions();
        assertTrue(options.contains("-Djava.awt.headless=true"), options.toString());
        assertTrue(options.stream().allMatch(o -> o.startsWith("-")), options.toString());
    }
}
