package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.policy.Setting;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.ReplicationResult;

/**
 * A full factorial over mixed levels: every combination of every setting of a few levers, the
 * other levers at a base policy (siloed by default), each combination run on replications
 * 0..R-1 with common random numbers:
 * <pre>{@code
 * FactorialResult f = Factorial.on(scenario, List.of(Lever.STRATEGIC_SELECTION, Lever.BILLING_CHECK))
 *         .replications(5).run();   // 3 x 3 = 9 combinations
 * }</pre>
 * Designs of more than {@link #MAX_COMBINATIONS} combinations are refused. Not thread safe
 * (build, then run once).
 */
public final class Factorial {
    /** The most combinations a factorial may have. */
    public static final int MAX_COMBINATIONS = 64;
    public static final int DEFAULT_REPLICATIONS = 5;

    private final Scenario scenario;
    private final List<Lever> levers;
    private Policy base = Policy.SILOED;
    private int replications = DEFAULT_REPLICATIONS;
    private long seed = 1;
    private int threads = Runtime.getRuntime().availableProcessors();
    private double level = 0.95;
    private Progress progress = Progress.NONE;
    private ResultStore store;
    private Backend backend;

    private Factorial(Scenario scenario, List<Lever> levers) {
        this.scenario = scenario;
        this.levers = List.copyOf(levers);
    }

    /** A factorial over these levers (each at most once); throws when it has too many combinations. */
    public static Factorial on(Scenario scenario, List<Lever> levers) {
        if (levers.isEmpty() || levers.stream().distinct().count() != levers.size()) {
            throw new IllegalArgumentException("a factorial needs one or more levers, each named once, was " + levers);
        }
        long n = combinations(levers);
        if (n > MAX_COMBINATIONS) {
            throw new IllegalArgumentException("a factorial over " + String.join(", ", levers.stream()
                    .map(l -> l.cliName() + " (" + l.coordinationSettings().size() + ")").toList()) + " has " + n
                    + " combinations, more than the " + MAX_COMBINATIONS + " allowed: choose fewer levers, or use the "
                    + "two-level design with --settings");
        }
        return new Factorial(scenario, levers);
    }

    /** The number of combinations: the product of the levers' numbers of coordination settings (step-off left out). */
    public static long combinations(List<Lever> levers) {
        long n = 1;
        for (Lever l : levers) {
            n *= l.coordinationSettings().size();
        }
        return n;
    }

    /** The setting of the other levers (default siloed). */
    public Factorial base(Policy p) {
        this.base = p;
        return this;
    }

    public Factorial replications(int r) {
        if (r < 1) {
            throw new IllegalArgumentException("replications must be >= 1, was " + r);
        }
        this.replications = r;
        return this;
    }

    public int replications() {
        return replications;
    }

    public Factorial seed(long s) {
        this.seed = s;
        return this;
    }

    public Factorial threads(int t) {
        this.threads = t;
        return this;
    }

    public Factorial level(double l) {
        this.level = l;
        return this;
    }

    public Factorial progress(Progress p) {
        this.progress = p;
        return this;
    }

    public Factorial store(ResultStore s) {
        this.store = s;
        return this;
    }

    /**
     * Runs the replications on {@code b} (a cluster) instead of this machine's threads; the
     * threads, progress and store settings are then the backend's business. Null: local threads.
     */
    public Factorial backend(Backend b) {
        this.backend = b;
        return this;
    }

    /**
     * The combinations in odometer order (the last lever's setting changes fastest), each named
     * {@code lever=setting,lever=setting}.
     */
    public List<Policy> policies() {
        List<Policy> out = new ArrayList<>();
        int n = (int) combinations(levers);
        for (int i = 0; i < n; i++) {
            Map<Lever, Setting> settings = new EnumMap<>(base.levers());
            List<String> name = new ArrayList<>();
            int rest = i;
            for (int j = levers.size() - 1; j >= 0; j--) {
                List<Setting> options = levers.get(j).coordinationSettings();
                Setting s = options.get(rest % options.size());
                rest /= options.size();
                settings.put(levers.get(j), s);
                name.add(0, s.toString());
            }
            out.add(new Policy(String.join(",", name), settings));
        }
        return out;
    }

    public FactorialResult run() {
        Backend runner = backend != null ? backend : new Runner(threads, progress, store);
        Warmup.Choice warmup = Warmup.choose(scenario, List.of(Policy.SILOED, Policy.JOINT), seed, runner);
        Scenario fixed = scenario.withWarmup(warmup.days());
        List<Policy> policies = policies();
        List<RunSpec> specs = new ArrayList<>();
        for (Policy p : policies) {
            for (int r = 0; r < replications; r++) {
                specs.add(new RunSpec("factorial", fixed, p, seed, r));
            }
        }
        List<ReplicationResult> results = runner.run("factorial: " + policies.size() + " policies x " + replications
                + " replications", specs);
        List<List<ReplicationResult>> byPolicy = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            byPolicy.add(List.copyOf(results.subList(i * replications, (i + 1) * replications)));
        }
        return new FactorialResult(scenario.name(), levers, base, policies, byPolicy, level, warmup);
    }
}
