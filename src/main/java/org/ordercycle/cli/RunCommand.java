package org.ordercycle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ordercycle.api.RunResult;
import org.ordercycle.api.Simulation;
import org.ordercycle.experiment.Progress;
import org.ordercycle.experiment.RunSpec;
import org.ordercycle.experiment.Runner;
import org.ordercycle.io.AtomicFiles;
import org.ordercycle.io.Folders;
import org.ordercycle.io.KpiCsv;
import org.ordercycle.io.OrderCsv;
import org.ordercycle.io.PeriodCsv;
import org.ordercycle.io.RunJson;
import org.ordercycle.io.RunManifest;
import org.ordercycle.io.StagedFolder;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.ReplicationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** {@code ordercycle run}: simulates a scenario under a policy and prints (and writes) the measures. */
@Command(name = "run", usageHelpWidth = 100, sortOptions = false,
        description = {"Simulate a scenario under a policy and print every measure: delivery, cost, billing, "
                + "planning and customer. With several replications each figure comes with the half-width "
                + "of its 95%% confidence interval (±).", ""},
        footer = {"", "Files written with --out DIR (the folder is replaced as a whole, only when the run succeeds):",
                "  kpis.csv       every measure of every replication, one value per row",
                "                 (scenario,policy,seed,replication,measure,segment,value; segment 'all' = company)",
                "  periods.csv    forecast, plan, production, stock and backlog per planning period and product",
                "  manifest.json  what is needed to reproduce the run (scenario file hash, seed, levers, versions)",
                "  orders.csv     with --orders: one row per order of replication 0 only (first replication),",
                "                 with the time each order spent in each step (queue, processing, unattended)",
                "  ocel/<policy>.json  with --ocel: replication 0 as an OCEL 2.0 event log (process mining)",
                "", "Examples:",
                "  ordercycle run scenarios/baseline.yaml",
                "  ordercycle run scenarios/baseline.yaml --policy joint --replications 20 --out results/joint",
                "  ordercycle run scenarios/baseline.yaml --lever billing-check=joint --lever customer-format=joint",
                "  ordercycle run scenarios/baseline.yaml --json > joint.json"})
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (.yaml).")
    Path scenarioFile;

    @Mixin
    PolicyOptions policyOptions;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed of the random numbers: the same seed gives the same results. "
                    + "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--replications", defaultValue = "1", paramLabel = "R",
            description = "How many independent repetitions to simulate (at least 1). Default: ${DEFAULT-VALUE}.")
    int replications;

    @Option(names = "--threads", paramLabel = "T",
            description = "Replications run in parallel (results do not depend on it). "
                    + "Default: the number of processors.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder to write the result files to (created if missing).")
    Path out;

    @Option(names = "--orders", description = "Also write orders.csv (needs --out).")
    boolean orders;

    @Option(names = "--ocel", description = "Also write ocel/<policy>.json: the order journeys of replication 0 "
            + "as an OCEL 2.0 event log for process mining (needs --out).")
    boolean ocel;

    /** Where the files of --out are written until they are all there. */
    private Path staging;

    @Option(names = "--json", description = "Print one JSON object instead of the report (for programs).")
    boolean json;

    @Option(names = "--force", description = "Run even when the estimated time is above 10 minutes.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        Inputs.atLeast(cli, "--replications", replications, 1);
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Inputs.atLeast(cli, "--threads", threadCount, 1);
        if (orders && out == null) {
            throw new ParameterException(cli,
                    "Option '--orders' needs '--out DIR': the folder to write orders.csv to.");
        }
        if (ocel && out == null) {
            throw new ParameterException(cli,
                    "Option '--ocel' needs '--out DIR': the folder to write ocel/<policy>.json to.");
        }
        Policy policy = policyOptions.resolve(cli);
        if (out != null) {
            ExperimentFolder.checkRunTarget(cli, out); // fail now rather than after a long run
        }
        Scenario loaded = Inputs.scenario(cli, scenarioFile);
        RunEstimate.none(threadCount).plus(loaded, replications, 1).check(cli, force);
        Scenario scenario = Inputs.withWarmup(cli, loaded, policy, seed);
        staging = out == null ? null : ExperimentFolder.stageRun(cli, out); // checked now rather than after a long run
        PrintWriter stdout = cli.getOut();
        PrintWriter progress = json ? cli.getErr() : stdout;
        int busyThreads = Math.min(threadCount, replications); // a replication runs on one thread
        cli.getErr().printf("Simulating %s under policy %s: %d replication%s on %d thread%s...%n", scenario.name(),
                policy.name(), replications, replications == 1 ? "" : "s", busyThreads, busyThreads == 1 ? "" : "s");

        RunResult result;
        try {
            result = simulate(scenario, policy, threadCount);
            if (staging != null) { // every file is written: the folder is replaced as a whole
                StagedFolder.commit(staging, out);
            }
        } finally {
            if (staging != null && Files.exists(staging)) {
                Folders.deleteTree(staging);
            }
        }
        if (json) {
            stdout.println(RunJson.text(result, Main.version(), RunReport.warnings(result, scenario)));
        } else {
            new RunReport(stdout).print(result, scenario, scenarioFile);
        }
        stdout.flush();
        if (out != null) {
            progress.println();
            progress.println("Results written to " + out.toAbsolutePath().normalize() + ": kpis.csv, periods.csv, "
                    + "manifest.json" + (orders ? ", orders.csv (replication 0)" : "")
                    + (ocel ? ", ocel/" + OcelExport.file(out, policy).getFileName() + " (replication 0)" : ""));
        }
        return 0;
    }

    /** Runs the replications; with --out writes the files, orders.csv streamed while replication 0 runs. */
    private RunResult simulate(Scenario scenario, Policy policy, int threadCount) throws IOException {
        if (!orders) {
            RunResult result = new RunResult(scenario.name(), policy, seed,
                    replicate(scenario, policy, threadCount, 0));
            writeFiles(result, scenario, policy);
            return result;
        }
        try (AtomicFiles.Pending orderFile = AtomicFiles.open(staging.resolve("orders.csv"))) {
            OrderCsv listener = new OrderCsv(orderFile.writer(), 0);
            List<ReplicationResult> all = new ArrayList<>();
            all.add(Simulation.replicate(scenario, policy, seed, 0, listener));
            all.addAll(replicate(scenario, policy, threadCount, 1));
            RunResult result = new RunResult(scenario.name(), policy, seed, all);
            writeFiles(result, scenario, policy);
            orderFile.commit();
            return result;
        }
    }

    /** Replications {@code from}..R-1 on the threads, with a progress bar on a terminal when there are several. */
    private List<ReplicationResult> replicate(Scenario scenario, Policy policy, int threadCount, int from) {
        List<RunSpec> specs = new ArrayList<>();
        for (int r = from; r < replications; r++) {
            specs.add(new RunSpec("base", scenario, policy, seed, r));
        }
        Progress progress = specs.size() > 1 ? ProgressBars.forStages(spec.commandLine().getErr(), false) : Progress.NONE;
        return new Runner(threadCount, progress, null).run("replications", specs);
    }

    private void writeFiles(RunResult result, Scenario scenario, Policy policy) throws IOException {
        if (staging == null) {
            return;
        }
        if (ocel) {
            OcelExport.write(staging, scenario, List.of(policy), seed);
        }
        KpiCsv.write(staging.resolve("kpis.csv"), result.replications());
        PeriodCsv.write(staging.resolve("periods.csv"), result.replications());
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        new RunManifest(scenarioFile, scenario.name(), policy, seed, replications, orders, Main.version(), args,
                scenario.warmupDays(), policyOptions.policy, policyOptions.levers).write(staging.resolve("manifest.json"));
    }
}
