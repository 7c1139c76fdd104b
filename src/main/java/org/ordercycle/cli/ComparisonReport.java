package org.ordercycle.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ordercycle.experiment.Comparison;
import org.ordercycle.experiment.Estimate;
import org.ordercycle.experiment.Experiment;
import org.ordercycle.io.JsonNumbers;
import org.ordercycle.io.WarningsJson;
import org.ordercycle.policy.Policy;
import org.ordercycle.report.Verdict;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.Area;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.Overload;

/**
 * What {@code ordercycle compare} prints: a table of the company-wide measures (primary ones
 * first, then the others by area) with each policy's mean ± half-width and, for each pair of
 * policies, the paired difference ± half-width, the relative change and a mark when the
 * difference is significant; or, with {@code --json}, one JSON object. It only formats: every
 * figure comes from {@link Comparison}.
 */
final class ComparisonReport {
    /** Widest line of the table (room for the p-value column beside the difference). */
    static final int WIDTH = 124;
    private static final int MAX_LABEL = 38;
    private static final int MIN_LABEL = 20;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Relative changes beyond +-999% (a base mean near zero) are printed without decimals. */
    private static final double MAX_CHANGE = 9.995;
    /** Title of the p-value column: raw, then adjusted in parentheses. */
    private static final String P_TITLE = "p (adjusted)";

    private final PrintWriter out;

    ComparisonReport(PrintWriter out) {
        this.out = out;
    }

    /** Prints the header and the table. */
    void print(Comparison c, Scenario scenario, Path file, long seed) {
        List<Policy> policies = c.policies();
        int level = (int) Math.round(100 * c.estimate(policies.get(0), c.keys().get(0)).level());
        out.printf("Scenario      %s (%s)%n", c.scenario(), file.getFileName());
        out.printf("Policies      %s%n", names(policies));
        out.printf("Replications  %d per policy, on common random numbers (every policy meets the same customers)%n",
                c.replications());
        out.printf("Seed          %d%n", seed);
        out.printf("Warm-up       %s days (%s)%n", Format.period(c.warmupDays()), c.warmupMethod());
        out.printf("Simulated     %s days per replication after the warm-up%n", Format.period(scenario.horizonDays()));
        String note = "mean ± half-width of the " + level + "% Student t interval across replications. "
                + "Differences are paired, replication by replication (other - base), with their own interval. "
                + "Differences of shares are in percentage points; change is relative to the base mean. p is the "
                + "paired t-test's p-value, raw and (in parentheses) adjusted for multiple comparisons: Holm over "
                + "the pairs of policies for each primary measure, Benjamini-Hochberg over all other measures. "
                + "* marks an adjusted p-value below " + (100 - level) + "%.";
        String prefix = "Figures       ";
        for (String line : Format.wrap(note, WIDTH - prefix.length())) {
            out.println(prefix + line);
            prefix = " ".repeat(prefix.length());
        }

        List<Overload.Warning> warnings = c.warnings();
        if (!warnings.isEmpty()) {
            out.println();
            RunReport.printWarnings(out, warnings);
            for (String line : Format.wrap("! marks a difference that involves a policy with an overloaded department "
                    + "or line: it is not a conclusion until the load is fixed (ordercycle validate shows the "
                    + "offered loads).", WIDTH)) {
                out.println(line);
            }
        }

        out.println();
        out.println("VERDICT");
        for (String sentence : verdict(c)) {
            for (String line : Format.wrap(sentence, WIDTH - 2)) {
                out.println("  " + line);
            }
        }

        List<Section> sections = new ArrayList<>();
        sections.add(section(c, "PRIMARY MEASURES", Experiment.PRIMARY));
        for (Area area : Area.values()) {
            List<Measure> measures = new ArrayList<>();
            for (Measure m : Measure.values()) {
                if (m.area() == area && !Experiment.PRIMARY.contains(m)) {
                    measures.add(m);
                }
            }
            if (!measures.isEmpty()) {
                sections.add(section(c, area.name().toUpperCase(Locale.ROOT), measures));
            }
        }
        Layout layout = layout(policies, sections);
        for (Section s : sections) {
            out.println();
            out.println(layout.header(s.title, policies).stripTrailing());
            for (Row row : s.rows) {
                for (String line : layout.lines(row)) {
                    out.println(line.stripTrailing());
                }
            }
        }
        out.println();
        out.println("Company-wide figures. Per-segment figures and every replication: --json or --out DIR.");
        out.println("The meaning of every measure: ordercycle measures");
    }

    /** The report's verdict, from the same tables the report draws. */
    static List<String> verdict(Comparison c) {
        List<String> names = new ArrayList<>();
        for (Policy p : c.policies()) {
            names.add(p.name());
        }
        return Verdict.sentences(c.summaryTable(), c.comparisonTable(), c.warningsTable(), names, c.currency());
    }

    /** The JSON object of {@code --json}; NaN (not measured) is {@code null}. */
    static String json(Comparison c, Scenario scenario, long seed, String version) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", c.scenario());
        root.put("seed", seed);
        root.put("replications", c.replications());
        root.put("horizon_days", scenario.horizonDays());
        ObjectNode warmup = root.putObject("warmup");
        warmup.put("days", c.warmupDays());
        warmup.put("method", c.warmupMethod());
        root.put("common_random_numbers", true);
        List<Policy> policies = c.policies();
        root.put("level", c.estimate(policies.get(0), c.keys().get(0)).level());
        ArrayNode list = root.putArray("policies");
        for (Policy p : policies) {
            ObjectNode node = list.addObject();
            node.put("name", p.name());
            p.settings().forEach(node.putObject("levers")::put);
        }
        ObjectNode summary = root.putObject("summary");
        for (Policy p : policies) {
            ObjectNode byKey = summary.putObject(p.name());
            for (String key : c.keys()) {
                Estimate e = c.estimate(p, key);
                ObjectNode node = byKey.putObject(key);
                JsonNumbers.put(node, "mean", e.mean());
                JsonNumbers.put(node, "sd", e.sd());
                JsonNumbers.put(node, "ci_low", e.low());
                JsonNumbers.put(node, "ci_high", e.high());
                node.put("n", e.n());
            }
        }
        Set<String> unstable = unstablePolicies(c);
        ArrayNode comparison = root.putArray("comparison");
        for (int i = 0; i < policies.size(); i++) {
            for (int j = i + 1; j < policies.size(); j++) {
                for (String key : c.keys()) {
                    Estimate base = c.estimate(policies.get(i), key);
                    Estimate d = c.difference(policies.get(i), policies.get(j), key);
                    ObjectNode node = comparison.addObject();
                    node.put("base", policies.get(i).name());
                    node.put("other", policies.get(j).name());
                    node.put("measure", key);
                    JsonNumbers.put(node, "difference", d.mean());
                    JsonNumbers.put(node, "ci_low", d.low());
                    JsonNumbers.put(node, "ci_high", d.high());
                    JsonNumbers.put(node, "relative_change", relative(d, base));
                    JsonNumbers.put(node, "p_value", d.pValue());
                    node.put("significant", d.excludesZero());
                    JsonNumbers.put(node, "p_value_adjusted", c.adjustedPValue(policies.get(i), policies.get(j), key));
                    node.put("adjustment", c.adjustment(key).key());
                    node.put("significant_adjusted", c.significantAdjusted(policies.get(i), policies.get(j), key));
                    node.put("unstable_policy", unstable.contains(policies.get(i).name())
                            || unstable.contains(policies.get(j).name()));
                    node.put("n", d.n());
                }
            }
        }
        WarningsJson.put(root.putArray("warnings"), c.warnings());
        ObjectNode units = root.putObject("units");
        for (Measure m : Measure.values()) {
            units.put(m.key(), m.unit());
        }
        root.put("version", version);
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Relative change of a difference against the base mean, NaN when the base mean is 0 or unknown. */
    static double relative(Estimate difference, Estimate base) {
        return base.mean() != 0 && Double.isFinite(base.mean()) ? difference.mean() / Math.abs(base.mean())
                : Double.NaN;
    }

    private static String names(List<Policy> policies) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < policies.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(policies.get(i).name()).append(i == 0 ? " (base)" : "");
        }
        return sb.toString();
    }

    // ---- the table: cells are formatted first, then the column widths follow from them ----

    private record Pair(String title, String difference, String change, String p) {
    }

    private record Row(String label, List<String> means, List<Pair> pairs) {
    }

    private record Section(String title, List<Row> rows) {
    }

    private static Section section(Comparison c, String title, List<Measure> measures) {
        List<Policy> policies = c.policies();
        Set<String> unstable = unstablePolicies(c);
        List<Row> rows = new ArrayList<>();
        for (Measure m : measures) {
            List<String> means = new ArrayList<>();
            for (Policy p : policies) {
                means.add(plusMinus(m, c.estimate(p, m.key()), false));
            }
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < policies.size(); i++) {
                for (int j = i + 1; j < policies.size(); j++) {
                    Estimate d = c.difference(policies.get(i), policies.get(j), m.key());
                    double rel = relative(d, c.estimate(policies.get(i), m.key()));
                    String change = change(rel);
                    boolean shaky = unstable.contains(policies.get(i).name())
                            || unstable.contains(policies.get(j).name());
                    boolean marked = c.significantAdjusted(policies.get(i), policies.get(j), m.key());
                    pairs.add(new Pair(policies.get(j).name() + " - " + policies.get(i).name(),
                            plusMinus(m, d, true), change + (marked ? " *" : "  ") + (shaky ? "!" : ""),
                            pValues(d.pValue(), c.adjustedPValue(policies.get(i), policies.get(j), m.key()))));
                }
            }
            rows.add(new Row(label(m) + (m.unit().startsWith("money") ? ", " + c.currency() : ""), means, pairs));
        }
        return new Section(title, rows);
    }

    /** Names of the policies with at least one overloaded department or line. */
    private static Set<String> unstablePolicies(Comparison c) {
        Set<String> names = new HashSet<>();
        for (Overload.Warning w : c.warnings()) {
            names.add(w.policy());
        }
        return names;
    }

    /** The run report's label, made to stand alone and short, with the unit unless the label says it. */
    static String label(Measure m) {
        String label = m.shortLabel();
        String unit = Format.unit(m);
        return unit.isEmpty() || label.toLowerCase(Locale.ROOT).contains(unit) ? label : label + ", " + unit;
    }

    /** "raw (adjusted)" p-values with three decimals, "<.001" below; "n/a" when not computed. */
    static String pValues(double raw, double adjusted) {
        return Double.isNaN(raw) ? "n/a" : p(raw) + " (" + p(adjusted) + ")";
    }

    private static String p(double v) {
        return v < 0.001 ? "<.001" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** A relative change in percent with one decimal (none beyond +-999%); "n/a" without a base. */
    static String change(double relative) {
        if (!Double.isFinite(relative)) {
            return "n/a";
        }
        if (Math.abs(relative) >= MAX_CHANGE) {
            return String.format(Locale.ROOT, "%+,.0f%%", 100 * relative); // a base near zero: no decimals
        }
        return String.format(Locale.ROOT, "%+.1f%%", 100 * relative);
    }

    /** "mean ± half-width" in the measure's unit; a difference carries its sign. */
    private static String plusMinus(Measure m, Estimate e, boolean signed) {
        if (!Double.isFinite(e.mean())) {
            return "n/a";
        }
        String mean = signed ? signed(m, e.mean()) : Format.value(m, e.mean());
        return Double.isFinite(e.halfWidth()) ? mean + " ± " + Format.halfWidth(m, e.halfWidth(), e.mean()) : mean;
    }

    private static String signed(Measure m, double v) {
        String s = Format.value(m, v);
        if (s.startsWith("-") && s.matches("-[0.,]*")) {
            return s.substring(1); // rounds to zero: no sign
        }
        return v > 0 && !s.matches("[0.,]*") ? "+" + s : s;
    }

    private static Layout layout(List<Policy> policies, List<Section> sections) {
        int k = policies.size();
        int[] mean = new int[k];
        for (int i = 0; i < k; i++) {
            mean[i] = policies.get(i).name().length();
        }
        int diff = 0;
        int change = "change".length() + 2;
        int pw = P_TITLE.length();
        int longestLabel = 0;
        String pairTitle = "";
        for (Section s : sections) {
            for (Row r : s.rows) {
                longestLabel = Math.max(longestLabel, r.label.length());
                for (int i = 0; i < k; i++) {
                    mean[i] = Math.max(mean[i], r.means.get(i).length());
                }
                for (Pair p : r.pairs) {
                    diff = Math.max(diff, Math.max(p.difference.length(), p.title.length()));
                    change = Math.max(change, p.change.length());
                    pw = Math.max(pw, p.p.length());
                    pairTitle = p.title;
                }
            }
        }
        boolean inline = k == 2;
        int others = 0;
        for (int w : mean) {
            others += w + 2;
        }
        if (inline) {
            others += diff + 2 + change + 1 + pw + 2;
        }
        int label = Math.max(MIN_LABEL, Math.min(Math.min(MAX_LABEL, longestLabel), WIDTH - 2 - others));
        return new Layout(inline, label, mean, diff, change, pw, inline ? pairTitle : "");
    }

    /** Column widths of the table; with two policies the difference sits on the measure's line. */
    private record Layout(boolean inline, int label, int[] mean, int diff, int change, int p, String pairTitle) {

        String header(String title, List<Policy> policies) {
            StringBuilder sb = new StringBuilder(pad(title, label + 2));
            for (int i = 0; i < policies.size(); i++) {
                sb.append("  ").append(right(policies.get(i).name(), mean[i]));
            }
            if (inline) {
                sb.append("  ").append(right(pairTitle, diff)).append(" ").append(right("change  ", change))
                        .append("  ").append(right(P_TITLE, p));
            }
            return sb.toString();
        }

        List<String> lines(Row row) {
            List<String> lines = new ArrayList<>();
            StringBuilder sb = new StringBuilder("  ").append(pad(Format.fit(row.label, label), label));
            for (int i = 0; i < row.means.size(); i++) {
                sb.append("  ").append(right(row.means.get(i), mean[i]));
            }
            if (inline) {
                Pair p = row.pairs.get(0);
                sb.append("  ").append(right(p.difference, diff)).append(" ").append(right(p.change, change))
                        .append("  ").append(right(p.p, this.p));
                lines.add(sb.toString());
                return lines;
            }
            lines.add(sb.toString());
            for (Pair p : row.pairs) {
                lines.add("      " + pad(Format.fit(p.title, label - 4), label - 4) + "  " + right(p.difference, diff)
                        + " " + right(p.change, change) + "  " + right(p.p, this.p));
            }
            return lines;
        }

        private static String pad(String s, int width) {
            return String.format("%-" + Math.max(1, width) + "s", s);
        }

        /** Right-aligned in {@code width}, so that numbers line up on their last digit. */
        private static String right(String s, int width) {
            return String.format("%" + Math.max(1, width) + "s", s);
        }
    }
}
