package org.ordercycle.cli;

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

    /** Loads a scenario; a missing file is a bad parameter, a file with errors a {@link ScenarioException}. */
    static Scenario scenario(CommandLine cli, Path file) throws ScenarioException {
        if (!Files.exists(file)) {
            throw new ParameterException(cli, "Scenario file not found: " + file
                    + " (looked for " + file.toAbsolutePath().normalize() + ")");
        }
        if (Files.isDirectory(file)) {
            throw new ParameterException(cli, file + " is a folder; give a scenario file (.yaml) instead.");
        }
        return ScenarioLoader.load(file);
    }

    /** Rejects a number option below its minimum, naming the option. */
    static void atLeast(CommandLine cli, String option, long value, long min) {
        if (value < min) {
            throw new ParameterException(cli, "Invalid value for option '" + option + "': it must be at least "
                    + min + ", was " + value + ".");
        }
    }
}
