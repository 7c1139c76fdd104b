package org.ordercycle.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.ExceptionFailure;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.cli.Main;

/**
 * The Spark application against local runs of the same command line and seed: the tables must
 * be byte for byte the same whatever the partitioning, after failed tasks are retried, and after
 * a resume that skips the stored runs. Runs on local[2] (about a minute in all).
 */
class SparkRunTest {
    @TempDir
    Path dir;

    @Test
    void compareTablesAreThoseOfALocalRunForOneOrSevenPartitions() throws IOException {
        String[] args = {"compare", shortClassroom().toString(), "--replications", "3", "--seed", "7", "--no-report"};
        Path local = localRun(args);
        for (int partitions : new int[] {1, 7}) {
            Path out = dir.resolve("spark-" + partitions);
            SparkMain.Outcome o = sparkRun("local[2]", Map.of(SparkMain.PARTITIONS, "" + partitions),
                    with(args, "--out", out, "--quiet"));
            assertEquals(2 * 3, o.simulated(), "two policies x 3 replications, all on the executors");
            assertSameTables(local, out);
            assertEquals(manifestWithout(local), manifestWithout(out).replace(out.toString(), local.toString()),
                    "the manifest differs only in its time stamp and output folder");
        }
    }

    @Test
    void aRetriedTaskLeavesTheTablesUnchanged() throws IOException {
        Path scenario = shortClassroom();
        Path local = localRun("compare", scenario.toString(), "--replications", "4", "--seed", "3", "--no-report");
        Path out = dir.resolve("retried");
        // local[2,3]: two cores, a task may fail up to 3 times; every first attempt fails after its first run
        FailedTasks failed = new FailedTasks();
        StringWriter err = new StringWriter();
        SparkMain.Outcome o = sparkRun("local[2,3]",
                Map.of(SparkMain.PARTITIONS, "3", SparkMain.FAIL_FIRST_ATTEMPTS, "true"), err, failed,
                "compare", scenario.toString(), "--replications", "4", "--seed", "3", "--no-report",
                "--out", out.toString());
        assertEquals(0, o.exitCode(), err.toString());
        assertEquals(3, failed.count.get(), "the first attempt of each of the 3 tasks failed and was retried");
        assertSameTables(local, out);
    }

    @Test
    void aResumedRunSkipsTheRunsLeftInAHadoopStore() throws IOException {
        Path scenario = shortClassroom();
        String[] args = {"compare", scenario.toString(), "--replications", "4", "--seed", "5", "--no-report"};
        Path local = localRun(args);
        String store = dir.resolve("shared-store").toUri().toString(); // file:/... through Hadoop's API
        Path out = dir.resolve("resumed");
        SparkMain.Outcome first = sparkRun("local[2]", Map.of(SparkMain.STORE, store), with(args, "--out", out));
        assertEquals(8, first.simulated());
        List<Path> runs = runFiles(dir.resolve("shared-store"));
        assertEquals(8, runs.size(), "every finished run is kept in the shared store");
        Files.delete(runs.get(1));
        Files.delete(runs.get(6));

        SparkMain.Outcome again = sparkRun("local[2]", Map.of(SparkMain.STORE, store),
                with(args, "--out", out, "--resume"));
        assertEquals(0, again.exitCode());
        assertEquals(2, again.simulated(), "only the two deleted runs are simulated again");
        assertSameTables(local, out);

        SparkMain.Outcome fresh = sparkRun("local[2]", Map.of(SparkMain.STORE, store), with(args, "--out",
                dir.resolve("fresh")));
        assertEquals(8, fresh.simulated(), "without --resume the shared store is cleared first");
    }

    @Test
    void sweepAndAttributeTablesAreThoseOfLocalRuns() throws IOException {
        Path scenario = shortClassroom();
        String[] sweep = {"sweep", scenario.toString(), "--param", "steps.planning.inflationMean=0,0.3",
                "--replications", "2", "--seed", "11", "--no-report"};
        Path local = localRun(sweep);
        Path out = dir.resolve("sweep");
        assertEquals(0, sparkRun("local[2]", Map.of(), with(sweep, "--out", out)).exitCode());
        assertSameTables(local, out);

        String[] attribute = {"attribute", scenario.toString(), "--replications", "2", "--seed", "13"};
        Path localAttribution = localRun(attribute);
        Path cluster = dir.resolve("attribute");
        SparkMain.Outcome o = sparkRun("local[2]", Map.of(SparkMain.PARTITIONS, "5"), with(attribute, "--out",
                cluster));
        assertEquals(0, o.exitCode());
        assertSameTables(localAttribution, cluster);
        assertTrue(Files.isRegularFile(cluster.resolve("report.html")), "the driver draws the report folder");
    }

    @Test
    void anInvalidOptionIsRefusedAsTheCommandLineRefusesIt() {
        StringWriter err = new StringWriter();
        SparkMain.Outcome o = sparkRun("local[2]", Map.of(), err, "compare", "scenarios/classroom.yaml",
                "--replications", "1");
        assertEquals(Main.BAD_INPUT, o.exitCode());
        assertTrue(err.toString().contains("--replications"), err.toString());
        assertEquals(0, o.simulated());
    }

    // ---- helpers

    private Path localRun(String... args) throws IOException {
        Path out = dir.resolve("local-" + args[0] + "-" + Math.abs(String.join(" ", args).hashCode()));
        StringWriter err = new StringWriter();
        int code = Main.execute(with(args, "--out", out, "--quiet"), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return out;
    }

    private SparkMain.Outcome sparkRun(String master, Map<String, String> settings, String... args) {
        StringWriter err = new StringWriter();
        SparkMain.Outcome o = sparkRun(master, settings, err, args);
        assertEquals(0, o.exitCode(), err.toString());
        return o;
    }

    private static SparkMain.Outcome sparkRun(String master, Map<String, String> settings, StringWriter err,
                                              String... args) {
        return sparkRun(master, settings, err, null, args);
    }

    /** Counts the task attempts that ended in an exception (read once the context is stopped). */
    private static final class FailedTasks extends SparkListener {
        final AtomicInteger count = new AtomicInteger();

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            if (end.reason() instanceof ExceptionFailure) {
                count.incrementAndGet();
            }
        }
    }

    private static SparkMain.Outcome sparkRun(String master, Map<String, String> settings, StringWriter err,
                                              SparkListener listener, String... args) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName("SparkRunTest")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
        settings.forEach(conf::set);
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("ERROR");
            if (listener != null) {
                spark.sc().addSparkListener(listener);
            }
            return SparkMain.run(spark, args, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        }
    }

    private static String[] with(String[] args, Object... more) {
        List<String> all = new ArrayList<>(List.of(args));
        for (Object m : more) {
            all.add(m.toString());
        }
        return all.toArray(String[]::new);
    }

    /** Every file of tables/ in both folders, with the same names and the same bytes. */
    private static void assertSameTables(Path expected, Path actual) throws IOException {
        List<Path> files = list(expected.resolve("tables"));
        assertFalse(files.isEmpty(), "the local run wrote tables");
        assertEquals(files.stream().map(Path::getFileName).toList(),
                list(actual.resolve("tables")).stream().map(Path::getFileName).toList());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(actual.resolve("tables").resolve(f.getFileName())),
                    "tables/" + f.getFileName() + " differs from the local run's");
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    private static List<Path> runFiles(Path store) throws IOException {
        try (Stream<Path> s = Files.walk(store)) {
            return s.filter(p -> p.getFileName().toString().matches("r\\d+\\.json")).sorted().toList();
        }
    }

    /** The manifest without its time stamp, the one line that changes from run to run. */
    private static String manifestWithout(Path folder) throws IOException {
        return String.join("\n", Files.readAllLines(folder.resolve("manifest.json")).stream()
                .filter(line -> !line.contains("\"timestamp\"")).toList());
    }

    /** The classroom scenario cut to 60 days (10 of warm-up), as the main build's CLI tests cut it. */
    private Path shortClassroom() throws IOException {
        String text = Files.readString(Path.of("scenarios/classroom.yaml"))
                .replaceFirst("(?m)^horizonDays: 365", "horizonDays: 60")
                .replaceFirst("(?m)^warmupDays: 30", "warmupDays: 10");
        if (!text.contains("horizonDays: 60") || !text.contains("warmupDays: 10")) {
            throw new IllegalStateException("scenarios/classroom.yaml no longer has the horizon and warm-up this cuts");
        }
        Path file = dir.resolve("short.yaml");
        Files.writeString(file, text);
        return file;
    }
}
