package org.ordercycle.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ordercycle.io.Folders;

/**
 * Target (e): the Spark application ({@code spark/}, a separate build) run on this machine as
 * {@code spark/run-local.sh} runs it, in child JVMs, against a local {@code compare} in a fresh
 * JVM on one thread. Each is timed at two sizes; the difference of the times over the difference
 * of the replications is the time per replication, free of start-up and report. A round's
 * figures swing by a third on a shared machine (a second more or less in one run), so the bench
 * takes the median of {@link #ROUNDS} rounds. Spark runs one
 * replication per task ({@code spark.ordercycle.partitions} = replications), so its time per
 * replication over the local one, less one, is the overhead of a task.
 */
final class SparkProbe {
    /** Replications per policy of the small and the large run. */
    static final int SMALL = 5;
    static final int LARGE = 30;
    /** Rounds of the three runs at both sizes: the median round's overhead is reported. */
    static final int ROUNDS = 3;
    static final String BUILD = "build it with ./mvnw -B -q package -Dmaven.test.skip=true, then "
            + "spark/run-local.sh once (it builds spark/target/ordercycle-spark.jar and spark-classpath.txt)";

    /** Spark's time per replication on local[1] and local[2], and the local one's, in seconds. */
    record Times(double spark1, double spark2, double local) {
        /**
         * False when a larger run was not slower than the smaller one: start-up and other work on
         * the machine outweighed the replications, and the times per replication mean nothing.
         */
        boolean valid() {
            return spark1 > 0 && spark2 > 0 && local > 0;
        }

        double speedup() {
            return spark1 / spark2;
        }

        double overhead() {
            return spark1 / local - 1;
        }
    }

    private final Path root;

    /** The probe of the project in {@code root} (where target/ and spark/ are). */
    SparkProbe(Path root) {
        this.root = root;
    }

    /** Why the probe cannot run, or null when the Spark module is built. */
    String missing() {
        for (Path p : List.of(mainJar(), sparkJar(), classpathFile())) {
            if (!Files.isRegularFile(p)) {
                return p + " not found: " + BUILD;
            }
        }
        return null;
    }

    /**
     * One round: at each size, the local run, then Spark on local[1] and local[2], one after the
     * other, so that the three see the machine in the same state; the times per replication are
     * the differences between the sizes.
     */
    Times measure(Path scenarioFile, List<String> launcherOptions) throws IOException, InterruptedException {
        Seconds small = seconds(scenarioFile, SMALL, launcherOptions);
        Seconds large = seconds(scenarioFile, LARGE, launcherOptions);
        double spread = 2.0 * (LARGE - SMALL); // two policies
        return new Times((large.spark1() - small.spark1()) / spread, (large.spark2() - small.spark2()) / spread,
                (large.local() - small.local()) / spread);
    }

    /** Wall seconds of the three runs at one size. */
    private record Seconds(double local, double spark1, double spark2) {
    }

    /** The three runs at one size, back to back: local first. */
    private Seconds seconds(Path scenarioFile, int replications, List<String> launcherOptions)
            throws IOException, InterruptedException {
        return new Seconds(local(scenarioFile, replications, launcherOptions), spark(1, scenarioFile, replications),
                spark(2, scenarioFile, replications));
    }

    private Path mainJar() {
        return root.resolve("target").resolve("ordercycle-all.jar");
    }

    private Path sparkJar() {
        return root.resolve("spark").resolve("target").resolve("ordercycle-spark.jar");
    }

    private Path classpathFile() {
        return root.resolve("spark").resolve("target").resolve("spark-classpath.txt");
    }

    /** Wall seconds of a Spark compare on local[cores], one replication per task. */
    private double spark(int cores, Path scenarioFile, int replications) throws IOException, InterruptedException {
        String sparkClasspath = Files.readString(classpathFile(), StandardCharsets.UTF_8).strip();
        List<String> args = new ArrayList<>();
        args.add("@" + root.resolve("spark").resolve("jvm.options"));
        args.add("-Dlog4j.configurationFile=" + root.resolve("spark").resolve("log4j2.properties"));
        args.add("-Dspark.master=local[" + cores + "]");
        args.add("-Dspark.ui.enabled=false");
        args.add("-Dspark.ordercycle.partitions=" + 2 * replications);
        args.addAll(List.of("-cp", sparkClasspath + java.io.File.pathSeparator + mainJar()
                + java.io.File.pathSeparator + sparkJar(), "org.ordercycle.spark.SparkMain"));
        return timedCompare(args, scenarioFile, replications);
    }

    /** Wall seconds of a local compare on one thread in a fresh JVM. */
    private double local(Path scenarioFile, int replications, List<String> launcherOptions)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(launcherOptions);
        args.addAll(List.of("-cp", mainJar().toString(), "org.ordercycle.cli.Main"));
        return timedCompare(args, scenarioFile, replications, "--threads", "1");
    }

    private static double timedCompare(List<String> jvm, Path scenarioFile, int replications, String... more)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("ordercycle-bench-spark-");
        try {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(jvm);
            cmd.addAll(List.of("compare", scenarioFile.toAbsolutePath().toString(), "--replications",
                    Integer.toString(replications), "--out", dir.resolve("report").toString(), "--quiet"));
            cmd.addAll(List.of(more));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
            long t0 = System.nanoTime();
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) {
                throw new IOException("the timed compare failed: " + String.join(" ", cmd) + "\n" + out);
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            Folders.deleteTree(dir);
        }
    }
}
