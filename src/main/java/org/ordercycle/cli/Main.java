package org.ordercycle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;
import org.ordercycle.scenario.ScenarioError;
import org.ordercycle.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code ordercycle} command. It only parses, calls the API and prints. Exit codes: 0 done,
 * 2 bad input (scenario, policy or option), 1 unexpected internal error.
 */
@Command(name = "ordercycle", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        usageHelpWidth = 100,
        description = {"OrderCycle simulates a company's order management cycle, from planning to after-sales "
                + "service, under siloed or joint policies of its departments.", ""},
        footer = {"", "Examples:",
                "  ordercycle validate scenarios/baseline.yaml",
                "  ordercycle run scenarios/baseline.yaml --policy joint --replications 10",
                "  ordercycle trace scenarios/baseline.yaml --order 120 --policy siloed",
                "  ordercycle help run"})
public final class Main implements Runnable {

    /**
     * The subcommands, in the order help lists them. They are added by {@link #commandLine}, not
     * by the annotation, so that a command builds only its own options (picocli reads every
     * command's annotations when it is added: 160 ms for all of them, a third of a run's start).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, CompareCommand.class, SelectCommand.class,
            OptimiseCommand.class, RerunCommand.class, SweepCommand.class, SensitivityCommand.class,
            DiscoverCommand.class, AttributeCommand.class, RobustnessCommand.class, TraceCommand.class,
            ValidateCommand.class, LeversCommand.class, MeasuresCommand.class, SchemaCommand.class, VerifyCommand.class,
            BenchCommand.class, ReportCommand.class, ServeCommand.class, CommandLine.HelpCommand.class);

    /** Exit code of bad input: a scenario with errors, an unknown option value. */
    public static final int BAD_INPUT = 2;
    /** Exit code of an unexpected internal error. */
    public static final int INTERNAL_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where compare, sweep and attribute run their replications; null: this machine's threads. */
    private BackendFactory backends;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "When something goes wrong, print the technical details (stack trace).")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(execute(args, out, err));
    }

    /** Runs the command line with the given outputs and returns the exit code (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, null);
    }

    /**
     * Runs the command line with compare, sweep and attribute running their replications on the
     * backends {@code backends} makes (a cluster front end); everything else, from parsing the
     * options to writing the tables, report and manifest, is that of a local run.
     */
    public static int execute(String[] args, PrintWriter rawOut, PrintWriter rawErr, BackendFactory backends) {
        PrintWriter out = Terminal.safe(rawOut); // names from users' files never reach the terminal raw
        PrintWriter err = Terminal.safe(rawErr);
        boolean debug = Arrays.asList(args).contains("--debug");
        Main main = new Main();
        main.backends = backends;
        CommandLine cli = commandLine(main, args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> badOption(ex, err));
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> failure(ex, err, debug));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command line for {@code args}: with only the subcommand they name when their first word
     * is one (by name or alias), else with every subcommand (help, a mistyped name and its
     * suggestions, no command at all).
     */
    static CommandLine commandLine(Main main, String[] args) {
        CommandLine cli = new CommandLine(main);
        String first = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        for (Class<?> c : SUBCOMMANDS) {
            if (c != CommandLine.HelpCommand.class && names(c).contains(first)) {
                return cli.addSubcommand(c);
            }
        }
        SUBCOMMANDS.forEach(cli::addSubcommand);
        return cli;
    }

    private static List<String> names(Class<?> command) {
        Command c = command.getAnnotation(Command.class);
        List<String> names = new java.util.ArrayList<>(List.of(c.aliases()));
        names.add(c.name());
        return names;
    }

    /** The backend factory of the command line that {@code cli} belongs to, or null. */
    static BackendFactory backends(CommandLine cli) {
        return cli.getCommandSpec().root().userObject() instanceof Main m ? m.backends : null;
    }

    /** Makes the backend of one experiment command. */
    @FunctionalInterface
    public interface BackendFactory {
        /**
         * @param store  the folder's store of finished runs (DIR/.runs, already cleared unless
         *               resuming), or null without --out
         * @param resume whether --resume was given
         */
        org.ordercycle.experiment.Backend create(java.nio.file.Path store, boolean resume);
    }

    /** OrderCycle's version from the jar manifest, or {@code dev} when run from classes. */
    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static int badOption(ParameterException ex, PrintWriter err) {
        err.println(ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("See '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options"
                + " and examples.");
        return BAD_INPUT;
    }

    private static int failure(Exception ex, PrintWriter err, boolean debug) {
        if (ex instanceof ScenarioException se) {
            int n = se.errors().size();
            String file = n == 0 ? "the file" : se.errors().get(0).file();
            err.println("Found " + n + (n == 1 ? " problem" : " problems") + " in " + file + ":");
            for (ScenarioError e : se.errors()) {
                err.println(e);
            }
            return BAD_INPUT;
        }
        if (ex instanceof UserError) {
            err.println(ex.getMessage());
            return BAD_INPUT;
        }
        IOException io = ex instanceof IOException i ? i
                : ex instanceof UncheckedIOException u ? u.getCause() : null;
        if (io != null) {
            err.println("Could not read or write a file: " + describe(io));
        } else {
            err.println("Internal error: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage())
                    + (debug ? "" : " (run again with --debug for details)"));
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        return INTERNAL_ERROR;
    }

    /** A file error in plain words, e.g. {@code out/kpis.csv: permission denied}. */
    static String describe(IOException e) {
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + ": a file with that name is in the way";
        }
        if (e instanceof NoSuchFileException f) {
            return f.getFile() + ": no such file or folder";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        return e.getMessage();
    }

    /** Prints the version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"OrderCycle " + version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
