package org.ordercycle.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.jar.JarFile;

/**
 * This build against another build of OrderCycle (a jar), in one JVM: each is loaded by a class
 * loader of its own, isolated from the other, and the two run the same replications in
 * alternating rounds (the one that goes first alternates too), so that both meet the machine in
 * the same states. On a shared machine, separate runs minutes apart differ by a third; rounds
 * side by side differ by a few percent. Only the public API every version has is used
 * ({@code ScenarioLoader.load}, {@code Simulation.replicate}, {@code Policy}, the validation's
 * M/M/3 case), by reflection.
 */
public final class VersionPair {
    /** Rounds measured, and rounds run before them for the compilers. */
    static final int ROUNDS = 10;
    static final int WARMUP_ROUNDS = 3;

    private VersionPair() {
    }

    /** One workload's rates per round (per CPU second of the measuring thread) for this build and the other. */
    public record Workload(String name, double[] thisBuild, double[] other) {
        /** This build's rate over the other's, per round. */
        public double[] ratios() {
            double[] r = new double[thisBuild.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = thisBuild[i] / other[i];
            }
            return r;
        }

        public double thisMedian() {
            return Stats.median(thisBuild);
        }

        public double otherMedian() {
            return Stats.median(other);
        }

        /** The median of the rounds' ratios (not the ratio of the medians). */
        public double ratioMedian() {
            return Stats.median(ratios());
        }

        public double ratioLowest() {
            return java.util.Arrays.stream(ratios()).min().orElse(Double.NaN);
        }

        public double ratioHighest() {
            return java.util.Arrays.stream(ratios()).max().orElse(Double.NaN);
        }

        /** Rounds in which this build was faster. */
        public int fasterRounds() {
            int n = 0;
            for (double r : ratios()) {
                n += r > 1 ? 1 : 0;
            }
            return n;
        }
    }

    /** The comparison: the other jar, its version, and each workload. */
    public record Result(Path otherJar, String otherVersion, List<Workload> workloads) {
    }

    /**
     * How much to run: replications of the scenario (both presets alternating) and of the M/M/3
     * queue per round and side; {@code overrides} shorten the scenario (the quick check).
     */
    public record Settings(int rounds, int warmupRounds, int scenarioReplications, int mmcReplications,
                           Map<String, String> overrides) {
        public static Settings standard(int scenarioReplications) {
            return new Settings(ROUNDS, WARMUP_ROUNDS, scenarioReplications, 20, Map.of());
        }

        public static Settings quick() {
            return new Settings(2, 1, 2, 2, Map.of("horizonDays", "40", "warmupDays", "10"));
        }
    }

    /**
     * Runs the comparison.
     *
     * @param thisClassPath this build's class path ({@code java.class.path})
     * @param root          the project folder, where the validation scenarios are
     * @throws IllegalArgumentException when the jar is missing or is not a build of OrderCycle
     */
    public static Result run(String thisClassPath, Path otherJar, Path scenarioFile, Path root, Settings settings,
                             Consumer<String> phase) throws IOException {
        requireJar(otherJar);
        return new Result(otherJar, version(otherJar), workloads(urls(thisClassPath),
                new URL[] {otherJar.toUri().toURL()}, otherJar.toString(), scenarioFile, root, settings, phase));
    }

    /** @throws IllegalArgumentException when {@code jar} is not a file */
    public static void requireJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " not found: it takes the jar of another build, e.g. a copy of "
                    + "target/ordercycle-all.jar made before a change");
        }
    }

    /** The workloads of the two builds whose class paths are {@code mine} and {@code theirs}. */
    static List<Workload> workloads(URL[] mine, URL[] theirs, String otherName, Path scenarioFile, Path root,
                                    Settings settings, Consumer<String> phase) throws IOException {
        Path mmcFile = root.resolve(org.ordercycle.verify.Verification.DEFAULT_DIR)
                .resolve(org.ordercycle.verify.Verification.MMC_FILE);
        List<Workload> workloads = new ArrayList<>();
        try (URLClassLoader ours = loader(mine); URLClassLoader other = loader(theirs)) {
            Side a = new Side(ours, "this build");
            Side b = new Side(other, otherName);
            phase.accept("the scenario " + scenarioFile + ", both presets, this build and " + otherName + " alternating");
            workloads.add(measure("scenario " + scenarioFile.getFileName() + ", orders per CPU s",
                    a.scenarioRuns(scenarioFile, settings), b.scenarioRuns(scenarioFile, settings), settings));
            phase.accept("the M/M/3 queue of " + mmcFile + ", this build and " + otherName + " alternating");
            workloads.add(measure("M/M/3 queue, customers per CPU s",
                    a.mmcRuns(mmcFile, settings), b.mmcRuns(mmcFile, settings), settings));
        }
        return workloads;
    }

    /** A workload of one side: runs one round, returns the orders it simulated. */
    @FunctionalInterface
    private interface Round {
        long run() throws ReflectiveOperationException;
    }

    private static Workload measure(String name, Round mine, Round theirs, Settings settings) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] a = new double[settings.rounds()];
        double[] b = new double[settings.rounds()];
        try {
            for (int k = 0; k < settings.warmupRounds(); k++) {
                mine.run();
                theirs.run();
            }
            for (int k = 0; k < settings.rounds(); k++) {
                boolean mineFirst = k % 2 == 0;
                double first = rate(cpu, mineFirst ? mine : theirs);
                double second = rate(cpu, mineFirst ? theirs : mine);
                a[k] = mineFirst ? first : second;
                b[k] = mineFirst ? second : first;
            }
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("a replication failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot run the replications: " + e, e);
        }
        return new Workload(name, a, b);
    }

    private static double rate(ThreadMXBean cpu, Round round) throws ReflectiveOperationException {
        long c0 = cpu.getCurrentThreadCpuTime();
        long orders = round.run();
        return orders / Benchmark.cpuSeconds(cpu, c0);
    }

    /** One build, by its class loader: the few methods every version has. */
    private static final class Side {
        private final ClassLoader loader;
        private final String name;
        private final Method load;
        private final Method replicate;
        private final Method orders;

        Side(ClassLoader loader, String name) {
            this.loader = loader;
            this.name = name;
            try {
                Class<?> scenario = loader.loadClass("org.ordercycle.scenario.Scenario");
                Class<?> policy = loader.loadClass("org.ordercycle.policy.Policy");
                load = loader.loadClass("org.ordercycle.scenario.ScenarioLoader").getMethod("load", Path.class,
                        Map.class);
                replicate = loader.loadClass("org.ordercycle.api.Simulation").getMethod("replicate", scenario, policy,
                        long.class, int.class);
                orders = loader.loadClass("org.ordercycle.stats.ReplicationResult").getMethod("ordersSimulated");
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalArgumentException(name + " is not a build of OrderCycle that the bench can run ("
                        + e + ")");
            }
        }

        /** Rounds of the scenario: replications alternating between the siloed and joint presets. */
        Round scenarioRuns(Path file, Settings settings) {
            Object scenario = scenario(file, settings.overrides());
            Object[] policies = {preset("SILOED"), preset("JOINT")};
            return () -> {
                long n = 0;
                for (int r = 0; r < settings.scenarioReplications(); r++) {
                    n += orders(replicate.invoke(null, scenario, policies[r % 2], 1L, r));
                }
                return n;
            };
        }

        /** Rounds of the validation's M/M/3 queue under its own policy (every step but sales off). */
        Round mmcRuns(Path file, Settings settings) {
            Object scenario = scenario(file, Map.of());
            Object policy = call("org.ordercycle.verify.Verification", "mmcPolicy");
            return () -> {
                long n = 0;
                for (int r = 0; r < settings.mmcReplications(); r++) {
                    n += orders(replicate.invoke(null, scenario, policy, 1L, r));
                }
                return n;
            };
        }

        private long orders(Object result) throws ReflectiveOperationException {
            return (long) orders.invoke(result);
        }

        private Object scenario(Path file, Map<String, String> overrides) {
            try {
                return load.invoke(null, file, overrides);
            } catch (InvocationTargetException e) {
                throw new IllegalArgumentException(name + " cannot read " + file + ": " + e.getCause().getMessage());
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(name + " cannot read " + file + ": " + e);
            }
        }

        private Object preset(String field) {
            try {
                return loader.loadClass("org.ordercycle.policy.Policy").getField(field).get(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(name + " has no preset " + field + ": " + e);
            }
        }

        private Object call(String type, String method) {
            try {
                return loader.loadClass(type).getMethod(method).invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(name + " has no " + type + "." + method + ": " + e);
            }
        }
    }

    /** A loader that sees only {@code urls} and the JDK, not this JVM's own class path. */
    private static URLClassLoader loader(URL[] urls) {
        return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }

    static URL[] urls(String classPath) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** The jar's Implementation-Version, or "unknown". */
    static String version(Path jar) {
        try (JarFile f = new JarFile(jar.toFile())) {
            var manifest = f.getManifest();
            String v = manifest == null ? null : manifest.getMainAttributes().getValue("Implementation-Version");
            return v == null ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
