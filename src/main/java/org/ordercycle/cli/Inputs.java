package org.ordercycle.cli;

import org.ordercycle.experiment.Progress;
import org.ordercycle.experiment.Runner;
import org.ordercycle.experiment.Warmup;
import org.ordercycle.policy.Policy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Checks and loads the files named on the command line. */
final class Inputs {

    private Inputs() {
    }

    /** "Scenario file not found: x.yaml (looked for /home/me/x.yaml)"; the absolute path only when it adds to the name. */
    static String notFound(String what, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return what + " not found: " + path + (absolute.toString().equals(path.toString()) ? ""
                : " (looked for " + absolute + ")");
    }

    /**
     * Loads a scenario; a missing file or a folder is a bad parameter, a file with errors a
     * {@link ScenarioException}. Every command reads its scenario here or through {@link #unusable},
     * so they all accept the same inputs: files and pipes such as {@code <(...)}, read by
     * {@link ScenarioLoader#readText}.
     */
    static Scenario scenario(CommandLine cli, Path file) throws ScenarioException {
        String problem = unusable(file);
        if (problem != null) {
            throw new ParameterException(cli, problem);
        }
        return ScenarioLoader.load(file);
    }

    /** True when {@code file} may be read as a scenario or policy: it exists and is not a folder (a pipe is fine). */
    static boolean readable(Path file) {
        return Files.exists(file) && !Files.isDirectory(file);
    }

    /** Why {@code file} cannot be a scenario file (missing, a folder), or null when it may be read. */
    static String unusable(Path file) {
        if (!Files.exists(file)) {
            return notFound("Scenario file", file);
        }
        if (Files.isDirectory(file)) {
            return file + " is a folder; give a scenario file (.yaml) instead.";
        }
        return null;
    }

    /** Rejects a number option below its minimum, naming the option. */
    static void atLeast(CommandLine cli, String option, long value, long min) {
        if (value < min) {
            throw new ParameterException(cli, "Invalid value for option '" + option + "': it must be at least "
                    + min + ", was " + value + ".");
        }
    }

    /**
     * The scenario with its warm-up fixed: its own value, or, for {@code warmupDays: auto}, the
     * MSER-5 detection on pilot runs of the policy (announced on stderr).
     */
    static Scenario withWarmup(CommandLine cli, Scenario scenario, Policy policy, long seed) {
        if (!scenario.autoWarmup()) {
            return scenario;
        }
        cli.getErr().println("Detecting the warm-up with MSER-5 on " + Warmup.PILOTS + " pilot runs...");
        Warmup.Choice choice = Warmup.choose(scenario, java.util.List.of(policy), seed,
                new Runner(Runtime.getRuntime().availableProcessors(), Progress.NONE, null));
        cli.getErr().printf(java.util.Locale.ROOT, "Warm-up: %.0f days (%s)%n", choice.days(), choice.method());
        return scenario.withWarmup(choice.days());
    }
}
