package org.ordercycle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ordercycle.model.OfferedLoad;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioError;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.Overload;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ordercycle validate}: checks scenario files without simulating. */
@Command(name = "validate", usageHelpWidth = 100, sortOptions = false,
        description = {"Check scenario files without simulating them. Prints one OK line per valid file, "
                + "or every problem found (file:line:column, field, what is wrong). Exit code 2 when a file "
                + "has problems. For each valid file, prints the offered load of every department and "
                + "production line under the siloed and joint presets, and under the policy of --policy or --lever when given (work arriving per day over the work its "
                + "staff or hours can do per day, estimated without simulating) and warns where it reaches 95%%.",
                ""},
        footer = {"", "Examples:", "  ordercycle validate scenarios/baseline.yaml",
                "  ordercycle validate scenarios/*.yaml",
                "  ordercycle validate scenarios/baseline.yaml --lever strategic-selection=senior-capacity"})
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files (.yaml).")
    List<Path> files;

    /** A policy of the user's shown beside the two presets; none when only the default was given. */
    @Mixin
    PolicyOptions policyOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Policy> policies = policies();
        boolean ok = true;
        for (Path file : files) {
            String problem = Inputs.unusable(file);
            if (problem != null) {
                err.println(problem);
                ok = false;
                continue;
            }
            try {
                Scenario scenario = ScenarioLoader.load(file);
                out.println("OK " + file + ": " + summary(scenario));
                printLoads(out, scenario, policies);
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

    /** The siloed and joint presets, and the policy of --policy/--lever when it is another one. */
    private List<Policy> policies() {
        List<Policy> presets = new ArrayList<>(List.of(Policy.SILOED, Policy.JOINT));
        boolean ownPolicy = !"siloed".equals(policyOptions.policy) || !policyOptions.levers.isEmpty();
        if (ownPolicy) {
            try {
                Policy own = policyOptions.resolve(spec.commandLine());
                if (!presets.contains(own)) {
                    presets.add(own);
                }
            } catch (ScenarioException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return presets;
    }

    /**
     * The offered load of every department and line under each policy, estimated from the
     * scenario alone, and a warning line for each at or above {@link Overload#UTILISATION_LIMIT}.
     */
    static void printLoads(PrintWriter out, Scenario s, List<Policy> presets) {
        List<List<OfferedLoad.Entry>> loads = new ArrayList<>();
        for (Policy p : presets) {
            loads.add(OfferedLoad.estimate(s, p));
        }
        out.println("  Offered load (work arriving / staff or line time available), estimated without simulating:");
        StringBuilder head = new StringBuilder(String.format("    %-22s", "department or line"));
        List<String> cells = new ArrayList<>(); // one column per policy, wide enough for its name
        for (Policy p : presets) {
            cells.add(" %" + Math.max(8, p.name().length()) + "s");
            head.append(String.format(cells.get(cells.size() - 1), p.name()));
        }
        out.println(head);
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < loads.get(0).size(); i++) {
            StringBuilder row = new StringBuilder(String.format("    %-22s", loads.get(0).get(i).department()));
            for (int k = 0; k < loads.size(); k++) {
                OfferedLoad.Entry e = loads.get(k).get(i);
                row.append(String.format(cells.get(k), percent(e.load())));
                if (e.load() >= Overload.UTILISATION_LIMIT) {
                    warnings.add("  WARNING: " + e.department() + " is offered " + percent(e.load())
                            + " of its capacity under " + e.policy() + (e.load() >= 1
                            ? ": its queue would grow without bound" : ": its queue would be long and erratic")
                            + "; results of " + e.policy() + " would rest on it." + staffing(e));
                }
            }
            out.println(row);
        }
        warnings.forEach(out::println);
    }

    /** For a department, the staff that would keep it out of the warnings of a run (load under 85%). */
    private static String staffing(OfferedLoad.Entry e) {
        int needed = e.staffFor(Overload.GROWTH_MIN_UTILISATION);
        return e.staff() == 0 ? "" : " " + needed + " staff instead of " + e.staff() + " would bring it to "
                + percent(e.load() * (e.staff() + e.extra()) / (needed + e.extra())) + ".";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    static String summary(Scenario s) {
        return s.products().size() + " products, " + s.lines().size() + " lines, "
                + s.segments().size() + " segments, " + s.departments().service().size() + " service skills, "
                + Format.period(s.horizonDays()) + " days after a " + Format.period(s.warmupDays()) + "-day warm-up";
    }
}
