package org.ordercycle.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ordercycle.experiment.ResultStore;
import org.ordercycle.experiment.Selection;
import org.ordercycle.experiment.SelectionResult;
import org.ordercycle.io.TableFiles;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.Measure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code ordercycle select}: picks the best of several policies on one measure with Kim and
 * Nelson's fully sequential procedure on common random numbers, and prints who was eliminated
 * when, the policy selected and the intervals for multiple comparisons with the best.
 */
@Command(name = "select", usageHelpWidth = 100, sortOptions = false,
        description = {"Select the best policy on one measure with a stated probability of correct selection "
                + "(Kim & Nelson's fully sequential procedure KN, on common random numbers). Every policy runs a "
                + "first stage of replications; then only the policies still in contention get more, one "
                + "replication at a time, and a policy is eliminated as soon as it is clearly worse than another. "
                + "When the best policy is at least DELTA better than every other, it is selected with probability "
                + "at least PCS; when several are within DELTA of the best, any of them may be selected.", ""},
        footer = {"", "Files written with --out DIR:",
                "  selection.csv     per policy: status (selected, eliminated, undecided), replications, mean,",
                "                    mcb_low, mcb_high (its mean minus the best of the others), eliminated_at, eliminated_by",
                "  eliminations.csv  in order: replications, policy, eliminated_by, behind_by, allowance",
                "  results.csv       every value of every replication run, one per row",
                "  manifest.json     what is needed to reproduce the run, with the procedure's settings",
                "", "Examples:",
                "  ordercycle select scenarios/baseline.yaml --policies siloed,joint,fixed.yaml --measure profit",
                "  ordercycle select scenarios/classroom.yaml --measure lead_time_mean --delta 0.5 --pcs 0.9",
                "  ordercycle select scenarios/classroom.yaml --json > selection.json"})
final class SelectCommand implements Callable<Integer> {
    static final int DEFAULT_FIRST_STAGE = 10;
    static final int DEFAULT_MAX_REPLICATIONS = 200;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ExperimentOptions options;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (.yaml).")
    Path scenarioFile;

    @Option(names = "--policies", split = ",", paramLabel = "POLICY", defaultValue = "siloed,joint",
            description = "The policies to choose from, comma separated: siloed, joint or policy files (.yaml). "
                    + "Default: ${DEFAULT-VALUE}.")
    List<String> policyNames;

    @Option(names = "--measure", paramLabel = "KEY", defaultValue = "profit",
            description = "The measure to select on (see ordercycle measures); higher is better for profit, "
                    + "revenue, margin, on-time delivery, fill rate and satisfaction, lower for times, costs, "
                    + "errors and losses. Default: ${DEFAULT-VALUE}.")
    String measureKey;

    @Option(names = "--delta", paramLabel = "D",
            description = "The indifference zone: the smallest difference worth detecting, in the measure's "
                    + "units as in the tables (days, currency; a share as a fraction, 0.02 = 2 points). Default: "
                    + "1%% of the first-stage mean (one point for a share), which the report states.")
    Double delta;

    @Option(names = "--pcs", paramLabel = "P", defaultValue = "0.95",
            description = "The probability of correct selection to guarantee, above 1/k and below 1. "
                    + "Default: ${DEFAULT-VALUE}.")
    double pcs;

    @Option(names = "--first", paramLabel = "N0", defaultValue = "" + DEFAULT_FIRST_STAGE,
            description = "Replications of every policy in the first stage (at least 2; 10 or more is "
                    + "advised: the variances come from it). Default: ${DEFAULT-VALUE}.")
    int firstStage;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_REPLICATIONS,
            description = "Stop at N replications of a policy even if several are still in contention; the best "
                    + "mean among them is then reported without the guarantee. Default: ${DEFAULT-VALUE}.")
    int maxReplications;

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        Measure measure = measure(cli);
        List<Policy> policies = CompareCommand.policies(cli, policyNames, "select");
        checkOptions(cli, policies.size());
        int threadCount = options.threadCount(cli);
        Scenario scenario = Inputs.scenario(cli, scenarioFile);
        RunEstimate.none(threadCount).plus(scenario, (long) maxReplications * policies.size(), policies.size())
                .check(cli, options.force);
        ResultStore store = ExperimentFolder.prepare(cli, options, "select", scenario.name());
        if (!options.quiet) {
            cli.getErr().printf("Selecting the best of %d policies on %s (%s): %d replications each, then more "
                            + "for the contenders (at most %d), on %d thread%s...%n", policies.size(), measure.key(),
                    scenario.name(), firstStage, maxReplications, threadCount, threadCount == 1 ? "" : "s");
        }
        Selection selection = Selection.on(scenario).policies(policies).measure(measure).pcs(pcs)
                .firstStage(firstStage).maxReplications(maxReplications).seed(options.seed).threads(threadCount)
                .progress(ProgressBars.forStages(cli.getErr(), options.quiet))
                .delta(delta == null ? Double.NaN : delta);
        if (store != null) {
            selection.store(store);
        }
        SelectionResult result;
        try {
            result = selection.run();
        } catch (IllegalArgumentException e) {
            throw new UserError("Cannot select on " + measure.key() + ": " + e.getMessage());
        }
        return options.finish(cli, () -> writeFiles(result),
                () -> SelectionReport.json(result, options.seed, Main.version()),
                out -> new SelectionReport(out).print(result, scenarioFile, options.seed));
    }

    private Measure measure(CommandLine cli) {
        Measure m;
        try {
            m = Measure.byKey(measureKey.strip());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cli, "Invalid value for option '--measure': '" + measureKey + "' is no "
                    + "measure; 'ordercycle measures' lists them (e.g. profit, total_cost, lead_time_mean).");
        }
        if (m.direction() == Measure.Direction.NONE) {
            List<String> usable = new ArrayList<>();
            for (Measure x : suggested()) {
                usable.add(x.key());
            }
            throw new ParameterException(cli, "Invalid value for option '--measure': " + m.key() + " is neither "
                    + "better high nor better low in itself; select on one of " + String.join(", ", usable) + ".");
        }
        return m;
    }

    /** The measures with a direction, primary ones and profit first, for messages. */
    private static List<Measure> suggested() {
        return List.of(Measure.PROFIT, Measure.LEAD_TIME_MEAN, Measure.ON_TIME_RATE, Measure.TOTAL_COST,
                Measure.BILLING_ERROR_RATE, Measure.FILL_RATE, Measure.SATISFACTION_INDEX);
    }

    private void checkOptions(CommandLine cli, int k) {
        if (delta != null && !(delta > 0 && Double.isFinite(delta))) {
            throw new ParameterException(cli, "Invalid value for option '--delta': the indifference zone must be a "
                    + "number above 0 in the measure's units, was " + delta + ".");
        }
        if (!(pcs > 1.0 / k && pcs < 1)) {
            throw new ParameterException(cli, String.format(Locale.ROOT, "Invalid value for option '--pcs': with %d "
                    + "policies it must lie above 1/%d = %.3f (a guess does that well) and below 1, was %s.", k, k,
                    1.0 / k, pcs));
        }
        Inputs.atLeast(cli, "--first", firstStage, 2);
        if (maxReplications < firstStage) {
            throw new ParameterException(cli, "Invalid value for option '--max-replications': it must be at least "
                    + "the first stage (--first " + firstStage + "), was " + maxReplications + ".");
        }
        if (options.resume && options.out == null) {
            throw new ParameterException(cli, "Option '--resume' needs '--out DIR': the folder of the run to "
                    + "continue.");
        }
    }

    private void writeFiles(SelectionResult r) throws IOException {
        Path tables = options.folder().resolve(ExperimentFolder.TABLES);
        TableFiles.writeCsvs(tables, r.tables());
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        int most = 0;
        for (Policy p : r.policies()) {
            most = Math.max(most, r.replications(p));
        }
        ObjectNode m = ExperimentFolder.manifest("select", scenarioFile, r.scenario(), options.seed, most,
                options.resume, args);
        ArrayNode list = m.putArray("policies");
        for (Policy p : r.policies()) {
            ObjectNode node = list.addObject();
            node.put("name", p.name());
            ExperimentFolder.putAll(node.putObject("levers"), p.settings());
        }
        ObjectNode warmup = m.putObject("warmup");
        warmup.put("days", r.warmupDays());
        warmup.put("method", r.warmupMethod());
        SelectionReport.putProcedure(m.putObject("selection"), r);
        ExperimentFolder.write(options.folder().resolve("manifest.json"), m);
    }
}
