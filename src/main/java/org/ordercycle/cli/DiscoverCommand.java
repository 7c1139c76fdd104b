package org.ordercycle.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ordercycle.experiment.Discovery;
import org.ordercycle.experiment.DiscoveryResult;
import org.ordercycle.experiment.ResultStore;
import org.ordercycle.experiment.discovery.ClassificationTree;
import org.ordercycle.experiment.discovery.Prim;
import org.ordercycle.io.JsonNumbers;
import org.ordercycle.io.TableFiles;
import org.ordercycle.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code ordercycle discover}: under which conditions a statement about the policies holds. */
@Command(name = "discover", usageHelpWidth = 100, sortOptions = false,
        description = {"Scenario discovery: run a Latin hypercube of --points over the parameter ranges under "
                + "siloed and joint (common random numbers), test the --when condition at each point on the means "
                + "of the paired replications, and find the region where it holds: PRIM (Friedman and Fisher "
                + "1999) peels the ranges into a box with its coverage (share of the points where the condition "
                + "holds that fall in the box) and density (share of the box's points where it holds); a small "
                + "classification tree gives a second view.", "",
                "The condition compares measure[policy] values (ordercycle measures lists the measures; the policy "
                + "is siloed or joint) and numbers with >, <, >= or <=, joined by and / or, with parentheses, e.g. "
                + "\"total_cost[joint] < total_cost[siloed]\".", ""},
        footer = {"", "Files written with --out DIR (only once every run has finished):",
                "  points.csv      point, parameters, holds (1 or 0)",
                "  trajectory.csv  the peeling trajectory: step, coverage, density, mass, points, chosen, limits",
                "  rules.csv       the tree's leaves where the condition holds: rule, points, share",
                "  results.csv, summary.csv  every run (as sweep writes them); manifest.json",
                "", "Example:",
                "  ordercycle discover scenarios/classroom.yaml --param steps.planning.inflationMean=0..0.4 \\",
                "      --param 'segments[0].leadsPerDay=2..8' --when 'total_cost[joint] < total_cost[siloed]' \\",
                "      --points 40 --replications 3"})
final class DiscoverCommand implements Callable<Integer> {
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

    @Option(names = "--when", paramLabel = "CONDITION", required = true,
            description = "The condition to explain, e.g. \"total_cost[joint] < total_cost[siloed]\".")
    String when;

    @Option(names = "--points", defaultValue = "50", paramLabel = "N",
            description = "Latin hypercube points. Default: ${DEFAULT-VALUE}.")
    int points;

    @Option(names = "--density", paramLabel = "D",
            description = "Choose the PRIM box with the highest coverage among those of density >= D (0 < D <= 1). "
                    + "Default: the knee of the trade-off curve (closest to coverage 1 and density 1).")
    Double density;

    @Option(names = "--replications", defaultValue = "3", paramLabel = "R",
            description = "Replications per point and policy. Default: ${DEFAULT-VALUE}.")
    int replications;

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        Inputs.atLeast(cli, "--replications", replications, 1);
        Inputs.atLeast(cli, "--points", points, 2);
        int threadCount = options.threadCount(cli);
        Scenario base = Inputs.scenario(cli, scenarioFile);
        Discovery discovery = Discovery.on(scenarioFile).points(points).replications(replications).seed(options.seed)
                .threads(threadCount).progress(ProgressBars.forStages(cli.getErr(), options.quiet));
        for (String p : params) {
            ParamOption.addRange(cli, p, discovery::range);
        }
        try {
            discovery.when(when).threshold(density);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cli, "Invalid value for option '--" + (e.getMessage().startsWith("the density")
                    ? "density" : "when") + "': " + e.getMessage() + ".");
        }
        discovery.check();
        RunEstimate.none(threadCount).plusDesign(scenarioFile, discovery.design(), replications, 2).check(cli, options.force);
        ResultStore store = ExperimentFolder.prepare(cli, options, "discover", base.name());
        discovery.store(store);
        if (!options.quiet) {
            cli.getErr().printf("Discovering where %s holds in %s: %d points x %d replication%s on %d thread%s...%n",
                    when, base.name(), points, replications, replications == 1 ? "" : "s", threadCount,
                    threadCount == 1 ? "" : "s");
        }
        DiscoveryResult result = discovery.run();
        return options.finish(cli, () -> writeFiles(result), () -> json(result, options.seed),
                out -> print(out, result, options.seed));
    }

    static void print(PrintWriter out, DiscoveryResult r, long seed) {
        out.printf("Scenario      %s%n", r.sweep().scenario());
        out.printf("Condition     %s%n", r.condition().text());
        out.printf("Design        Latin hypercube of %d points x %d replication%s per policy, common random numbers; "
                + "seed %d%n", r.sweep().points().size(), r.sweep().replications(),
                r.sweep().replications() == 1 ? "" : "s", seed);
        out.printf("Holds at      %d of %d points%n", Math.round(r.share() * r.sweep().points().size()),
                r.sweep().points().size());
        out.println();
        out.println("PRIM (peeling alpha 0.05; box: " + r.choice() + ")");
        out.println("  " + r.sentence() + ".");
        out.println();
        TextTable t = new TextTable(List.of("step", "coverage", "density", "points"), 1);
        for (int s = 0; s < r.trajectory().size(); s++) {
            Prim.Box b = r.trajectory().get(s);
            t.row(List.of(s + (b == r.box() ? " *" : ""), String.format(java.util.Locale.ROOT, "%.2f", b.coverage()),
                    String.format(java.util.Locale.ROOT, "%.2f", b.density()), Integer.toString(b.points())));
        }
        t.print(out, "  ");
        out.println();
        out.println("Classification tree (Gini, depth <= " + DiscoveryResult.TREE_DEPTH + ", leaves >= " + r.minLeaf()
                + " points): where the condition holds");
        List<ClassificationTree.Rule> rules = r.tree().rules();
        if (rules.isEmpty()) {
            out.println("  no leaf where it holds for most points");
        }
        for (ClassificationTree.Rule rule : rules) {
            out.printf(java.util.Locale.ROOT, "  %s  (%d points, holds at %.0f%%)%n", r.limits(rule), rule.points(),
                    100 * rule.share());
        }
    }

    static String json(DiscoveryResult r, long seed) {
        ObjectNode root = ExperimentFolder.JSON.createObjectNode();
        root.put("scenario", r.sweep().scenario());
        root.put("seed", seed);
        root.put("ordercycle_version", Main.version());
        root.put("condition", r.condition().text());
        root.put("points", r.sweep().points().size());
        JsonNumbers.put(root, "share_holding", r.share());
        ObjectNode box = root.putObject("box");
        box.put("choice", r.choice());
        box.put("limits", r.limits(r.box()));
        JsonNumbers.put(box, "coverage", r.box().coverage());
        JsonNumbers.put(box, "density", r.box().density());
        box.put("points", r.box().points());
        ObjectNode limits = box.putObject("ranges");
        for (int j = 0; j < r.parameters().size(); j++) {
            ObjectNode p = limits.putObject(r.parameters().get(j));
            JsonNumbers.put(p, "low", r.box().low()[j]);
            JsonNumbers.put(p, "high", r.box().high()[j]);
            p.put("restricted", r.restricts(r.box(), j));
        }
        ArrayNode trajectory = root.putArray("trajectory");
        for (Prim.Box b : r.trajectory()) {
            ObjectNode s = trajectory.addObject();
            JsonNumbers.put(s, "coverage", b.coverage());
            JsonNumbers.put(s, "density", b.density());
            s.put("points", b.points());
        }
        ArrayNode rules = root.putArray("tree_rules");
        for (ClassificationTree.Rule rule : r.tree().rules()) {
            ObjectNode n = rules.addObject();
            n.put("rule", r.limits(rule));
            n.put("points", rule.points());
            JsonNumbers.put(n, "share", rule.share());
        }
        try {
            return ExperimentFolder.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeFiles(DiscoveryResult r) throws java.io.IOException {
        Path tables = options.folder().resolve(ExperimentFolder.TABLES);
        TableFiles.writeCsv(tables.resolve("points.csv"), r.points());
        TableFiles.writeCsv(tables.resolve("trajectory.csv"), r.trajectoryTable());
        TableFiles.writeCsv(tables.resolve("rules.csv"), r.rulesTable());
        TableFiles.writeCsvs(tables, r.sweep().tables());
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        ObjectNode m = ExperimentFolder.manifest("discover", scenarioFile, r.sweep().scenario(), options.seed,
                replications, options.resume, args);
        ObjectNode d = m.putObject("discovery");
        d.put("condition", r.condition().text());
        d.put("box_choice", r.choice());
        d.put("box", r.limits(r.box()));
        JsonNumbers.put(d, "coverage", r.box().coverage());
        JsonNumbers.put(d, "density", r.box().density());
        d.put("sentence", r.sentence());
        d.put("peeling_alpha", Prim.ALPHA);
        d.put("tree_depth", DiscoveryResult.TREE_DEPTH);
        d.put("tree_min_leaf", r.minLeaf());
        ExperimentFolder.putSweep(m, r.sweep(), "Latin hypercube (McKay, Beckman and Conover 1979) of " + points
                + " points");
        ExperimentFolder.write(options.folder().resolve("manifest.json"), m);
    }
}
