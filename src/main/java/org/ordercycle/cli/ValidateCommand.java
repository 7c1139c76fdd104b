package org.ordercycle.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioError;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ordercycle validate}: checks scenario files without simulating. */
@Command(name = "validate", usageHelpWidth = 100, sortOptions = false,
        description = {"Check scenario files without simulating them. Prints one OK line per valid file, "
                + "or every problem found (file:line:column, field, what is wrong). Exit code 2 when a file "
                + "has problems.", ""},
        footer = {"", "Examples:", "  ordercycle validate scenarios/baseline.yaml",
                "  ordercycle validate scenarios/*.yaml"})
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files (.yaml).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean ok = true;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println(file + ": " + (Files.isDirectory(file)
                        ? "is a folder, not a scenario file" : "file not found"));
                ok = false;
                continue;
            }
            try {
                out.println("OK " + file + ": " + summary(ScenarioLoader.load(file)));
            } catch (ScenarioException e) {
                for (ScenarioError error : e.errors()) {
                    err.println(error);
                }
                ok = false;
            }
            out.flush();
            err.flush();
        }
        return ok ? 0 : Main.BAD_INPUT;
    }

    static String summary(Scenario s) {
        return s.products().size() + " products, " + s.lines().size() + " lines, "
                + s.segments().size() + " segments, " + s.departments().service().size() + " service skills, "
                + Format.count(s.horizonDays()) + " days after a " + Format.count(s.warmupDays()) + "-day warm-up";
    }
}
