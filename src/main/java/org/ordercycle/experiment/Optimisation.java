package org.ordercycle.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;

/**
 * The best lever settings for one objective, optionally under a budget, the API behind
 * {@code ordercycle optimise}:
 * <pre>{@code
 * OptimisationResult r = Optimisation.on(file).objective(Measure.PROFIT)
 *         .budget(Measure.COORDINATION_COST, 20_000).run();
 * }</pre>
 * Four stages, each on its own range of replication indices so that no stage judges on the data
 * that chose its candidates:
 * <ol>
 * <li>screening: {@link SuccessiveHalving} over the {@link LeverCombinations}, on common random
 *     numbers, replications 0 .. S-1;</li>
 * <li>selection: the finalists that meet the budget through Kim and Nelson's procedure
 *     ({@link KimNelson}), replications S .. S+K-1;</li>
 * <li>continuous parameters (optional): CMA-ES ({@link ContinuousSearch}) over the given ranges
 *     under the selected policy, every evaluation on the same replications (common random numbers);</li>
 * <li>confirmation: the winner, siloed and joint on fresh replications, with paired intervals.</li>
 * </ol>
 * Every stage runs its replications on the {@link Runner}'s threads and decides only on complete
 * stages, so the answer does not depend on the number of threads. Not thread safe.
 */
public final class Optimisation {
    private final Path file;
    private final Map<String, String> fixed = new LinkedHashMap<>();
    private final Map<String, double[]> ranges = new LinkedHashMap<>();
    private Measure objective = Measure.PROFIT;
    private Measure budgetMeasure;
    private double budget = Double.POSITIVE_INFINITY;
    private List<Lever> levers = LeverCombinations.coordinationLevers();
    private int maxCandidates = 32;
    private int firstReplications = 3;
    private int finalists = 4;
    private double delta = Double.NaN;
    private double pcs = 0.95;
    private int selectionFirstStage = 5;
    private int selectionMax = 30;
    private int evaluations = 16;
    private int evaluationReplications = 3;
    private int confirmations = 20;
    private double level = 0.95;
    private long seed = 1;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Progress progress = Progress.NONE;
    private ResultStore store;

    private Optimisation(Path file) {
        this.file = file;
    }

    public static Optimisation on(Path scenarioFile) {
        return new Optimisation(scenarioFile);
    }

    /** The measure to optimise; it must have a direction. */
    public Optimisation objective(Measure m) {
        if (m.direction() == Measure.Direction.NONE) {
            throw new IllegalArgumentException(m.key() + " is neither better high nor better low: optimise a "
                    + "measure such as profit, total_cost or lead_time_mean");
        }
        this.objective = m;
        return this;
    }

    /** A candidate is feasible when its mean of {@code m} is at most {@code max}. */
    public Optimisation budget(Measure m, double max) {
        if (!Double.isFinite(max)) {
            throw new IllegalArgumentException("the budget of " + m.key() + " must be a finite number, was " + max);
        }
        this.budgetMeasure = m;
        this.budget = max;
        return this;
    }

    /** The levers to combine (two settings each); default the levers whose presets differ. */
    public Optimisation levers(List<Lever> list) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("optimise needs at least one lever");
        }
        this.levers = List.copyOf(list);
        return this;
    }

    /** At most this many candidates (siloed and joint included); more combinations are sampled. */
    public Optimisation maxCandidates(int n) {
        this.maxCandidates = n;
        return this;
    }

    /** Replications of every candidate in the first halving round (doubled each round). */
    public Optimisation firstReplications(int n) {
        this.firstReplications = n;
        return this;
    }

    /** Halving stops at this many candidates, which go on to the selection. */
    public Optimisation finalists(int n) {
        this.finalists = n;
        return this;
    }

    /** The selection's indifference zone in the objective's units; NaN: 1% of the finalists' screening mean. */
    public Optimisation delta(double d) {
        this.delta = d;
        return this;
    }

    public Optimisation pcs(double p) {
        this.pcs = p;
        return this;
    }

    /** A parameter to tune continuously within [lo, hi] under the selected policy. */
    public Optimisation range(String path, double lo, double hi) {
        if (!(lo < hi)) {
            throw new IllegalArgumentException("the range of " + path + " needs LO < HI, was " + lo + ".." + hi);
        }
        ranges.put(path, new double[] {lo, hi});
        return this;
    }

    /** A parameter fixed for the whole optimisation. */
    public Optimisation set(String path, String value) {
        fixed.put(path, value);
        return this;
    }

    /** Evaluations of the continuous search, and the replications of each. */
    public Optimisation search(int evaluationCount, int replicationsEach) {
        this.evaluations = evaluationCount;
        this.evaluationReplications = replicationsEach;
        return this;
    }

    /** Fresh replications of the winner, siloed and joint for the confirmation. */
    public Optimisation confirmations(int n) {
        this.confirmations = n;
        return this;
    }

    public Optimisation seed(long s) {
        this.seed = s;
        return this;
    }

    public Optimisation threads(int t) {
        this.threads = t;
        return this;
    }

    public Optimisation progress(Progress p) {
        this.progress = p;
        return this;
    }

    public Optimisation store(ResultStore s) {
        this.store = s;
        return this;
    }

    public Measure objective() {
        return objective;
    }

    public List<String> parameters() {
        return List.copyOf(ranges.keySet());
    }

    public OptimisationResult run() throws ScenarioException {
        if (firstReplications < 2 || finalists < 1 || confirmations < 2 || selectionFirstStage < 2) {
            throw new IllegalArgumentException("optimise needs at least 2 first replications, 1 finalist and 2 "
                    + "confirmations");
        }
        Scenario base = ScenarioLoader.load(file, fixed);
        Runner runner = new Runner(threads, progress, store);
        Runner quiet = new Runner(threads, Progress.NONE, store); // many short stages: no bar for each
        Warmup.Choice warmup = Warmup.choose(base, List.of(Policy.SILOED, Policy.JOINT), seed, runner);
        Scenario scenario = base.withWarmup(warmup.days());
        List<Policy> candidates = LeverCombinations.candidates(levers, maxCandidates, seed);
        double sign = objective.direction() == Measure.Direction.HIGHER ? 1 : -1;
        Cache screening = new Cache(runner, scenario, candidates, 0);

        SuccessiveHalving.Outcome halving = new SuccessiveHalving(candidates.size(), firstReplications, finalists)
                .run((c, from, to) -> screening.values(c, from, to, objective, sign),
                        budgetMeasure == null ? null : (c, from, to) -> screening.values(c, from, to, budgetMeasure, 1),
                        budget);
        SuccessiveHalving.Round last = halving.rounds().get(halving.rounds().size() - 1);
        int screened = last.replications();

        List<Policy> feasible = new ArrayList<>();
        List<Double> feasibleMeans = new ArrayList<>();
        for (int f : halving.finalists()) {
            int pos = indexOf(last.candidates(), f);
            if (last.feasible()[pos]) {
                feasible.add(candidates.get(f));
                feasibleMeans.add(last.objective()[pos]);
            }
        }
        if (feasible.isEmpty()) {
            throw new IllegalArgumentException("no candidate keeps " + budgetMeasure.key() + " within the budget of "
                    + budget + " (the lowest mean in the last screening round was " + lowest(last) + ")");
        }
        KimNelson.Outcome kn = null;
        double zone = delta;
        Policy winner = feasible.get(0);
        int selectionFrom = screened;
        if (feasible.size() > 1) {
            if (Double.isNaN(zone)) {
                double mean = feasibleMeans.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                zone = objective.unit().equals("share") ? Selection.AUTO_DELTA_POINTS
                        : Selection.AUTO_DELTA_SHARE * Math.abs(mean);
            }
            Cache selection = new Cache(quiet, scenario, feasible, selectionFrom);
            kn = new KimNelson(feasible.size(), zone, pcs, selectionFirstStage, selectionMax)
                    .run((s, from, to) -> selection.values(s, from, to, objective, sign));
            winner = feasible.get(kn.best());
        }
        int searchFrom = selectionFrom + selectionMax;

        ContinuousSearch.Outcome search = null;
        Map<String, String> tuned = Map.of();
        if (!ranges.isEmpty()) {
            Policy chosen = winner;
            double[] warm = {warmup.days()};
            ContinuousSearch.Outcome found = new ContinuousSearch(ranges.size(), evaluations, seed ^ LeverCombinations.SALT)
                    .maximise(u -> evaluate(quiet, chosen, values(u), warm[0], searchFrom, sign));
            search = found;
            tuned = values(found.best());
        }
        int confirmFrom = searchFrom + (ranges.isEmpty() ? 0 : evaluationReplications);

        Scenario tunedScenario = tuned.isEmpty() ? scenario : load(tuned).withWarmup(warmup.days());
        Policy best = winner.named("optimised");
        List<RunSpec> specs = new ArrayList<>();
        for (int r = confirmFrom; r < confirmFrom + confirmations; r++) {
            specs.add(new RunSpec("tuned", tunedScenario, best, seed, r));
            specs.add(new RunSpec("base", scenario, Policy.SILOED, seed, r));
            specs.add(new RunSpec("base", scenario, Policy.JOINT, seed, r));
        }
        List<ReplicationResult> confirmation = runner.run("confirmation: " + confirmations + " fresh replications",
                specs);
        return new OptimisationResult(scenario.name(), scenario.currency(), objective, budgetMeasure, budget, levers, candidates,
                halving, feasible, kn, zone, pcs, winner, List.copyOf(ranges.keySet()), Map.copyOf(ranges), search,
                tuned, confirmFrom, confirmation, level, warmup.days(), warmup.method(), settings());
    }

    private double evaluate(Runner runner, Policy policy, Map<String, String> values, double warmupDays, int from,
                            double sign) {
        Scenario s;
        try {
            s = load(values).withWarmup(warmupDays);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        // each evaluation its own point, so that a resumed run finds every evaluation's runs
        String point = String.format("search-%03d", ++searchEvaluations);
        List<RunSpec> specs = new ArrayList<>();
        for (int r = from; r < from + evaluationReplications; r++) {
            specs.add(new RunSpec(point, s, policy, seed, r));
        }
        List<ReplicationResult> results = runner.run("search " + values, specs);
        double obj = 0;
        double con = 0;
        for (ReplicationResult r : results) {
            obj += sign * r.values().getOrDefault(objective.key(), Double.NaN);
            con += budgetMeasure == null ? 0 : r.values().getOrDefault(budgetMeasure.key(), Double.NaN);
        }
        obj /= results.size();
        con /= results.size();
        // over the budget: no value, which the search ranks below every feasible point
        return budgetMeasure != null && con > budget ? Double.NaN : obj;
    }

    /** The scenario parameter values of a point of the unit cube (whole numbers stay whole). */
    Map<String, String> values(double[] u) {
        Map<String, String> m = new LinkedHashMap<>();
        int j = 0;
        for (Map.Entry<String, double[]> e : ranges.entrySet()) {
            m.put(e.getKey(), SweepDesign.value(e.getValue(), u[j++], whole(e.getKey())));
        }
        return m;
    }

    private final Map<String, Boolean> wholeCache = new HashMap<>();
    private int searchEvaluations;

    private boolean whole(String path) {
        return wholeCache.computeIfAbsent(path, p -> {
            try {
                return SweepDesign.wholeNumbers(o -> ScenarioLoader.load(file, withFixed(o)), p, ranges.get(p));
            } catch (ScenarioException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
    }

    private Scenario load(Map<String, String> values) throws ScenarioException {
        return ScenarioLoader.load(file, withFixed(values));
    }

    private Map<String, String> withFixed(Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>(fixed);
        all.putAll(values);
        return all;
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        throw new IllegalStateException("finalist " + v + " not in the last round");
    }

    private static double lowest(SuccessiveHalving.Round r) {
        double m = Double.POSITIVE_INFINITY;
        for (double c : r.constraint()) {
            m = Math.min(m, c);
        }
        return m;
    }

    private Map<String, String> settings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("max_candidates", Integer.toString(maxCandidates));
        m.put("first_replications", Integer.toString(firstReplications));
        m.put("finalists", Integer.toString(finalists));
        m.put("selection_first_stage", Integer.toString(selectionFirstStage));
        m.put("selection_max_replications", Integer.toString(selectionMax));
        m.put("search_evaluations", Integer.toString(evaluations));
        m.put("search_replications", Integer.toString(evaluationReplications));
        m.put("confirmations", Integer.toString(confirmations));
        return m;
    }

    /**
     * Replications of a list of policies on one scenario, run once and kept, with replication
     * index {@code offset + r} for observation r.
     */
    private final class Cache {
        private final Runner runner;
        private final Scenario scenario;
        private final List<Policy> policies;
        private final int offset;
        private final Map<Integer, List<ReplicationResult>> done = new HashMap<>();

        Cache(Runner runner, Scenario scenario, List<Policy> policies, int offset) {
            this.runner = runner;
            this.scenario = scenario;
            this.policies = policies;
            this.offset = offset;
        }

        double[][] values(int[] which, int from, int to, Measure m, double sign) {
            List<RunSpec> specs = new ArrayList<>();
            for (int c : which) {
                List<ReplicationResult> have = done.computeIfAbsent(c, k -> new ArrayList<>());
                for (int r = have.size(); r < to; r++) {
                    specs.add(new RunSpec("base", scenario, policies.get(c), seed, offset + r));
                }
            }
            if (!specs.isEmpty()) {
                List<ReplicationResult> results = runner.run(specs.size() + " replications of " + which.length
                        + " candidates", specs);
                int i = 0;
                for (int c : which) {
                    List<ReplicationResult> have = done.get(c);
                    while (have.size() < to) {
                        have.add(results.get(i++));
                    }
                }
            }
            double[][] v = new double[which.length][to - from];
            for (int s = 0; s < which.length; s++) {
                List<ReplicationResult> have = done.get(which[s]);
                for (int r = from; r < to; r++) {
                    v[s][r - from] = sign * have.get(r).values().getOrDefault(m.key(), Double.NaN);
                }
            }
            return v;
        }
    }
}
