package org.ordercycle.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ordercycle.experiment.Estimate;
import org.ordercycle.verify.Check;
import org.ordercycle.verify.Verification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ordercycle verify}: the engine against closed forms of queueing and inventory theory. */
@Command(name = "verify", usageHelpWidth = 100, sortOptions = false,
        description = {"Check the simulation engine against closed forms: M/M/c and M/G/1 waiting times "
                + "(Erlang C, Pollaczek-Khinchine), Little's law at every department and for the whole "
                + "company, the service level of a base-stock policy (critical fractile) and the variance "
                + "amplification of production orders (Chen et al. 2000). Each check runs its scenario of "
                + "scenarios/validation/ and passes when the theoretical value lies inside the simulation's "
                + "99%% confidence interval over independent replications. Exit code 1 when a check fails.", ""},
        footer = {"", "With about ten checks at 99%% each, one seed in ten or so shows one failure by chance: "
                + "run again with another --seed or more --replications before suspecting the engine.",
                "", "Examples:", "  ordercycle verify",
                "  ordercycle verify --replications 100 --seed 7"})
final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--replications", defaultValue = "" + Verification.DEFAULT_REPLICATIONS, paramLabel = "R",
            description = "Independent replications of each validation scenario (at least 2). "
                    + "Default: ${DEFAULT-VALUE}.")
    int replications;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed of the random numbers. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Replications run in parallel (results do not depend on it). "
                    + "Default: the number of processors.")
    Integer threads;

    @Option(names = "--scenarios", paramLabel = "DIR",
            description = "Folder of the validation scenarios. Default: scenarios/validation of the current "
                    + "folder, or of the OrderCycle installation.")
    Path folder;

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        Inputs.atLeast(cli, "--replications", replications, 2);
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Inputs.atLeast(cli, "--threads", threadCount, 1);
        Path dir = folder != null ? folder : defaultFolder();
        if (!Files.isDirectory(dir)) {
            throw new UserError("Validation scenarios not found: " + dir.toAbsolutePath().normalize()
                    + " is not a folder. Run from the OrderCycle folder or give --scenarios DIR.");
        }
        cli.getErr().printf(Locale.ROOT, "Verifying the engine: %d replications of each validation scenario on %d"
                + " thread%s...%n", replications, threadCount, threadCount == 1 ? "" : "s");
        long start = System.nanoTime();
        List<Check> checks = Verification.runAll(dir, seed, replications, threadCount,
                ProgressBars.forStages(cli.getErr(), false));
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = cli.getOut();
        print(out, checks, seconds);
        out.flush();
        return Verification.passed(checks) == checks.size() ? 0 : 1;
    }

    private void print(PrintWriter out, List<Check> checks, double seconds) {
        out.printf(Locale.ROOT, "Validation against theory: %d replications per scenario, seed %d, 99%% Student-t"
                + " intervals%n%n", replications, seed);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "check", "theory", "simulation", "99% interval", "verdict"});
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            Estimate e = c.estimate();
            rows.add(new String[] {String.valueOf(i + 1), c.name(), number(c.theory()), number(e.mean()),
                    "[" + number(e.low()) + ", " + number(e.high()) + "]", c.passed() ? "pass" : "FAIL"});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int k = 0; k < row.length; k++) {
                width[k] = Math.max(width[k], row[k].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < row.length; k++) {
                boolean left = k == 1 || k == 5;
                String cell = String.format("%" + (left ? "-" : "") + width[k] + "s", row[k]);
                line.append(k == 0 ? "" : "  ").append(cell);
            }
            out.println(line.toString().stripTrailing());
        }
        long passed = Verification.passed(checks);
        out.printf(Locale.ROOT, "%n%d of %d checks passed (%.0f s).%n", passed, checks.size(), seconds);
        out.println();
        out.println("Sources:");
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            bySource.computeIfAbsent(checks.get(i).source(), s -> new ArrayList<>()).add(i + 1);
        }
        int labelWidth = bySource.values().stream().mapToInt(n -> ranges(n).length()).max().orElse(1);
        String format = "  %-" + labelWidth + "s  %s%n";
        for (Map.Entry<String, List<Integer>> e : bySource.entrySet()) {
            List<String> lines = Format.wrap(e.getKey(), 90);
            out.printf(format, ranges(e.getValue()), lines.get(0));
            for (String l : lines.subList(1, lines.size())) {
                out.printf(format, "", l);
            }
        }
    }

    /** A number for the table: four significant digits, exponent notation for tiny values. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        return a < 1e-3 || a >= 1e6 ? String.format(Locale.ROOT, "%.2e", v) : String.format(Locale.ROOT, "%.4g", v);
    }

    /** Check numbers as ranges, e.g. {@code 4-10,12}. */
    static String ranges(List<Integer> numbers) {
        StringBuilder s = new StringBuilder();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            s.append(s.length() > 0 ? "," : "").append(numbers.get(i));
            if (j > i) {
                s.append('-').append(numbers.get(j));
            }
            i = j + 1;
        }
        return s.toString();
    }

    /** scenarios/validation in the current folder, else next to the jar (target/../scenarios/validation). */
    private static Path defaultFolder() {
        Path local = Verification.DEFAULT_DIR;
        if (Files.isDirectory(local)) {
            return local;
        }
        try {
            Path code = Path.of(VerifyCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = code.getParent() == null ? null : code.getParent().getParent();
            if (root != null && Files.isDirectory(root.resolve(Verification.DEFAULT_DIR))) {
                return root.resolve(Verification.DEFAULT_DIR);
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            // fall through to the local folder, which the caller reports as missing
        }
        return local;
    }
}
