package org.ordercycle.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    Readings(Table summary, Table comparison, List<String> policies) {
        this.summary = summary;
        this.comparison = comparison;
        this.policies = policies;
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
        boolean significant = Rows.significant(r);
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

    /** Days by which half and 90% of the orders are delivered, per policy. */
    String distribution(Table ecdf) {
        List<String> parts = new ArrayList<>();
        for (String p : policies) {
            double half = firstDaysReaching(ecdf, p, 0.5);
            double most = firstDaysReaching(ecdf, p, 0.9);
            parts.add(String.format(Locale.ROOT, "under %s half of the orders arrive within %.1f days and 90%% within "
                    + "%.1f days", p, half, most));
        }
        return capitalise(String.join("; ", parts)) + ". The steeper and further left a curve, the faster and more "
                + "predictable the delivery.";
    }

    private static double firstDaysReaching(Table ecdf, String policy, double share) {
        for (Row r : ecdf) {
            if (policy.equals(Rows.text(r, "policy")) && Rows.number(r, "share") >= share) {
                return Rows.number(r, "days");
            }
        }
        return Double.NaN;
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
                    .filter(r -> Rows.significant(r) && Rows.number(r, "mean_difference") >= MATERIAL_DAYS)
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

    String stock() {
        List<String> parts = new ArrayList<>();
        for (String p : policies) {
            parts.add(p + ": fill rate " + meanWithInterval("fill_rate", p) + ", backorders "
                    + meanWithInterval("backorders", p) + ", holding cost " + meanWithInterval("holding_cost", p));
        }
        return capitalise(String.join("; ", parts)) + ". Stock that sits while customers wait on backlog is the "
                + "signature of a plan built on the wrong forecast.";
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
