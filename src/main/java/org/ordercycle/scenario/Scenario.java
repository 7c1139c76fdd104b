package org.ordercycle.scenario;

import java.util.List;

/**
 * A validated, immutable scenario: everything the engine needs except the policy and the seed.
 * Built by {@link ScenarioLoader}; durations inside {@link Dist} keep their declared unit and
 * are converted to days by the engine.
 */
@Doc("An OrderCycle scenario: the company, its customers, its departments and the parameters of the ten steps")
public record Scenario(
        @Doc("Short name, used in reports") String name,
        @Doc("What this scenario represents and where its numbers come from") @Default("\"\"") String description,
        @Doc("Default unit of every duration distribution without its own unit") @Default("day") TimeUnit timeUnit,
        @Doc("Measured length of a replication, in days (after the warm-up)") @Default("365")
        @Range(min = 1, max = 36500) double horizonDays,
        @Doc("Initial period whose observations are discarded, in days, or auto: detected with MSER-5 on pilot runs")
        @Default("30") @Range(min = 0, max = 3650) @AutoAllowed double warmupDays,
        @Doc("Working calendar of the company: staff and lines work only inside it") Calendar calendar,
        @Doc("Product families") List<Product> products,
        @Doc("Production lines") List<Line> lines,
        @Doc("Customer segments") List<Segment> segments,
        @Doc("Departments: staff, handling times and wages") Departments departments,
        @Doc("Logistics provider") Logistics logistics,
        @Doc("Cost rates not attached to a department, product or line") Costs costs,
        @Doc("Parameters of the ten steps of the order cycle") Steps steps,
        @Doc("Parameters that no source pins down, with their plausible ranges (read by ordercycle robustness)")
        @Default("[]") List<Assumption> assumptions,
        @Doc("Currency of every amount of money in the scenario and in its results: an ISO 4217 code such as EUR, "
                + "USD or GBP") @Default("EUR") String currency) {

    /** True when the warm-up is to be detected ({@code warmupDays: auto}). */
    public boolean autoWarmup() {
        return Double.isNaN(warmupDays);
    }

    /** This scenario with a fixed warm-up. */
    public Scenario withWarmup(double days) {
        return new Scenario(name, description, timeUnit, horizonDays, days, calendar, products, lines, segments,
                departments, logistics, costs, steps, assumptions, currency);
    }

    /** The product with this id, or null. */
    public Product product(String id) {
        return products.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    /** Index of the line with this id in {@link #lines()}, or -1. */
    public int lineIndex(String id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
