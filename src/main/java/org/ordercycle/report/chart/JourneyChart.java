package org.ordercycle.report.chart;

import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The lanes of sampled order journeys (journeys.csv): small multiples, one panel per policy on one
 * x scale, one row per sampled order, coloured segments by owning department and grey hand-offs
 * ({@link JourneyLayout} decides what goes where, {@link LaneChart} draws it).
 */
final class JourneyChart {
    static final String HANDOFF = "(hand-off)";

    /** Lanes in the order an order meets them along the cycle. */
    static final List<String> CYCLE = List.of("sales", "order entry", "junior selection", "executive selection",
            "production", "warehouse", "logistics provider", "customer", "billing", "returns", "service");

    private JourneyChart() {
    }

    static NamedChart orderJourneys(Table journeys, List<String> policies) {
        String name = "order-journeys";
        String title = "Order journeys through the departments";
        String caption = "Sampled customer journeys, one panel per policy and one row per sampled order (the same "
                + "customers in every panel): each row is coloured by the department that owns the order, grey "
                + "while nobody does (a hand-off), against days since the lead arrived.";
        if (!JourneyLayout.readable(journeys)) {
            return Draw.noData(name, title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        JourneyLayout layout = JourneyLayout.of(journeys, policies);
        if (layout.panels().isEmpty()) {
            return Draw.noData(name, title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        List<String> shown = layout.panels().stream().map(JourneyLayout.Panel::policy).toList();
        LaneChart c = new LaneChart(Theme.WIDTH, Theme.HEIGHT, title, "days since the lead arrived", layout);
        return new NamedChart(name, title, caption, c, shown).withNote("rows: sampled orders, colours: departments");
    }
}
