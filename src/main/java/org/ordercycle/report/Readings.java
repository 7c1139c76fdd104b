package org.ordercycle.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ordercycle.stats.Measure;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Plain-language readings of a comparison's charts. Each sentence quotes numbers picked from the
 * saved summary and comparison tables, with their intervals; nothing is computed here beyond
 * choosing which rows to quote.
 */
final class Readings {
    /** Cost components of total_cost, as in the cost-breakdown chart. */
    static final List<String> COST_PARTS = List.of("committed_capacity_cost", "overtime_cost", "changeover_cost",
            "expedite_cost", "premium_freight_cost", "shipping_cost", "holding_cost", "handling_labour_cost",
            "coordination_cost", "billing_rework_cost", "returns_handling_cost", "service_labour_cost", "capital_cost");
    static final List<String> ERROR_KINDS = List.of("error_quantity_rate", "error_price_rate", "error_entry_rate",
            "error_format_rate");

    /** A part of the days counts as longer when it grows by at least this many days, beyond doubt. */
    static final double MATERIAL_DAYS = 0.05;

    private final Table summary;
    private final Table comparison;
    private final List<String> policies;
    /** Every claim the readings made so far, each checkable against the comparison table. */
    private final List<Claim> claims = new ArrayList<>();

    Readings(Table summary, Table comparison, List<String> policies) {
        this.summary = summary;
        this.comparison = comparison;
        this.policies = policies;
    }

    /** The claims of every sentence built so far, in order. */
    List<Claim> claims() {
        return List.copyOf(claims);
    }

    /** The claim about a measure, recorded so that a test can check it against its table. */
    private Optional<Claim> claim(String key, String base, String other) {
        Optional<Claim> c = Claim.of(this, key, base, other);
        c.ifPresent(claims::add);
        return c;
    }

    /** "higher", "lower" or "within chance of": the word follows the interval of the difference. */
    static String word(Claim c) {
        return switch (c.direction()) {
            case HIGHER -> "higher";
            case LOWER -> "lower";
            case WITHIN -> "within chance of";
        };
    }

    Optional<Row> summaryRow(String key, String policy) {
        return Rows.find(summary, "policy", policy, "measure", key, "segment", "all");
    }

    Optional<Row> comparisonRow(String key, String base, String other) {
        return Rows.find(comparison, "base_policy", base, "other_policy", other, "measure", key, "segment", "all");
    }

    double mean(String key, String policy) {
        return summaryRow(key, policy).map(r -> Rows.number(r, "mean")).orElse(Double.NaN);
    }

    /** "4.80 days ± 0.05". */
    String meanWithHalfWidth(String key, String policy) {
        return summaryRow(key, policy).map(r -> Numbers.withHalfWidth(Numbers.unit(key), r)).orElse("n/a");
    }

    /** "4.80 days [4.75, 4.85]". */
    String meanWithInterval(String key, String policy) {
        return summaryRow(key, policy).map(r -> Numbers.withInterval(Numbers.unit(key), r)).orElse("n/a");
    }

    /** One finding: both means, the paired difference with its interval, and whether it is significant. */
    String change(String key, String base, String other) {
        Optional<Row> c = comparisonRow(key, base, other);
        String label = Numbers.label(key);
        if (c.isEmpty()) {
            return label + ": not measured.";
        }
        Row r = c.get();
        String unit = Numbers.unit(key);
        double d = Rows.number(r, "mean_difference");
        boolean significant = claim(key, base, other).map(Claim::clear).orElse(false);
        String rel = Numbers.relative(Rows.number(r, "relative_change"));
        return label + ": " + Numbers.value(unit, Rows.number(r, "mean_base")) + " under " + base + ", "
                + Numbers.value(unit, Rows.number(r, "mean_other")) + " under " + other + " — a difference of "
                + Numbers.difference(unit, d) + (rel.isEmpty() ? "" : " (" + rel + ")") + ", 95% interval "
                + Numbers.interval(unit, Rows.number(r, "ci_low"), Rows.number(r, "ci_high"))
                + (significant ? "." : Rows.intervalExcludesZero(r)
                        ? String.format(java.util.Locale.ROOT, ", which excludes zero, but not once adjusted for "
                        + "the many differences tested (p %.3f raw, %.3f adjusted): no difference can be claimed.",
                        Rows.number(r, "p_value"), Rows.number(r, "p_value_adjusted"))
                        : ", which includes zero: no difference can be claimed.");
    }

    /** Reading of a headline chart: every policy's mean and 95% interval (the changes are in the findings). */
    String headline(String key) {
        StringBuilder b = new StringBuilder(Numbers.label(key)).append(": ");
        List<String> parts = new ArrayList<>();
        for (String p : policies) {
            parts.add(p + " " + meanWithInterval(key, p));
        }
        return b.append(String.join("; ", parts)).append('.').toString();
    }

    /**
     * Days by which half and 90% of the orders are delivered, per policy: the median and 90th
     * percentile of the summary table (one estimator for the whole report, named in the method),
     * not read off the curve.
     */
    String distribution() {
        List<String> parts = new ArrayList<>();
        for (String p : policies) {
            parts.add("under " + p + " half of the orders arrive within " + meanWithInterval("lead_time_p50", p)
                    + " and 90% within " + meanWithInterval("lead_time_p90", p));
        }
        return capitalise(String.join("; ", parts)) + ". The steeper and further left a curve, the faster and more "
                + "predictable the delivery.";
    }

    /** Steps before the order exists: handling the lead and quoting. */
    static final List<String> BEFORE_ORDER = org.ordercycle.report.chart.Charts.BEFORE_ORDER;
    /** Steps after the goods reached the customer: invoicing, returns. */
    static final List<String> AFTER_DELIVERY = org.ordercycle.report.chart.Charts.AFTER_DELIVERY;
    /** Kinds of time of a step, which add up to its time. */
    static final List<String> STEP_KINDS = List.of("queue", "processing", "unattended", "closed");

    /** The days a delivered order spent in a step under a policy: the sum of its kinds of time. */
    double stepDays(String step, String policy) {
        double sum = 0;
        for (String kind : STEP_KINDS) {
            double v = mean("step_time[" + step + "." + kind + "]", policy);
            sum += Double.isFinite(v) ? v : 0;
        }
        return sum;
    }

    /** The steps with a time in the summary, in the order of the cycle. */
    List<String> steps() {
        List<String> steps = new ArrayList<>();
        for (Row r : summary) {
            String key = Rows.text(r, "measure");
            if (key.startsWith("step_time[") && key.endsWith("]")) {
                String step = key.substring(10, key.lastIndexOf('.'));
                if (!steps.contains(step)) {
                    steps.add(step);
                }
            }
        }
        return steps;
    }

    /** Steps between the order's placement and its delivery, in the order of the cycle. */
    List<String> orderToDelivery() {
        List<String> between = new ArrayList<>(steps());
        between.removeAll(BEFORE_ORDER);
        between.removeAll(AFTER_DELIVERY);
        return between;
    }

    /**
     * The table under "where the days go": days per delivered order before the order exists, in
     * each step from placement to delivery with their sum beside the mean lead time, and after
     * delivery. Steps that take no time under any policy are left out.
     */
    List<List<String>> daysTable() {
        List<List<String>> rows = new ArrayList<>();
        daysRows(rows, "Before the order exists: ", BEFORE_ORDER);
        List<String> between = orderToDelivery();
        daysRows(rows, "Order to delivery: ", between);
        List<String> sum = new ArrayList<>(List.of("Order to delivery, sum of the steps"));
        List<String> lead = new ArrayList<>(List.of("Lead time, mean (placement to delivery)"));
        for (String p : policies) {
            double total = 0;
            for (String step : between) {
                total += stepDays(step, p);
            }
            sum.add(Numbers.value("days", total));
            lead.add(Numbers.value("days", mean("lead_time_mean", p)));
        }
        rows.add(sum);
        rows.add(lead);
        daysRows(rows, "After delivery: ", AFTER_DELIVERY);
        return rows;
    }

    private void daysRows(List<List<String>> rows, String phase, List<String> steps) {
        for (String step : steps) {
            List<String> row = new ArrayList<>(List.of(phase + Measure.labelOf("step_time[" + step + ".queue]")
                    .replaceFirst(":.*", "")));
            boolean any = false;
            for (String p : policies) {
                double d = stepDays(step, p);
                any |= d != 0;
                row.add(Numbers.value("days", d));
            }
            if (any) {
                rows.add(row);
            }
        }
    }

    /** Unattended time and the step-kind where the base policy loses most days. */
    String daysGo(String base) {
        Map<String, Double> steps = new LinkedHashMap<>();
        for (Row r : summary) {
            String key = Rows.text(r, "measure");
            if (key.startsWith("step_time[") && base.equals(Rows.text(r, "policy"))) {
                steps.put(key, Rows.number(r, "mean"));
            }
        }
        StringBuilder b = new StringBuilder("Unattended time (orders waiting in hand-offs that nobody owns): ");
        List<String> parts = new ArrayList<>();
        for (String p : policies) {
            parts.add(p + " " + meanWithInterval("unattended_time_mean", p));
        }
        b.append(String.join("; ", parts)).append('.');
        steps.entrySet().stream().filter(e -> Double.isFinite(e.getValue()))
                .max(Map.Entry.comparingByValue()).ifPresent(top -> {
                    b.append(" Under ").append(base).append(" the largest single part is ")
                            .append(Numbers.label(top.getKey())).append(" with ")
                            .append(Numbers.value("days", top.getValue())).append(" per delivered order");
                    for (String other : policies.subList(1, policies.size())) {
                        b.append("; under ").append(other).append(" the same part takes ")
                                .append(Numbers.value("days", mean(top.getKey(), other)));
                    }
                    b.append('.');
                });
        for (String other : policies.subList(1, policies.size())) {
            b.append(longerParts(steps.keySet(), base, other));
        }
        return b.toString();
    }

    /**
     * The parts of the days that take longer under {@code other} than under {@code base}: by at
     * least {@link #MATERIAL_DAYS}, with a 95% interval that excludes zero, longest first. A
     * policy that shortens delivery overall can still lengthen one step, and the reader should
     * hear it.
     */
    private String longerParts(Collection<String> keys, String base, String other) {
        List<Longer> longer = new ArrayList<>();
        for (String key : keys) {
            comparisonRow(key, base, other)
                    .filter(r -> Claim.of(r).clear() && Rows.number(r, "mean_difference") >= MATERIAL_DAYS)
                    .map(r -> {
                        claims.add(Claim.of(r));
                        return r;
                    })
                    .ifPresent(r -> longer.add(new Longer(Numbers.label(key), Rows.number(r, "mean_other"),
                            Rows.number(r, "mean_base"), Rows.number(r, "mean_difference"), Rows.number(r, "ci_low"),
                            Rows.number(r, "ci_high"))));
        }
        if (longer.isEmpty()) {
            return " No part takes " + MATERIAL_DAYS + " days or more longer under " + other + " than under " + base
                    + ".";
        }
        longer.sort(Comparator.comparingDouble(Longer::difference).reversed());
        List<String> parts = new ArrayList<>();
        for (Longer l : longer) {
            parts.add(l.label() + ", " + Numbers.value("days", l.other()) + " against " + Numbers.value("days", l.base())
                    + " (" + Numbers.difference("days", l.difference()) + ", 95% interval "
                    + Numbers.interval("days", l.low(), l.high()) + ")");
        }
        return " Longer under " + other + " than under " + base + ": " + String.join("; ", parts) + ".";
    }

    /** A part of the days that grows under the other policy: both means, the paired difference and its interval. */
    private record Longer(String label, double other, double base, double difference, double low, double high) {
    }

    /** Forecast and plan bias of one policy. */
    String planning(String policy) {
        return "Under " + policy + ", the forecast handed to production was " + signedShare("forecast_bias", policy)
                + " against actual demand (forecast bias, 95% interval " + shareInterval("forecast_bias", policy)
                + ") and the production plan " + signedShare("plan_bias", policy) + " (plan bias). Forecast error "
                + "(weighted absolute percentage): " + meanWithInterval("forecast_error", policy)
                + "; variance amplification of production orders: " + meanWithInterval("variance_amplification", policy)
                + " per planning period, " + meanWithInterval("quarterly_amplification", policy)
                + " summed by quarter (n/a without a make-to-stock product or with fewer than 8 quarters after the warm-up)"
                + ". Periods in the shaded warm-up are not measured.";
    }

    private String signedShare(String key, String policy) {
        double v = mean(key, policy);
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%s%.1f%%", v >= 0 ? "+" : "−", Math.abs(100 * v));
    }

    private String shareInterval(String key, String policy) {
        return summaryRow(key, policy).map(r -> Numbers.shareInterval(Rows.number(r, "ci_low"),
                Rows.number(r, "ci_high"))).orElse("n/a");
    }

    String biases() {
        return "Marketing inflates its forecast, and more after periods when customers waited for stock; production "
                + "takes off what it believes the inflation to be. A consensus forecast carries neither bias. The "
                + "forecast bias and error of each policy are given with the demand, forecast and plan charts above.";
    }

    /** Stock and backlog measures of the inventory chart, in the order they are read. */
    static final List<String> STOCK = List.of("fill_rate", "backorders", "holding_cost");

    /**
     * Fill rate, backorders and holding cost of every policy, then for each policy against the
     * base whether each is higher, lower or within chance, the word chosen from the interval.
     */
    String stock() {
        List<String> parts = new ArrayList<>();
        for (String p : policies) {
            parts.add(p + ": fill rate " + meanWithInterval("fill_rate", p) + ", backorders "
                    + meanWithInterval("backorders", p) + ", holding cost " + meanWithInterval("holding_cost", p));
        }
        StringBuilder b = new StringBuilder(capitalise(String.join("; ", parts))).append('.');
        String base = policies.get(0);
        for (String other : policies.subList(1, policies.size())) {
            List<String> said = new ArrayList<>();
            for (String key : STOCK) {
                claim(key, base, other).ifPresent(c -> said.add(Numbers.label(key).toLowerCase(Locale.ROOT) + " "
                        + word(c) + " " + (c.clear() ? "than " : "") + "under " + base + " ("
                        + Numbers.difference(Numbers.unit(key), c.difference()) + ", 95% interval "
                        + Numbers.interval(Numbers.unit(key), c.low(), c.high()) + ")"));
            }
            if (!said.isEmpty()) {
                b.append(" Under ").append(other).append(": ").append(String.join("; ", said)).append('.');
            }
        }
        return b.append(" Where stock and backorders are both high, the plan was built on the wrong forecast: stock "
                + "of one product sits while customers of another wait.").toString();
    }

    /** Total cost and the two components that move most. */
    String costs(String base) {
        StringBuilder b = new StringBuilder();
        for (String other : policies.subList(1, policies.size())) {
            b.append(change("total_cost", base, other)).append(' ');
            List<Row> moves = new ArrayList<>();
            for (String part : COST_PARTS) {
                comparisonRow(part, base, other).ifPresent(moves::add);
            }
            moves.sort(Comparator.comparingDouble((Row r) -> -Math.abs(Rows.number(r, "mean_difference"))));
            List<String> top = new ArrayList<>();
            for (Row r : moves.subList(0, Math.min(2, moves.size()))) {
                claims.add(Claim.of(r));
                String key = Rows.text(r, "measure");
                top.add(Numbers.label(key).toLowerCase(Locale.ROOT) + " "
                        + Numbers.difference("money", Rows.number(r, "mean_difference")) + " "
                        + Numbers.interval("money", Rows.number(r, "ci_low"), Rows.number(r, "ci_high")));
            }
            if (!top.isEmpty()) {
                b.append("The components that move most from ").append(base).append(" to ").append(other)
                        .append(": ").append(String.join("; ", top)).append(". ");
            }
        }
        return b.toString().trim();
    }

    String billing(String base) {
        StringBuilder b = new StringBuilder();
        for (String other : policies.subList(1, policies.size())) {
            b.append(change("billing_error_rate", base, other)).append(" By kind, ").append(base).append(" → ")
                    .append(other).append(": ");
            List<String> parts = new ArrayList<>();
            for (String kind : ERROR_KINDS) {
                parts.add(kind.replace("error_", "").replace("_rate", "") + " "
                        + Numbers.value("share", mean(kind, base)) + " → " + Numbers.value("share", mean(kind, other)));
            }
            b.append(String.join(", ", parts)).append(". ");
        }
        return b.toString().trim();
    }

    /** How long the same sampled customers waited for their goods under each policy. */
    String journeys(Table journeys, String base) {
        Map<String, Map<String, Double>> delivered = new LinkedHashMap<>(); // journey -> policy -> days
        for (Row r : journeys) {
            if (!"paid".equals(Rows.text(r, "outcome")) && !"delivered".equals(Rows.text(r, "outcome"))
                    && !"returned".equals(Rows.text(r, "outcome"))) {
                continue;
            }
            delivered.computeIfAbsent(Rows.text(r, "journey"), k -> new LinkedHashMap<>())
                    .merge(Rows.text(r, "policy"), Rows.number(r, "end_day"), Math::max);
        }
        StringBuilder b = new StringBuilder("Each line follows one customer's order from the inquiry to delivery, "
                + "across the departments that own it; the same customers under every policy (replication 0). ");
        for (String other : policies.subList(1, policies.size())) {
            int both = 0;
            int sooner = 0;
            List<String> examples = new ArrayList<>();
            for (Map.Entry<String, Map<String, Double>> e : delivered.entrySet()) {
                Double a = e.getValue().get(base);
                Double c = e.getValue().get(other);
                if (a != null && c != null) {
                    both++;
                    if (c < a) {
                        sooner++;
                    }
                    if (examples.size() < 3) {
                        examples.add(String.format(Locale.ROOT, "%s %.1f → %.1f days", e.getKey(), a, c));
                    }
                }
            }
            b.append(String.format(Locale.ROOT, "Of the %d sampled customers delivered under both %s and %s, %d got "
                    + "their goods sooner under %s", both, base, other, sooner, other));
            b.append(examples.isEmpty() ? ". " : " (" + String.join("; ", examples) + "). ");
        }
        return b.append("Long flat stretches in the (hand-off) lane are days when nobody owned the order.").toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
