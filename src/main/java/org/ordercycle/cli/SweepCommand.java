package org.ordercycle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ordercycle.experiment.ResultStore;
import org.ordercycle.experiment.Sweep;
import org.ordercycle.experiment.SweepFolder;
import org.ordercycle.experiment.SweepResult;
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

/** {@code ordercycle sweep}: runs a scenario at several values of its parameters, under one or more policies. */
@Command(name = "sweep", usageHelpWidth = 100, sortOptions = false,
        description = {"Sweep scenario parameters: run the scenario at every design point (the file with some "
                + "fields replaced) under each policy, on the same replications (common random numbers). "
                + "Prints, for each primary measure, one row per design point and one column per policy "
                + "(mean ± half-width of the 95%% interval).", "",
                "Listed values (PATH=V1,V2,...) form a full factorial: every combination is a design point. "
                + "Ranges (PATH=LO..HI) are sampled by a Latin hypercube of --samples points (McKay, Beckman "
                + "and Conover 1979), drawn from the seed, so the same seed gives the same points; values are "
                + "rounded to 6 significant digits, and a whole-number field gets whole numbers. With both, every "
                + "combination of the listed values is crossed with every sample of the ranges.", ""},
        footer = {"", "Files written with --out DIR (only once every run has finished):",
                "  results.csv    every value of every run: scenario,point,<parameters>,policy,replication,",
                "                 measure,segment,value",
                "  summary.csv    per point, policy and measure: n, mean, sd, ci_low, ci_high",
                "  manifest.json  the design points and their values, seed, policies, versions",
                "  .runs/         each finished run, kept so that --resume can continue a killed sweep",
                "", "Examples:",
                "  ordercycle sweep scenarios/classroom.yaml --param steps.planning.inflationMean=0,0.2,0.4",
                "  ordercycle sweep scenarios/baseline.yaml --param steps.planning.inflationMean=0,0.3 \\",
                "      --param 'segments[0].leadsPerDay=20,30' --replications 10 --out results/sweep",
                "  ordercycle sweep scenarios/baseline.yaml --param steps.planning.inflationMean=0..0.5 --samples 20",
                "  ordercycle sweep scenarios/classroom.yaml \\",
                "      --param 'departments.sales.handling={dist: exponential, mean: 1},{dist: exponential, mean: 2}'"})
final class SweepCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ExperimentOptions options;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (.yaml).")
    Path scenarioFile;

    @Option(names = "--param", paramLabel = "PATH=VALUES", required = true,
            description = "A field to sweep, by its path, and its values: V1,V2,... (YAML text; commas inside "
                    + "{...} or [...] do not split) or LO..HI (a range, needs --samples). Repeat for several.")
    List<String> params;

    @Option(names = "--samples", paramLabel = "N",
            description = "Latin hypercube samples of the ranges (LO..HI).")
    Integer samples;

    @Option(names = "--policies", split = ",", paramLabel = "POLICY", defaultValue = "siloed,joint",
            description = "Policies to run at every point: siloed, joint or policy files (.yaml). "
                    + "Default: ${DEFAULT-VALUE}.")
    List<String> policyNames;

    @Option(names = "--replications", defaultValue = "5", paramLabel = "R",
            description = "Replications per point and policy. Default: ${DEFAULT-VALUE}.")
    int replications;








    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        Inputs.atLeast(cli, "--replications", replications, 1);
        int threadCount = options.threadCount(cli);
        Scenario base = Inputs.scenario(cli, scenarioFile);
        Sweep sweep = Sweep.on(scenarioFile).policies(policies(cli)).replications(replications).seed(options.seed)
                .threads(threadCount).progress(ProgressBars.forStages(spec.commandLine().getErr(), options.quiet));
        boolean ranges = false;
        for (String p : params) {
            ranges |= ParamOption.add(cli, sweep, p);
        }
        if (ranges && samples == null) {
            throw new ParameterException(cli, "A range (LO..HI) is sampled by a Latin hypercube: give the number of "
                    + "samples with --samples N.");
        }
        if (!ranges && samples != null) {
            throw new ParameterException(cli, "Option '--samples' applies to ranges (PATH=LO..HI), and no --param "
                    + "is a range.");
        }
        if (samples != null) {
            Inputs.atLeast(cli, "--samples", samples, 1);
            sweep.samples(samples);
        }
        int points = sweep.check(); // every point loads, or every problem is reported, before anything runs
        RunEstimate.none(threadCount).plusDesign(scenarioFile, sweep.design(), replications, policyNames.size()).check(cli, options.force);
        ResultStore store = ExperimentFolder.prepare(cli, options, "sweep", base.name());
        sweep.store(store);
        sweep.backend(options.backend(cli, store));
        PrintWriter err = cli.getErr();
        if (!options.quiet) {
            err.printf("Sweeping %s: %d design point%s x %d polic%s x %d replication%s on %d thread%s...%n",
                    base.name(), points, points == 1 ? "" : "s", policyNames.size(),
                    policyNames.size() == 1 ? "y" : "ies", replications, replications == 1 ? "" : "s", threadCount,
                    threadCount == 1 ? "" : "s");
        }
        SweepResult result = sweep.run();
        return options.finish(cli, () -> writeFiles(result),
                () -> SweepReport.json(result, options.seed, Main.version()),
                out -> new SweepReport(out).print(result, options.seed));
    }

    /** The policies of --policies: presets or policy files, distinct names. */
    private List<Policy> policies(CommandLine cli) throws ScenarioException {
        List<Policy> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : policyNames) {
            String name = raw.strip();
            Policy p = Policy.preset(name);
            if (p == null) {
                if (name.isEmpty() || !Inputs.readable(Path.of(name))) {
                    throw new ParameterException(cli, "Invalid value for option '--policies': '" + name
                            + "' is neither siloed, joint nor an existing policy file.");
                }
                p = PolicyLoader.load(Path.of(name));
            }
            if (!seen.add(p.name())) {
                throw new ParameterException(cli, "Invalid value for option '--policies': two policies are named '"
                        + p.name() + "'.");
            }
            list.add(p);
        }
        return list;
    }

    private void writeFiles(SweepResult r) throws java.io.IOException {
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        SweepFolder.write(options.folder(), r, scenarioFile, options.seed, replications,
                SweepFolder.method(samples, r.parameters().size() > countRanges()), options.resume, Main.version(),
                args);
    }

    private int countRanges() {
        return (int) params.stream().filter(ParamOption::isRange).count();
    }
}
