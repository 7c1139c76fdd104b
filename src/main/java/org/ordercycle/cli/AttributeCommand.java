package org.ordercycle.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ordercycle.experiment.Attribution;
import org.ordercycle.experiment.AttributionFolder;
import org.ordercycle.experiment.AttributionResult;
import org.ordercycle.experiment.Design;
import org.ordercycle.experiment.Factorial;
import org.ordercycle.experiment.FactorialResult;
import org.ordercycle.experiment.ResultStore;
import org.ordercycle.experiment.TwoLevels;
import org.ordercycle.io.TableFiles;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.PolicyCodec;
import org.ordercycle.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ordercycle attribute}: which lever, alone or with another, moves lead time, cost and billing errors. */
@Command(name = "attribute", usageHelpWidth = 100, sortOptions = false,
        description = {"Lever attribution: run a two-level design over the levers (each at its siloed = -1 or "
                + "joint = +1 setting, or the pair given with --settings) on common random numbers, and rank "
                + "the levers by their main effect on lead time, "
                + "total cost and invoices with an error, each with its 95%% interval; then the strongest "
                + "two-lever interactions; then the one-lever-at-a-time view (from siloed, switch one lever to "
                + "joint; from joint, switch one back to siloed).", "",
                "An effect is the mean with the lever joint minus the mean with it siloed, over the design points, "
                + "per replication; the interval is across replications. A lever whose two settings are the same "
                + "(replenishment, which both presets set to order-up-to) is left out of the design.", "",
                "Designs: 'fractional' (default) is a 32-policy resolution IV design (Box, Hunter and Hunter 2005): "
                + "main effects are clear of two-lever interactions, which are estimated in alias chains, each "
                + "printed with its aliases; a main effect can still carry three-lever interactions. Default 5 "
                + "replications: 56 policies (the 32 design points and the 24 one-lever switches) x 5 = 280 runs, "
                + "about half a minute of CPU on the baseline (a year of about 22,000 orders per run), so about "
                + "20 seconds on two idle cores. 'full' runs all 4,096 policies, every interaction clear, "
                + "default 2 replications: on the baseline about 7 minutes of CPU per replication.", ""},
        footer = {"", "Files written with --out DIR (only once every run has finished):",
                "  effects.csv        measure,term,aliases,effect,ci_low,ci_high,significant",
                "  one_at_a_time.csv  measure,base,lever,difference,ci_low,ci_high",
                "  results.csv        every value of every run: scenario,policy,<levers as -1/+1>,replication,",
                "                     measure,segment,value",
                "  manifest.json      the design (generators, alias chains), seed, versions",
                "  .runs/             each finished run, kept so that --resume can continue a killed run",
                "With --factorial (no report page): combinations.csv (policy,<levers>,measure,n,mean,ci_low,ci_high),",
                "  setting_effects.csv (measure,lever,setting,reference,effect,ci_low,ci_high,significant), manifest.json",
                "", "Examples:",
                "  ordercycle attribute scenarios/baseline.yaml",
                "  ordercycle attribute scenarios/classroom.yaml --replications 10 --out results/attribution",
                "  ordercycle attribute scenarios/classroom.yaml --design full --replications 2 --out results/full",
                "  ordercycle attribute scenarios/classroom.yaml --settings strategic-selection=junior,senior-capacity",
                "  ordercycle attribute scenarios/classroom.yaml --factorial strategic-selection,billing-check"})
final class AttributeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ExperimentOptions options;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (.yaml).")
    Path scenarioFile;

    @Option(names = "--design", defaultValue = "fractional", paramLabel = "full|fractional",
            description = "fractional (32 policies, resolution IV) or full (4,096 policies). "
                    + "Default: ${DEFAULT-VALUE}.")
    String design;

    @Option(names = "--replications", paramLabel = "R",
            description = "Replications of every policy (at least 2 for intervals). Default: "
                    + Attribution.DEFAULT_FRACTIONAL_REPLICATIONS + " fractional, "
                    + Attribution.DEFAULT_FULL_REPLICATIONS + " full.")
    Integer replications;

    @Option(names = "--settings", paramLabel = "LEVER=A,B",
            description = "The two settings a lever takes in the two-level design (-1 and +1); repeat for several "
                    + "levers. Default: each lever's siloed and joint preset settings. A lever given the same setting "
                    + "twice is left out of the design. Example: --settings strategic-selection=junior,senior-capacity")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--factorial", paramLabel = "LEVER,LEVER",
            description = "Instead of the two-level design, run every combination of the settings of these levers "
                    + "(step-off left out: give it with --settings; at most " + Factorial.MAX_COMBINATIONS
                    + " combinations), the other levers siloed, and report "
                    + "each combination and the main effect of each setting against the siloed one. Default "
                    + Factorial.DEFAULT_REPLICATIONS + " replications. Example: --factorial "
                    + "strategic-selection,billing-check")
    String factorial;
    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        Design.Kind kind = switch (design.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "fractional" -> Design.Kind.FRACTIONAL;
            case "full" -> Design.Kind.FULL;
            default -> throw new CommandLine.ParameterException(cli, "Invalid value for option '--design': it must "
                    + "be full or fractional, was '" + design + "'.");
        };
        if (replications != null) {
            Inputs.atLeast(cli, "--replications", replications, 1);
        }
        int threadCount = options.threadCount(cli);
        if (factorial != null) {
            return factorial(cli, threadCount);
        }
        TwoLevels levels = levels(cli);
        Scenario scenario = Inputs.scenario(cli, scenarioFile);
        Attribution attribution = Attribution.on(scenario).design(kind).seed(options.seed).threads(threadCount)
                .levels(levels).progress(ProgressBars.forStages(spec.commandLine().getErr(), options.quiet));
        if (replications != null) {
            attribution.replications(replications);
        }
        Design d = attribution.designOf();
        int policies = Attribution.policies(d, levels).size();
        RunEstimate.none(threadCount).plus(scenario, (long) policies * attribution.replications(), 2)
                .check(cli, options.force);
        ResultStore store = ExperimentFolder.prepare(cli, options, "attribute", scenario.name());
        attribution.store(store);
        attribution.backend(options.backend(cli, store));
        PrintWriter err = cli.getErr();
        if (!options.quiet) {
            err.printf("Attributing %s to the %d levers: %s design of %,d policies (plus the one-at-a-time ones), "
                            + "%d replication%s each, on %d thread%s...%n", scenario.name(), levels.factors().size(),
                    kind.name().toLowerCase(java.util.Locale.ROOT), d.runs(), attribution.replications(),
                    attribution.replications() == 1 ? "" : "s", threadCount, threadCount == 1 ? "" : "s");
        }
        AttributionResult result = attribution.run();
        return options.finish(cli, () -> writeFiles(result),
                () -> AttributeReport.json(result, options.seed, Main.version()),
                out -> new AttributeReport(out).print(result, options.seed));
    }

    /** The pairs of --settings over the presets' pairs; a bad lever or setting is a parameter error. */
    private TwoLevels levels(CommandLine cli) {
        TwoLevels levels = TwoLevels.presets();
        try {
            for (Map.Entry<String, String> e : settings.entrySet()) {
                String[] pair = e.getValue().split(",", -1);
                if (pair.length != 2) {
                    Lever lever = Lever.byName(e.getKey().trim());
                    throw new IllegalArgumentException("give two settings of " + lever.cliName() + " separated by a "
                            + "comma, was '" + e.getValue() + "'; " + PolicyCodec.allowed(lever));
                }
                levels = levels.with(e.getKey(), pair[0], pair[1]);
            }
            return levels.requireFactors();
        } catch (IllegalArgumentException ex) {
            throw new CommandLine.ParameterException(cli, "Invalid value for option '--settings': " + ex.getMessage()
                    + ". See 'ordercycle levers'.");
        }
    }

    /** --factorial: every combination of the settings of a few levers. */
    private int factorial(CommandLine cli, int threadCount) throws Exception {
        if (!settings.isEmpty()) {
            throw new CommandLine.ParameterException(cli, "Options '--factorial' and '--settings' cannot be combined: "
                    + "a factorial runs every setting of its levers.");
        }
        List<Lever> levers = new ArrayList<>();
        Scenario scenario = Inputs.scenario(cli, scenarioFile);
        Factorial f;
        try {
            for (String name : factorial.split(",")) {
                levers.add(Lever.byName(name.trim()));
            }
            f = Factorial.on(scenario, levers);
        } catch (IllegalArgumentException ex) {
            throw new CommandLine.ParameterException(cli, "Invalid value for option '--factorial': " + ex.getMessage()
                    + ".");
        }
        f.seed(options.seed).threads(threadCount).progress(ProgressBars.forStages(spec.commandLine().getErr(), options.quiet));
        if (replications != null) {
            f.replications(replications);
        }
        RunEstimate.none(threadCount).plus(scenario, (long) f.policies().size() * f.replications(), 2)
                .check(cli, options.force);
        options.noReport = true; // the report pages draw the two-level design only; the factorial writes its tables
        ResultStore store = ExperimentFolder.prepare(cli, options, "factorial", scenario.name());
        f.store(store);
        f.backend(options.backend(cli, store));
        if (!options.quiet) {
            cli.getErr().printf("Factorial over %s: %d combinations, %d replication%s each, on %d thread%s...%n",
                    factorial, f.policies().size(), f.replications(), f.replications() == 1 ? "" : "s", threadCount,
                    threadCount == 1 ? "" : "s");
        }
        FactorialResult result = f.run();
        return options.finish(cli, () -> writeFactorial(result),
                () -> AttributeReport.factorialJson(result, options.seed, Main.version()),
                out -> new AttributeReport(out).printFactorial(result, options.seed));
    }

    private void writeFactorial(FactorialResult r) throws IOException {
        Path tables = options.folder().resolve(ExperimentFolder.TABLES);
        TableFiles.writeCsv(tables.resolve("combinations.csv"), r.combinationsTable());
        TableFiles.writeCsv(tables.resolve("setting_effects.csv"), r.settingEffectsTable());
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        ObjectNode m = ExperimentFolder.manifest("attribute", scenarioFile, r.scenario(), options.seed, r.replications(),
                options.resume, args);
        m.put("warmup_days", r.warmup().days());
        ObjectNode design = m.putObject("factorial");
        ArrayNode levers = design.putArray("levers");
        r.levers().forEach(l -> levers.add(l.cliName()));
        ObjectNode base = design.putObject("base");
        base.put("name", r.base().name());
        ExperimentFolder.putAll(base.putObject("levers"), r.base().settings());
        ArrayNode runs = m.putArray("policies_run");
        r.policies().forEach(p -> {
            ObjectNode node = runs.addObject();
            node.put("name", p.name());
            ExperimentFolder.putAll(node.putObject("levers"), p.settings());
        });
        ExperimentFolder.write(options.folder().resolve("manifest.json"), m);
    }

    /** Distinct policies the attribution runs over the presets' pairs. */
    static int policiesRun(Design d) {
        return Attribution.policies(d, TwoLevels.presets()).size();
    }

    private void writeFiles(AttributionResult r) throws IOException {
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        AttributionFolder.write(options.folder(), r, scenarioFile, options.seed, options.resume, Main.version(), args);
    }
}
