package org.ordercycle.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.engine.Streams;
import org.ordercycle.experiment.sensitivity.Morris;
import org.ordercycle.experiment.sensitivity.Saltelli;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import umontreal.ssj.rng.RandomStream;

/**
 * Global sensitivity analysis of a scenario over ranges of its parameters, by path: Morris
 * screening or Sobol' indices ({@link org.ordercycle.experiment.sensitivity}) of each primary
 * measure under siloed, under joint, and of joint minus siloed (paired: replication r of every
 * point and policy uses substream r, common random numbers). Each design point is the mean over
 * the replications; the points run as a recorded {@link Sweep}.
 * <pre>{@code
 * SensitivityResult s = Sensitivity.on(Path.of("scenarios/classroom.yaml"))
 *         .range("steps.planning.inflationMean", 0, 0.4)
 *         .range("steps.pricing.volumeDiscount", 0, 0.2)
 *         .sobol(64).replications(3).run();
 * }</pre>
 * A parameter's value is lo + u (hi - lo) for u of the unit-cube design, rounded to 6 significant
 * digits (whole numbers for a whole-number field, as in a sweep). The same seed gives the same
 * design and the same indices on any number of threads. Not thread safe (build, then run once).
 */
public final class Sensitivity {
    /** The two methods. */
    public enum Method { MORRIS, SOBOL }

    /** Constant mixed into the seed of the design and bootstrap streams, apart from the simulation's. */
    static final long SALT = 0x53454E5349544956L; // "SENSITIV"

    private final Path file;
    private final ParameterSpace space = new ParameterSpace();
    private Method method = Method.MORRIS;
    private int trajectories = 10;
    private int levels = 4;
    private int samples = 64;
    private boolean latinHypercube;
    private int bootstrap = 1000;
    private int replications = 3;
    private long seed = 1;
    private int threads = Runtime.getRuntime().availableProcessors();
    private double level = 0.95;
    private Progress progress = Progress.NONE;
    private ResultStore store;

    private Sensitivity(Path file) {
        this.file = file;
    }

    public static Sensitivity on(Path scenarioFile) {
        return new Sensitivity(scenarioFile);
    }

    /** A numeric field varied over [lo, hi] (lo < hi). */
    public Sensitivity range(String path, double lo, double hi) {
        space.range(path, lo, hi);
        return this;
    }

    /** Sets a field to the same value at every point (e.g. a shorter {@code horizonDays}); not a parameter. */
    public Sensitivity set(String path, String value) {
        space.set(path, value);
        return this;
    }

    /** Morris screening with r trajectories (default 10) on {@code levels} grid levels (default 4). */
    public Sensitivity morris(int r, int gridLevels) {
        if (r < 2) {
            throw new IllegalArgumentException("Morris needs at least 2 trajectories (for sigma), was " + r);
        }
        if (gridLevels < 2 || gridLevels % 2 != 0) {
            throw new IllegalArgumentException("Morris levels must be even and at least 2, was " + gridLevels);
        }
        this.method = Method.MORRIS;
        this.trajectories = r;
        this.levels = gridLevels;
        return this;
    }

    /** Sobol' indices from n base samples (n (d + 2) points; a power of two suits the Sobol' sequence). */
    public Sensitivity sobol(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("Sobol' indices need at least 2 samples, was " + n);
        }
        this.method = Method.SOBOL;
        this.samples = n;
        return this;
    }

    /** Samples A and B from a Latin hypercube instead of the Sobol' sequence. */
    public Sensitivity latinHypercube(boolean lhs) {
        this.latinHypercube = lhs;
        return this;
    }

    /** Bootstrap resamples of the Sobol' intervals (default 1000; 0 for none). */
    public Sensitivity bootstrap(int b) {
        if (b < 0) {
            throw new IllegalArgumentException("bootstrap resamples must be >= 0, was " + b);
        }
        this.bootstrap = b;
        return this;
    }

    /** Replications per point and policy (default 3). */
    public Sensitivity replications(int r) {
        if (r < 1) {
            throw new IllegalArgumentException("replications must be >= 1, was " + r);
        }
        this.replications = r;
        return this;
    }

    public Sensitivity seed(long s) {
        this.seed = s;
        return this;
    }

    public Sensitivity threads(int t) {
        this.threads = t;
        return this;
    }

    /** Level of the bootstrap intervals (default 0.95). */
    public Sensitivity level(double l) {
        this.level = l;
        return this;
    }

    public Sensitivity progress(Progress p) {
        this.progress = p;
        return this;
    }

    public Sensitivity store(ResultStore s) {
        this.store = s;
        return this;
    }

    public Method method() {
        return method;
    }

    public List<String> parameters() {
        return List.copyOf(space.ranges().keySet());
    }

    /** The design in the unit cube, one row per point, in run order. */
    public double[][] unitDesign() {
        if (space.ranges().isEmpty()) {
            throw new IllegalArgumentException("a sensitivity analysis needs at least one parameter range");
        }
        int d = space.ranges().size();
        Streams streams = new Streams(seed ^ SALT, 0, List.of("design", "bootstrap"));
        if (method == Method.MORRIS) {
            return Morris.trajectories(d, trajectories, levels, streams.get("design")).points();
        }
        return saltelli(streams.get("design")).points();
    }

    private Saltelli saltelli(RandomStream designStream) {
        return latinHypercube ? Saltelli.latinHypercube(samples, space.ranges().size(), designStream)
                : Saltelli.sobolSequence(samples, space.ranges().size());
    }

    /** The design points with their values (a range is probed once for whole numbers). */
    public List<SweepResult.Point> design() throws ScenarioException {
        double[][] u = unitDesign();
        List<String> names = parameters();
        Map<String, Boolean> whole = new LinkedHashMap<>();
        for (String p : names) {
            whole.put(p, SweepDesign.wholeNumbers(o -> ScenarioLoader.load(file, space.withFixed(o)), p,
                    space.ranges().get(p)));
        }
        String format = "p%0" + Math.max(3, String.valueOf(u.length - 1).length()) + "d";
        List<SweepResult.Point> points = new ArrayList<>();
        for (double[] row : u) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int j = 0; j < names.size(); j++) {
                values.put(names.get(j), SweepDesign.value(space.ranges().get(names.get(j)), row[j], whole.get(names.get(j))));
            }
            points.add(new SweepResult.Point(String.format(format, points.size()), values));
        }
        return points;
    }

    /** Loads every point without running; returns the number of points. */
    public int check() throws ScenarioException {
        return sweep(design()).check();
    }

    /** Runs every point under siloed and joint, then estimates the indices. */
    public SensitivityResult run() throws ScenarioException {
        double[][] u = unitDesign();
        SweepResult sweep = sweep(design()).run();
        Streams streams = new Streams(seed ^ SALT, 0, List.of("design", "bootstrap"));
        RandomStream designStream = streams.get("design");
        RandomStream bootstrapStream = streams.get("bootstrap");
        Morris.Design morris = method == Method.MORRIS
                ? Morris.trajectories(space.ranges().size(), trajectories, levels, designStream) : null;
        Saltelli saltelli = method == Method.SOBOL ? saltelli(designStream) : null;
        return SensitivityResult.estimate(this.method, Map.copyOf(space.ranges()), parameters(), u, sweep, morris, saltelli,
                bootstrap, level, bootstrapStream, settings());
    }

    /** The method's settings, for the manifest and the report. */
    private Map<String, String> settings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("method", method.name().toLowerCase(java.util.Locale.ROOT));
        if (method == Method.MORRIS) {
            m.put("trajectories", Integer.toString(trajectories));
            m.put("levels", Integer.toString(levels));
        } else {
            m.put("samples", Integer.toString(samples));
            m.put("sampling", latinHypercube ? "latin-hypercube" : "sobol-sequence");
            m.put("bootstrap", Integer.toString(bootstrap));
        }
        m.put("replications", Integer.toString(replications));
        return m;
    }


    private Sweep sweep(List<SweepResult.Point> points) {
        return space.sweepOf(file).points(parameters(), points).policies(Policy.SILOED, Policy.JOINT)
                .replications(replications).seed(seed).threads(threads).level(level).progress(progress).store(store);
    }
}
