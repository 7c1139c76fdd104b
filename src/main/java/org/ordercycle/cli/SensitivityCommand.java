package org.ordercycle.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ordercycle.experiment.ResultStore;
import org.ordercycle.experiment.Sensitivity;
import org.ordercycle.experiment.SensitivityResult;
import org.ordercycle.io.TableFiles;
import org.ordercycle.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code ordercycle sensitivity}: which uncertain parameters move each primary measure and the joint-siloed gap. */
@Command(name = "sensitivity", usageHelpWidth = 100, sortOptions = false,
        description = {"Global sensitivity analysis: which scenario parameters, varied over their ranges all at "
                + "once, move each primary measure under siloed, under joint, and the joint - siloed difference "
                + "(paired on common random numbers). Each design point is the mean over --replications.", "",
                "--method morris (screening, Morris 1991): r trajectories of d + 1 points; mu* (mean absolute "
                + "elementary effect, Campolongo et al. 2007) ranks the parameters, sigma large next to mu* means "
                + "interactions or curvature. Effects are in the measure's unit per full range of the parameter.",
                "--method sobol (Saltelli et al. 2010): n (d + 2) points; the first-order index is the share of the "
                + "variance a parameter explains alone, the total index the share it has a hand in, with "
                + "bootstrap 95% intervals (Jansen 1999 estimator for the total).", ""},
        footer = {"", "Files written with --out DIR (only once every run has finished):",
                "  indices.csv    measure,response,parameter,index,estimate,ci_low,ci_high",
                "  results.csv    every value of every run at every design point (as sweep writes it)",
                "  summary.csv    per point, policy and measure: n, mean, sd, ci_low, ci_high",
                "  manifest.json  the method, the ranges, the design points and their values, seed, versions",
                "", "Examples:",
                "  ordercycle sensitivity scenarios/classroom.yaml --param steps.planning.inflationMean=0..0.4 \\",
                "      --param 'segments[1].leadsPerDay=4..12' --method morris --trajectories 10",
                "  ordercycle sensitivity scenarios/baseline.yaml --param steps.planning.inflationMean=0..0.4 \\",
                "      --param 'segments[0].leadsPerDay=20..30' --method sobol --samples 64 --replications 3"})
final class SensitivityCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ExperimentOptions options;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (.yaml).")
    Path scenarioFile;

    @Option(names = "--param", paramLabel = "PATH=LO..HI", required = true,
            description = "A numeric field, by its path, and its range LO..HI (LO < HI). Repeat for several.")
    List<String> params;

    @Option(names = "--method", defaultValue = "morris", paramLabel = "METHOD",
            description = "morris (screening, cheap) or sobol (variance shares with intervals). "
                    + "Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--trajectories", defaultValue = "10", paramLabel = "R",
            description = "Morris trajectories (r (d + 1) points). Default: ${DEFAULT-VALUE}.")
    int trajectories;

    @Option(names = "--levels", defaultValue = "4", paramLabel = "P",
            description = "Morris grid levels per parameter (even). Default: ${DEFAULT-VALUE}.")
    int levels;

    @Option(names = "--samples", defaultValue = "64", paramLabel = "N",
            description = "Sobol' base samples (n (d + 2) points; a power of two suits the sequence). "
                    + "Default: ${DEFAULT-VALUE}.")
    int samples;

    @Option(names = "--sampling", defaultValue = "sobol", paramLabel = "KIND",
            description = "Sobol' design: sobol (low-discrepancy sequence) or lhs (Latin hypercube from the seed). "
                    + "Default: ${DEFAULT-VALUE}.")
    String sampling;

    @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "B",
            description = "Bootstrap resamples of the Sobol' intervals. Default: ${DEFAULT-VALUE}.")
    int bootstrap;

    @Option(names = "--replications", defaultValue = "3", paramLabel = "R",
            description = "Replications per point and policy. Default: ${DEFAULT-VALUE}.")
    int replications;

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        Inputs.atLeast(cli, "--replications", replications, 1);
        int threadCount = options.threadCount(cli);
        Scenario base = Inputs.scenario(cli, scenarioFile);
        Sensitivity analysis = Sensitivity.on(scenarioFile).replications(replications).seed(options.seed)
                .threads(threadCount).progress(ProgressBars.forStages(cli.getErr(), options.quiet));
        for (String p : params) {
            ParamOption.addRange(cli, p, analysis::range);
        }
        switch (method.strip().toLowerCase(Locale.ROOT)) {
            case "morris" -> {
                Inputs.atLeast(cli, "--trajectories", trajectories, 2);
                if (levels < 2 || levels % 2 != 0) {
                    throw new ParameterException(cli, "Invalid value for option '--levels': " + levels
                            + " (must be an even number, at least 2).");
                }
                analysis.morris(trajectories, levels);
            }
            case "sobol" -> {
                Inputs.atLeast(cli, "--samples", samples, 2);
                Inputs.atLeast(cli, "--bootstrap", bootstrap, 0);
                if (!List.of("sobol", "lhs").contains(sampling)) {
                    throw new ParameterException(cli, "Invalid value for option '--sampling': '" + sampling
                            + "' (must be sobol or lhs).");
                }
                analysis.sobol(samples).latinHypercube(sampling.equals("lhs")).bootstrap(bootstrap);
            }
            default -> throw new ParameterException(cli, "Invalid value for option '--method': '" + method
                    + "' (must be morris or sobol).");
        }
        int points = analysis.check(); // every point loads, or every problem is reported, before anything runs
        RunEstimate.none(threadCount).plusDesign(scenarioFile, analysis.design(), replications, 2).check(cli, options.force);
        ResultStore store = ExperimentFolder.prepare(cli, options, "sensitivity", base.name());
        analysis.store(store);
        if (!options.quiet) {
            cli.getErr().printf("Sensitivity of %s (%s): %d design point%s x 2 policies x %d replication%s on %d "
                            + "thread%s...%n", base.name(), analysis.method().name().toLowerCase(Locale.ROOT), points,
                    points == 1 ? "" : "s", replications, replications == 1 ? "" : "s", threadCount,
                    threadCount == 1 ? "" : "s");
        }
        SensitivityResult result = analysis.run();
        return options.finish(cli, () -> writeFiles(result),
                () -> SensitivityReport.json(result, options.seed, Main.version()),
                out -> new SensitivityReport(out).print(result, options.seed));
    }

    /** One --param PATH=LO..HI. */
    private void writeFiles(SensitivityResult r) throws java.io.IOException {
        Path tables = options.folder().resolve(ExperimentFolder.TABLES);
        TableFiles.writeCsv(tables.resolve("indices.csv"), r.table());
        TableFiles.writeCsvs(tables, r.sweep().tables());
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        ObjectNode m = ExperimentFolder.manifest("sensitivity", scenarioFile, r.sweep().scenario(), options.seed,
                replications, options.resume, args);
        ObjectNode analysis = m.putObject("sensitivity");
        ExperimentFolder.putAll(analysis, r.settings());
        ObjectNode ranges = analysis.putObject("ranges");
        for (String p : r.parameters()) {
            ranges.putArray(p).add(r.range(p)[0]).add(r.range(p)[1]);
        }
        analysis.putPOJO("responses", SensitivityResult.RESPONSES);
        ExperimentFolder.putSweep(m, r.sweep(), r.method() == Sensitivity.Method.MORRIS
                ? "Morris trajectories (Morris 1991)" : "Saltelli et al. (2010) A, B and A_B matrices");
        ExperimentFolder.write(options.folder().resolve("manifest.json"), m);
    }
}
