package org.ordercycle.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ordercycle.experiment.ResultStore;
import org.ordercycle.experiment.Robustness;
import org.ordercycle.experiment.RobustnessResult;
import org.ordercycle.experiment.Sweep;
import org.ordercycle.io.TableFiles;
import org.ordercycle.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code ordercycle robustness}: which headline conclusions hold over the plausible range of the assumptions. */
@Command(name = "robustness", usageHelpWidth = 100, sortOptions = false,
        description = {"Robustness of the headline conclusions (joint faster, cheaper per order, more profitable, "
                + "with fewer billing errors) to what the scenario only assumes. Every parameter listed under "
                + "'assumptions' in the scenario is varied over its range by a Latin hypercube of --points points; "
                + "at each point siloed and joint run on the same replications. A conclusion holds at a point when "
                + "the 95%% interval of joint - siloed lies wholly on its side, is reversed when it lies wholly on "
                + "the other, and is unclear otherwise. Prints the share of the assumed ranges where each "
                + "conclusion holds, with its 95%% interval, and the assumption it depends on most.", ""},
        footer = {"", "Files written with --out DIR (or the default report folder):",
                "  robustness.csv   one row per conclusion: holds, unclear, reversed, share and its interval,",
                "                   the assumption most rank-correlated with the difference",
                "  points.csv       per point and conclusion: the assumption values, joint - siloed, verdict",
                "  assumptions.csv  the assumptions varied, their ranges and why",
                "  results.csv, summary.csv   every value of every run, as for sweep",
                "", "Examples:",
                "  ordercycle robustness scenarios/baseline.yaml",
                "  ordercycle robustness scenarios/classroom.yaml --points 40 --replications 3"})
final class RobustnessCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ExperimentOptions options;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (.yaml) with its assumptions.")
    Path scenarioFile;

    @Option(names = "--points", defaultValue = "20", paramLabel = "N",
            description = "Latin hypercube points over the assumption ranges. Default: ${DEFAULT-VALUE}.")
    int points;

    @Option(names = "--replications", defaultValue = "5", paramLabel = "R",
            description = "Replications per point and policy. Default: ${DEFAULT-VALUE}.")
    int replications;

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        Inputs.atLeast(cli, "--points", points, 2);
        Inputs.atLeast(cli, "--replications", replications, 2);
        int threadCount = options.threadCount(cli);
        Scenario base = Inputs.scenario(cli, scenarioFile);
        if (base.assumptions().isEmpty()) {
            throw new ParameterException(cli, Robustness.noAssumptions(scenarioFile));
        }
        Robustness robustness = Robustness.on(scenarioFile).points(points).replications(replications)
                .seed(options.seed).threads(threadCount).progress(ProgressBars.forStages(spec.commandLine().getErr(), options.quiet));
        Sweep sweep = robustness.check(); // every point loads, or every problem is reported, before anything runs
        RunEstimate.none(threadCount).plusDesign(scenarioFile, sweep.design(), replications, 2).check(cli, options.force);
        ResultStore store = ExperimentFolder.prepare(cli, options, "robustness", base.name());
        robustness.store(store);
        if (!options.quiet) {
            cli.getErr().printf("Robustness of %s: %d assumption%s, %d points x 2 policies x %d replications on %d "
                            + "thread%s...%n", base.name(), base.assumptions().size(),
                    base.assumptions().size() == 1 ? "" : "s", points, replications, threadCount,
                    threadCount == 1 ? "" : "s");
        }
        RobustnessResult result = robustness.run();
        return options.finish(cli, () -> writeFiles(result),
                () -> RobustnessReport.json(result, options.seed, Main.version()),
                out -> new RobustnessReport(out).print(result, options.seed));
    }

    private void writeFiles(RobustnessResult r) throws java.io.IOException {
        Path tables = options.folder().resolve(ExperimentFolder.TABLES);
        TableFiles.writeCsv(tables.resolve("robustness.csv"), r.conclusionsTable());
        TableFiles.writeCsv(tables.resolve("points.csv"), r.pointsTable());
        TableFiles.writeCsv(tables.resolve("assumptions.csv"), r.assumptionsTable());
        TableFiles.writeCsvs(tables, r.sweep().tables());
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        ObjectNode m = ExperimentFolder.manifest("robustness", scenarioFile, r.sweep().scenario(), options.seed,
                replications, options.resume, args);
        ExperimentFolder.putSweep(m, r.sweep(), "Latin hypercube (McKay, Beckman and Conover 1979) of " + points
                + " points over the scenario's assumption ranges");
        ExperimentFolder.write(options.folder().resolve("manifest.json"), m);
    }
}
