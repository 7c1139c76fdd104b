package org.ordercycle.spark;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The code that runs on executors stays with the core library: Tablesaw and XChart clash with
 * Spark's own libraries (guava, icu4j, RoaringBitmap), and the command line, report and charts
 * belong on the driver.
 */
class ExecutorCodeTest {
    private static final List<String> EXECUTOR_CLASSES = List.of("ReplicationTask", "SharedStore", "ScenarioText",
            "TaskSpec", "IndexedResult", "ExecutorCache");
    private static final List<String> FORBIDDEN = List.of("tech.tablesaw", "org.knowm", "org.ordercycle.cli",
            "org.ordercycle.report", "org.ordercycle.web");

    @Test
    void executorClassesImportNoTableChartOrFrontEndCode() throws Exception {
        for (String name : EXECUTOR_CLASSES) {
            Path file = Path.of("spark/src/main/java/org/ordercycle/spark", name + ".java");
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("import ")) {
                    for (String f : FORBIDDEN) {
                        assertFalse(line.contains(f), file + " imports " + line);
                    }
                }
            }
        }
    }
}
