package org.ordercycle.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The chart package is an outer layer (style.md habit 1): the simulation, statistics and experiment
 * packages never import it. ArchitectureTest keeps model and engine free of XChart altogether.
 */
class ChartLayeringTest {
    private static final Path MAIN = Path.of("src/main/java/org/ordercycle");

    @Test
    void innerPackagesDoNotImportTheChartPackage() throws IOException {
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (String pkg : List.of("model", "engine", "stats", "experiment", "scenario", "policy")) {
            Path dir = MAIN.resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    if (Files.readString(f).contains("org.ordercycle.report.chart")) {
                        problems.add(f.toString());
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        assertTrue(files > 50, "scanned " + files);
        assertEquals(List.of(), problems);
    }
}
