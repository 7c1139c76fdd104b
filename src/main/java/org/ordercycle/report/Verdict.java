package org.ordercycle.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The verdict a manager can repeat: for each policy against the first (the baseline), what it
 * changes in delivery time, billing errors, cost and profit, each with its 95% interval, built
 * from the comparison table only. A difference whose interval includes zero is called unclear.
 */
public final class Verdict {
    /** The measures of the verdict, in the order they are spoken. */
    static final List<String> MEASURES = List.of("lead_time_mean", "billing_error_rate", "total_cost", "profit");

    private final Readings tables;
    private final List<String> policies;
    private final List<String> unstable;
    private final String currency;
    private final List<Claim> claims = new ArrayList<>();
    private final List<String> sentences = new ArrayList<>();

    Verdict(Readings tables, List<String> policies, List<String> unstable, String currency) {
        this.tables = tables;
        this.policies = policies;
        this.unstable = unstable;
        this.currency = currency;
        build();
    }

    /**
     * The verdict's sentences from the saved tables of a comparison.
     *
     * @param summary    summary.csv
     * @param comparison comparison.csv
     * @param warnings   warnings.csv (policy column), or null when there is none
     * @param policies   policy names, baseline first
     * @param currency   the scenario's currency code
     */
    public static List<String> sentences(Table summary, Table comparison, Table warnings, List<String> policies,
                                         String currency) {
        List<String> unstable = new ArrayList<>();
        if (warnings != null) {
            for (Row r : warnings) {
                unstable.add(Rows.text(r, "policy"));
            }
        }
        return new Verdict(new Readings(summary, comparison, policies), policies, unstable, currency).sentences();
    }

    List<String> sentences() {
        return List.copyOf(sentences);
    }

    /** Every claim the verdict makes, for checking against the table. */
    List<Claim> claims() {
        return List.copyOf(claims);
    }

    private void build() {
        String base = policies.get(0);
        for (String other : policies.subList(1, policies.size())) {
            List<String> clear = new ArrayList<>();
            List<String> unclear = new ArrayList<>();
            String profit = "";
            for (String key : MEASURES) {
                Optional<Claim> found = Claim.of(tables, key, base, other);
                if (found.isEmpty()) {
                    continue;
                }
                Claim c = found.get();
                claims.add(c);
                if (!c.clear()) {
                    unclear.add(noun(key) + " (" + Numbers.difference(Numbers.unit(key), c.difference())
                            + inCurrency(Numbers.unit(key)) + ", "
                            + Numbers.interval(Numbers.unit(key), c.low(), c.high()) + ")");
                } else if (key.equals("profit")) {
                    profit = "profit " + (c.direction() == Claim.Direction.HIGHER ? "rises" : "falls") + " by "
                            + magnitude(c);
                } else {
                    clear.add(phrase(c));
                }
            }
            StringBuilder s = new StringBuilder("Against ").append(base).append(", ");
            if (clear.isEmpty() && profit.isEmpty()) {
                s.append(other).append(" shows no clear change in delivery time, billing errors, cost or profit");
            } else if (clear.isEmpty()) {
                s.append("under ").append(other).append(' ').append(profit);
            } else {
                s.append(other).append(' ').append(list(clear));
                if (!profit.isEmpty()) {
                    s.append("; ").append(profit);
                }
            }
            if (!unclear.isEmpty() && !(clear.isEmpty() && profit.isEmpty())) {
                s.append(". Unclear, so not claimed: ").append(String.join("; ", unclear));
            }
            s.append('.');
            List<String> overloaded = new ArrayList<>();
            for (String p : List.of(base, other)) {
                if (unstable.contains(p) && !overloaded.contains(p)) {
                    overloaded.add(p);
                }
            }
            if (!overloaded.isEmpty()) {
                s.append(" Caution: ").append(String.join(" and ", overloaded)).append(overloaded.size() > 1
                        ? " have" : " has").append(" an overloaded department or line (see the warning), so the "
                        + "delivery time and cost above depend on the horizon and are not conclusions until the load "
                        + "is fixed.");
            }
            sentences.add(s.toString());
        }
        sentences.add("Brackets hold the 95% interval of the paired difference over the measured period; a difference "
                + "whose interval includes zero is called unclear, not claimed.");
    }

    /** "delivers 1.60 days faster [0.60, 2.60]": the verb follows the sign of the difference. */
    private String phrase(Claim c) {
        boolean up = c.direction() == Claim.Direction.HIGHER;
        return switch (c.measure()) {
            case "lead_time_mean" -> "delivers " + magnitude(c) .replaceFirst(" \\[", up ? " slower [" : " faster [");
            case "billing_error_rate" -> (up ? "raises" : "cuts") + " invoice errors by " + magnitude(c);
            case "total_cost" -> "costs " + magnitude(c).replaceFirst(" \\[", up ? " more [" : " less [");
            default -> (up ? "raises " : "lowers ") + noun(c.measure()) + " by " + magnitude(c);
        };
    }

    /** The size of a difference and its interval, without sign: "1.60 days [0.60, 2.60]", "182k EUR [81k, 284k]". */
    private String magnitude(Claim c) {
        String unit = Numbers.unit(c.measure());
        double lo = Math.min(Math.abs(c.low()), Math.abs(c.high()));
        double hi = Math.max(Math.abs(c.low()), Math.abs(c.high()));
        return Numbers.difference(unit, Math.abs(c.difference())).replace("+", "") + inCurrency(unit) + " "
                + Numbers.interval(unit, lo, hi);
    }

    /** " EUR" after an amount of money, nothing after other units (they carry their own). */
    private String inCurrency(String unit) {
        return unit.startsWith("money") ? " " + currency : "";
    }

    private static String noun(String key) {
        return switch (key) {
            case "lead_time_mean" -> "delivery time";
            case "billing_error_rate" -> "invoice errors";
            case "total_cost" -> "cost";
            default -> Numbers.label(key).toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String list(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
