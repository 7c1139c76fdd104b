package org.ordercycle.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ordercycle.experiment.LeverCombinations;
import org.ordercycle.experiment.Optimisation;
import org.ordercycle.experiment.OptimisationResult;
import org.ordercycle.experiment.ResultStore;
import org.ordercycle.io.TableFiles;
import org.ordercycle.policy.Lever;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.Measure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code ordercycle optimise}: the best lever settings for one objective, optionally under a
 * budget: successive halving over lever combinations, Kim and Nelson's selection among the
 * finalists, optionally CMA-ES over continuous parameters, and a confirmation on fresh
 * replications against siloed and joint.
 */
@Command(name = "optimise", aliases = "optimize", usageHelpWidth = 100, sortOptions = false,
        description = {"Find the best lever settings for one objective. Every combination of two settings per "
                + "lever (its siloed and its joint setting) is a candidate; with more than --candidates of them, a "
                + "seeded random subset plus siloed and joint. Successive halving screens them on common random "
                + "numbers (the better half survives each round and gets twice the replications); the finalists "
                + "within the budget go through Kim & Nelson's selection; --param ranges are then tuned by CMA-ES "
                + "under the selected settings; the winner is confirmed on fresh replications against siloed and "
                + "joint. A candidate whose mean of the budgeted measure exceeds the budget is infeasible.", ""},
        footer = {"", "Files written with --out DIR:",
                "  candidates.csv    every candidate and its settings that differ from siloed",
                "  halving.csv       per round and candidate: replications, mean, budget_mean, feasible, survived",
                "  finalists.csv     the selection among the finalists: status, replications, mean",
                "  search.csv        with --param: every CMA-ES evaluation, its parameter values and mean",
                "  confirmation.csv  optimised, siloed, joint and the paired differences, with intervals",
                "  winner.csv        the winning lever settings and parameter values",
                "  manifest.json     what is needed to reproduce the run",
                "", "Examples:",
                "  ordercycle optimise scenarios/classroom.yaml --objective profit",
                "  ordercycle optimise scenarios/classroom.yaml --budget coordination_cost<=20000 --levers "
                        + "shared-entry,stock-info,billing-check",
                "  ordercycle optimise scenarios/classroom.yaml --levers stock-info "
                        + "--param steps.planning.inflationMean=0..0.4"})
final class OptimiseCommand implements Callable<Integer> {
    private static final Pattern BUDGET = Pattern.compile("\\s*([a-z_]+)\\s*<=\\s*([-+0-9.eE]+)\\s*");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ExperimentOptions options;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (.yaml).")
    Path scenarioFile;

    @Option(names = "--objective", paramLabel = "KEY", defaultValue = "profit",
            description = "The measure to optimise (higher is better for profit, lower for costs and times). "
                    + "Default: ${DEFAULT-VALUE}.")
    String objectiveKey;

    @Option(names = "--budget", paramLabel = "KEY<=X",
            description = "A budget on a measure's mean, e.g. coordination_cost<=20000 (in the measure's units).")
    String budgetText;

    @Option(names = "--levers", split = ",", paramLabel = "LEVER",
            description = "The levers to combine. Default: every lever whose siloed and joint settings differ.")
    List<String> leverNames;

    @Option(names = "--param", paramLabel = "PATH=LO..HI",
            description = "A scenario parameter to tune continuously under the selected settings (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = "--candidates", paramLabel = "N", defaultValue = "32",
            description = "At most N candidates, siloed and joint included. Default: ${DEFAULT-VALUE}.")
    int maxCandidates;

    @Option(names = "--first", paramLabel = "N0", defaultValue = "3",
            description = "Replications of every candidate in the first halving round. Default: ${DEFAULT-VALUE}.")
    int first;

    @Option(names = "--finalists", paramLabel = "K", defaultValue = "4",
            description = "Candidates left when halving stops. Default: ${DEFAULT-VALUE}.")
    int finalists;

    @Option(names = "--evaluations", paramLabel = "N", defaultValue = "16",
            description = "CMA-ES evaluations with --param. Default: ${DEFAULT-VALUE}.")
    int evaluations;

    @Option(names = {"--replications", "-r"}, paramLabel = "R", defaultValue = "20",
            description = "Fresh replications of the winner, siloed and joint in the confirmation. "
                    + "Default: ${DEFAULT-VALUE}.")
    int replications;

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        Measure objective = measure(cli, "--objective", objectiveKey);
        int threadCount = options.threadCount(cli);
        Inputs.atLeast(cli, "--candidates", maxCandidates, 2);
        Inputs.atLeast(cli, "--first", first, 2);
        Inputs.atLeast(cli, "--finalists", finalists, 1);
        Inputs.atLeast(cli, "--replications", replications, 2);
        Scenario scenario = Inputs.scenario(cli, scenarioFile);
        Optimisation o = Optimisation.on(scenarioFile).objective(objective).maxCandidates(maxCandidates)
                .firstReplications(first).finalists(finalists).confirmations(replications).seed(options.seed)
                .threads(threadCount).progress(ProgressBars.forStages(cli.getErr(), options.quiet));
        if (leverNames != null) {
            o.levers(levers(cli));
        }
        if (budgetText != null) {
            Matcher m = BUDGET.matcher(budgetText);
            if (!m.matches()) {
                throw new ParameterException(cli, "Invalid value for option '--budget': '" + budgetText
                        + "' must be MEASURE<=NUMBER, e.g. coordination_cost<=20000.");
            }
            o.budget(measure(cli, "--budget", m.group(1)), parse(cli, m.group(2)));
        }
        for (String p : params) {
            ParamOption.addRange(cli, p, o::range);
        }
        if (!params.isEmpty()) {
            o.search(evaluations, first);
        }
        ResultStore store = ExperimentFolder.prepare(cli, options, "optimise", scenario.name());
        if (store != null) {
            o.store(store);
        }
        if (!options.quiet) {
            cli.getErr().printf("Optimising %s (%s) over %d lever(s): at most %d candidates, halved from %d "
                            + "replications each, on %d thread%s...%n", objective.key(), scenario.name(),
                    leverNames == null ? LeverCombinations.coordinationLevers().size() : leverNames.size(),
                    maxCandidates, first, threadCount, threadCount == 1 ? "" : "s");
        }
        OptimisationResult result;
        try {
            result = o.run();
        } catch (IllegalArgumentException e) {
            throw new UserError("Cannot optimise " + objective.key() + ": " + e.getMessage());
        }
        return options.finish(cli, () -> writeFiles(result),
                () -> OptimisationReport.json(result, options.seed, Main.version()),
                out -> new OptimisationReport(out).print(result, scenarioFile, options.seed));
    }

    private List<Lever> levers(CommandLine cli) {
        List<Lever> list = new ArrayList<>();
        for (String name : leverNames) {
            try {
                Lever l = Lever.byName(name.strip());
                if (!list.contains(l)) {
                    list.add(l);
                }
            } catch (IllegalArgumentException e) {
                throw new ParameterException(cli, "Invalid value for option '--levers': " + e.getMessage() + ".");
            }
        }
        if (list.size() > 20) {
            throw new ParameterException(cli, "Invalid value for option '--levers': at most 20 levers.");
        }
        return list;
    }

    private static double parse(CommandLine cli, String text) {
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(cli, "Invalid value for option '--budget': '" + text + "' is not a number.");
    }

    private static Measure measure(CommandLine cli, String option, String key) {
        Measure m;
        try {
            m = Measure.byKey(key.strip());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cli, "Invalid value for option '" + option + "': '" + key + "' is no "
                    + "measure; 'ordercycle measures' lists them (e.g. profit, total_cost, coordination_cost).");
        }
        if (option.equals("--objective") && m.direction() == Measure.Direction.NONE) {
            throw new ParameterException(cli, "Invalid value for option '--objective': " + m.key() + " is neither "
                    + "better high nor better low; optimise e.g. profit, total_cost or lead_time_mean.");
        }
        return m;
    }

    private void writeFiles(OptimisationResult r) throws IOException {
        Path tables = options.folder().resolve(ExperimentFolder.TABLES);
        TableFiles.writeCsvs(tables, r.tables());
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        ObjectNode m = ExperimentFolder.manifest("optimise", scenarioFile, r.scenario(), options.seed,
                r.confirmations(), options.resume, args);
        com.fasterxml.jackson.databind.node.ArrayNode list = m.putArray("policies");
        for (org.ordercycle.policy.Policy p : List.of(r.winner().named(OptimisationResult.OPTIMISED),
                org.ordercycle.policy.Policy.SILOED, org.ordercycle.policy.Policy.JOINT)) {
            ObjectNode node = list.addObject();
            node.put("name", p.name());
            ExperimentFolder.putAll(node.putObject("levers"), p.settings());
        }
        ObjectNode warmup = m.putObject("warmup");
        warmup.put("days", r.warmupDays());
        warmup.put("method", r.warmupMethod());
        OptimisationReport.putProcedure(m.putObject("optimisation"), r);
        ExperimentFolder.write(options.folder().resolve("manifest.json"), m);
    }
}
