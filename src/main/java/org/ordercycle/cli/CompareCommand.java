package org.ordercycle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ordercycle.experiment.Comparison;
import org.ordercycle.experiment.ComparisonFolder;
import org.ordercycle.experiment.Experiment;
import org.ordercycle.experiment.ResultStore;
import org.ordercycle.policy.Policy;
import org.ordercycle.policy.PolicyLoader;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code ordercycle compare}: runs several policies on the same replications (common random
 * numbers) and prints each policy's means and the paired differences with their intervals.
 */
@Command(name = "compare", usageHelpWidth = 100, sortOptions = false,
        description = {"Compare policies on the same replications (common random numbers: every policy meets "
                + "the same customers). Prints each policy's mean ± half-width of the 95%% interval and, for each "
                + "pair of policies, the paired difference with its interval, the relative change and * when the "
                + "interval excludes 0.", ""},
        footer = {"", "Files written with --out DIR (only once every replication has finished):",
                "  results.csv     every value of every replication, one per row",
                "                  (scenario,policy,replication,measure,segment,value; segment 'all' = company)",
                "  summary.csv     per policy and measure: n, mean, sd, ci_low, ci_high, half_width",
                "  comparison.csv  per pair of policies and measure: means, paired difference, its interval,",
                "                  relative change, p-value, significant (interval excludes 0), then the p-value",
                "                  adjusted for multiple comparisons, the adjustment (holm, bh) and significant_adjusted",
                "  manifest.json   what is needed to reproduce the run (scenario file hash, seed, levers, versions)",
                "  .runs/          each finished replication, kept so that --resume can continue a killed run",
                "  ocel/           with --ocel: <policy>.json, replication 0 as an OCEL 2.0 event log",
                "", "Examples:",
                "  ordercycle compare scenarios/baseline.yaml",
                "  ordercycle compare scenarios/baseline.yaml --policies siloed,joint,fixed.yaml --out results/cmp",
                "  ordercycle compare scenarios/baseline.yaml --precision 0.02 --max-replications 100",
                "  ordercycle compare scenarios/baseline.yaml --out results/cmp --resume   (after an interruption)",
                "  ordercycle compare scenarios/classroom.yaml --replications 10 --json > cmp.json"})
final class CompareCommand implements Callable<Integer> {
    /** Replications per policy when neither --replications nor --precision is given. */
    static final int DEFAULT_REPLICATIONS = 30;
    /** Most replications of a precision run when --max-replications is not given. */
    static final int DEFAULT_MAX_REPLICATIONS = 200;
    /** Folder of the finished replications inside --out. */
    static final String RUNS = ExperimentFolder.RUNS;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ExperimentOptions options;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (.yaml).")
    Path scenarioFile;

    @Option(names = "--policies", split = ",", paramLabel = "POLICY", defaultValue = "siloed,joint",
            description = "The policies to compare, comma separated: siloed, joint or policy files (.yaml). "
                    + "The first is the base of the differences. Default: ${DEFAULT-VALUE}.")
    List<String> policyNames;

    @Option(names = "--replications", paramLabel = "R",
            description = "Replications per policy (at least 2). Default: " + DEFAULT_REPLICATIONS + ".")
    Integer replications;

    @Option(names = "--precision", paramLabel = "P",
            description = "Instead of a fixed number: add replications until the half-width of every primary "
                    + "measure (lead time, on-time delivery, total cost, invoices with an error) is at most P times "
                    + "its mean for every policy, e.g. 0.05 for 5%%. For shares the mean counts as at least 0.1.")
    Double precision;

    @Option(names = "--ocel", description = "Also write ocel/<policy>.json for every policy: the order journeys of "
            + "replication 0 as an OCEL 2.0 event log for process mining, with the same order ids under every policy.")
    boolean ocel;

    @Option(names = "--max-replications", paramLabel = "M",
            description = "With --precision: stop at M replications per policy even if the target is not met. "
                    + "Default: " + DEFAULT_MAX_REPLICATIONS + ".")
    Integer maxReplications;








    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        checkOptions(cli);
        int threadCount = options.threadCount(cli);
        List<Policy> policies = policies(cli, policyNames, "compare");
        Scenario scenario = Inputs.scenario(cli, scenarioFile);
        int planned = precision == null ? replicationCount() : maxCount();
        RunEstimate.none(threadCount).plus(scenario, (long) planned * policies.size(), policies.size())
                .check(cli, options.force);
        // the folder is made (and its store cleared unless --resume) now rather than after a long run
        ResultStore store = ExperimentFolder.prepare(cli, options, "compare", scenario.name());
        PrintWriter err = cli.getErr();
        if (!options.quiet) {
            err.printf("Comparing %s on %s: %s on %d thread%s...%n", String.join(", ", names(policies)),
                    scenario.name(), precision == null ? replicationCount() + " replications per policy"
                            : "replications until the precision target is met (at most " + maxCount() + ")",
                    threadCount, threadCount == 1 ? "" : "s");
        }

        Experiment experiment = Experiment.on(scenario).policies(policies).seed(options.seed).threads(threadCount)
                .progress(ProgressBars.forStages(spec.commandLine().getErr(), options.quiet));
        if (precision == null) {
            experiment.replications(replicationCount());
        } else {
            experiment.precision(precision, maxCount());
        }
        if (store != null) {
            experiment.store(store);
        }
        experiment.backend(options.backend(cli, store));
        Comparison comparison = experiment.run();

        return options.finish(cli, () -> writeFiles(comparison, policies, scenario),
                () -> ComparisonReport.json(comparison, scenario, options.seed, Main.version()),
                out -> new ComparisonReport(out).print(comparison, scenario, scenarioFile, options.seed));
    }

    private int replicationCount() {
        return replications == null ? DEFAULT_REPLICATIONS : replications;
    }

    private int maxCount() {
        return maxReplications == null ? DEFAULT_MAX_REPLICATIONS : maxReplications;
    }

    /** Rejects impossible option values and combinations, naming the options and what is allowed. */
    private void checkOptions(CommandLine cli) {
        if (replications != null && precision != null) {
            throw new ParameterException(cli, "Options '--replications' and '--precision' cannot be used together: "
                    + "give a fixed number of replications or a precision target, not both.");
        }
        if (replications != null) {
            Inputs.atLeast(cli, "--replications", replications, 2);
        }
        if (maxReplications != null && precision == null) {
            throw new ParameterException(cli, "Option '--max-replications' needs '--precision P': it caps the "
                    + "replications a precision target may add.");
        }
        String precisionProblem = precision == null ? null : Experiment.precisionProblem(precision);
        if (precisionProblem != null) {
            throw new ParameterException(cli, "Invalid value for option '--precision': " + precisionProblem);
        }
        if (maxReplications != null) {
            Inputs.atLeast(cli, "--max-replications", maxReplications, 2);
        }
        if (options.resume && options.out == null) {
            throw new ParameterException(cli, "Option '--resume' needs '--out DIR': the folder of the run to "
                    + "continue.");
        }
        if (ocel && options.noReport && options.out == null) {
            throw new ParameterException(cli, "Option '--ocel' needs a folder: give '--out DIR' (with --no-report "
                    + "there is no report folder to write ocel/<policy>.json to).");
        }
    }

    /** The policies named by --policies: presets or policy files, at least two, with distinct names. */
    static List<Policy> policies(CommandLine cli, List<String> policyNames, String command) throws ScenarioException {
        List<Policy> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : policyNames) {
            String name = raw.strip();
            if (name.isEmpty()) {
                throw new ParameterException(cli, "Invalid value for option '--policies': an empty name; give "
                        + "siloed, joint or policy files, separated by commas without spaces around them.");
            }
            Policy p = Policy.preset(name);
            if (p == null) {
                Path file = Path.of(name);
                if (!Inputs.readable(file)) {
                    throw new ParameterException(cli, "Invalid value for option '--policies': '" + name
                            + "' is neither siloed, joint nor an existing policy file.");
                }
                p = PolicyLoader.load(file);
            }
            if (!seen.add(p.name())) {
                throw new ParameterException(cli, "Invalid value for option '--policies': two policies are named '"
                        + p.name() + "'. Each policy must appear once; give policy files distinct 'name' fields.");
            }
            list.add(p);
        }
        if (list.size() < 2) {
            throw new ParameterException(cli, "Invalid value for option '--policies': " + command + " needs at least two "
                    + "policies, e.g. --policies siloed,joint (for one policy use 'ordercycle run').");
        }
        return list;
    }

    /** The tables and the manifest, each written atomically once every replication has finished. */
    private void writeFiles(Comparison c, List<Policy> policies, Scenario scenario) throws IOException {
        if (ocel) {
            OcelExport.write(options.folder(), scenario.withWarmup(c.warmupDays()), policies, options.seed);
        }
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        ComparisonFolder.write(options.folder(), c, scenarioFile, options.seed,
                precision == null ? Double.NaN : precision, maxCount(), options.resume, Main.version(), args);
    }

    private static List<String> names(List<Policy> policies) {
        List<String> names = new ArrayList<>();
        for (Policy p : policies) {
            names.add(p.name());
        }
        return names;
    }
}
