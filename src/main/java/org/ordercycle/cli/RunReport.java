package org.ordercycle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.List;
import org.ordercycle.api.RunResult;
import org.ordercycle.io.RunJson;
import org.ordercycle.model.OfferedLoad;
import org.ordercycle.model.Step;
import org.ordercycle.policy.Lever;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.Area;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.Overload;
import org.ordercycle.stats.ReplicationResult;

/** The human-readable report of {@code ordercycle run}: header, measures by area, segments, steps. */
final class RunReport {

    private static final List<Measure> SEGMENT_COLUMNS = List.of(Measure.LEAD_TIME_MEAN, Measure.ON_TIME_RATE,
            Measure.FILL_RATE, Measure.BILLING_ERROR_RATE, Measure.SATISFACTION_INDEX);
    private static final String[] SEGMENT_HEADERS =
            {"Lead time", "On time", "Fill rate", "Inv. errors", "Satisfaction"};
    private static final String[] SEGMENT_UNITS = {"days", "%", "%", "%", "/100"};

    private final PrintWriter out;

    RunReport(PrintWriter out) {
        this.out = out;
    }

    void print(RunResult run, Scenario scenario, Path file) {
        int n = run.replications().size();
        out.printf("Scenario      %s (%s)%n", run.scenario(), file.getFileName());
        out.printf("Policy        %s%n", run.policy().name());
        String prefix = "Joint levers  ";
        for (String line : Format.wrap(jointLevers(run), 84)) {
            out.println(prefix + line);
            prefix = " ".repeat(prefix.length());
        }
        prefix = "Other levers  ";
        for (String line : otherSettings(run).isEmpty() ? List.<String>of() : Format.wrap(otherSettings(run), 84)) {
            out.println(prefix + line);
            prefix = " ".repeat(prefix.length());
        }
        out.printf("Seed          %d%n", run.seed());
        out.printf("Replications  %d%s%n", n, n > 1 ? "  (± = half-width of the 95% confidence interval)" : "");
        out.printf("Simulated     %s days per replication, after a %s-day warm-up%n",
                Format.period(scenario.horizonDays()), Format.period(scenario.warmupDays()));
        out.printf("Money         in %s%n", scenario.currency());
        printWarnings(out, warnings(run, scenario));
        for (Area area : Area.values()) {
            out.println();
            out.println(area.name().toUpperCase(java.util.Locale.ROOT));
            for (Measure m : Measure.values()) {
                if (m.area() == area) {
                    printMeasure(run, m, n);
                }
            }
        }
        printSegments(run);
        printSteps(run);
        printLoads(run);
        out.println();
        out.println("Means over replications. The meaning of every measure: ordercycle measures");
    }

    /** The run's warnings, each department's with the staff that would carry its load. */
    static List<Overload.Warning> warnings(RunResult run, Scenario scenario) {
        return OfferedLoad.advise(scenario, run.policy(), Overload.warnings(run.policy().name(), run.replications()));
    }

    private void printMeasure(RunResult run, Measure m, int n) {
        double mean = run.mean(m);
        String line = String.format("  %-40s %12s %-11s", Format.fit(Format.label(m), 40),
                Format.value(m, mean), Double.isFinite(mean) ? Format.unit(m) : "");
        double hw = n > 1 ? Format.halfWidth(run, m.key()) : Double.NaN;
        if (Double.isFinite(hw)) {
            line += " ± " + Format.halfWidth(m, hw, mean);
        }
        out.println(line.stripTrailing());
    }

    private void printSegments(RunResult run) {
        Set<String> segments = RunJson.segments(run);
        if (segments.isEmpty()) {
            return;
        }
        out.println();
        out.println("BY CUSTOMER SEGMENT");
        StringBuilder head = new StringBuilder(String.format("  %-22s", "Segment"));
        StringBuilder units = new StringBuilder(String.format("  %-22s", ""));
        for (int i = 0; i < SEGMENT_HEADERS.length; i++) {
            head.append(String.format(" %13s", SEGMENT_HEADERS[i]));
            units.append(String.format(" %13s", SEGMENT_UNITS[i]));
        }
        out.println(head);
        out.println(units);
        for (String segment : segments) {
            StringBuilder row = new StringBuilder(String.format("  %-22s", Format.fit(segment, 22)));
            for (Measure m : SEGMENT_COLUMNS) {
                row.append(String.format(" %13s", Format.value(m, run.mean(ReplicationResult.segmentKey(m, segment)))));
            }
            out.println(row);
        }
    }

    private void printSteps(RunResult run) {
        if (run.keys().stream().noneMatch(k -> k.startsWith("step_time["))) {
            return;
        }
        out.println();
        out.println("WHERE A DELIVERED ORDER'S TIME GOES (mean days per step)");
        out.printf("  %-22s %13s %13s %13s %13s%n", "Step", "Waiting", "Being worked", "Unattended", "Closed hours");
        for (Step step : Step.values()) {
            double q = run.mean(ReplicationResult.stepTimeKey(step.label(), "queue"));
            double p = run.mean(ReplicationResult.stepTimeKey(step.label(), "processing"));
            double u = run.mean(ReplicationResult.stepTimeKey(step.label(), "unattended"));
            double closed = run.mean(ReplicationResult.stepTimeKey(step.label(), "closed"));
            if (Double.isNaN(q) && Double.isNaN(p) && Double.isNaN(u)) {
                continue;
            }
            out.printf("  %-22s %13s %13s %13s %13s%n", step.number() + ". " + step.label(), days(q), days(p), days(u),
                    days(closed));
        }
    }

    /** One WARNING line per overloaded department or line, or nothing. */
    static void printWarnings(PrintWriter out, List<Overload.Warning> warnings) {
        for (Overload.Warning w : warnings) {
            for (String line : Format.wrap("WARNING: " + w.sentence() + ".", 96)) {
                out.println(line);
            }
        }
    }

    private void printLoads(RunResult run) {
        List<String> keys = run.keys().stream().filter(k -> k.endsWith("." + Overload.UTILISATION + "]")).toList();
        if (keys.isEmpty()) {
            return;
        }
        out.println();
        out.println("DEPARTMENTS AND LINES (after the warm-up; ! = flagged, see the warnings at the top)");
        out.printf("  %-22s %13s %13s %13s%n", "Department or line", "Busy", "Queue, first", "Queue, last");
        out.printf("  %-22s %13s %13s %13s%n", "", "% open time", "third (jobs)", "third (jobs)");
        for (String key : keys) {
            String prefix = key.substring(0, key.length() - Overload.UTILISATION.length() - 1);
            String name = prefix.substring(prefix.indexOf('[') + 1, prefix.length() - 1).replace('-', ' ');
            name = prefix.startsWith("line[") ? "line " + name : name;
            double u = run.mean(key);
            double first = run.mean(prefix + Overload.QUEUE_FIRST + "]");
            double last = run.mean(prefix + Overload.QUEUE_LAST + "]");
            boolean flagged = u >= Overload.UTILISATION_LIMIT || Overload.growing(first, last, u);
            out.printf("  %-22s %13s %13s %13s%s%n", Format.fit(name, 22),
                    Double.isFinite(u) ? String.format(java.util.Locale.ROOT, "%.1f%%", 100 * u) : "n/a",
                    jobs(first), jobs(last), flagged ? " !" : "");
        }
    }

    private static String jobs(double v) {
        return Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%.1f", v) : "n/a";
    }

    private static String days(double v) {
        return Double.isFinite(v) ? Format.days(v) : "n/a";
    }

    /** The levers (of those whose presets differ) at the joint preset's setting. */
    private static String jointLevers(RunResult run) {
        List<Lever> choosable = Arrays.stream(Lever.values()).filter(l -> l.siloedPreset() != l.jointPreset()).toList();
        List<Lever> joint = choosable.stream().filter(l -> run.policy().joint(l)).toList();
        if (joint.isEmpty()) {
            return "none (every department follows its own criteria)";
        }
        if (joint.size() == choosable.size()) {
            return "all " + joint.size();
        }
        return String.join(", ", joint.stream().map(Lever::cliName).toList());
    }

    /** Levers at a setting neither preset uses, as lever=setting; empty when none. */
    private static String otherSettings(RunResult run) {
        return String.join(", ", Arrays.stream(Lever.values()).map(l -> run.policy().setting(l))
                .filter(st -> !st.siloedPreset() && !st.jointPreset()).map(Object::toString).toList());
    }
}
