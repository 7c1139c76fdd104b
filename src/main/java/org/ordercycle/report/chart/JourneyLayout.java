package org.ordercycle.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * What the order-journey chart draws, apart from drawing it: one panel per policy (in the order of
 * the policies), one row per sampled journey in each panel (the same journeys in the same order in
 * every panel, so the same customer sits at the same height), each row a list of segments owned by
 * a department or by nobody (the hand-off), on one x scale in days since the lead arrived.
 *
 * @param panels one per policy with data
 * @param departments the owners met, in the order of the cycle, the hand-off last when met
 * @param xMax the right end of the shared x axis (a round number at or above the last end)
 */
record JourneyLayout(List<Panel> panels, List<String> departments, double xMax) {
    record Segment(String owner, double start, double end) {
    }

    record Row(String journey, String order, List<Segment> segments) {
        /** The row's label: the journey (customer) and its order id. */
        String label() {
            return order.isEmpty() ? journey : journey + " · " + order;
        }
    }

    record Panel(String policy, List<Row> rows) {
    }

    static boolean readable(Table journeys) {
        return Rows.has(journeys, "policy", "journey", "lane", "start_day", "end_day");
    }

    static JourneyLayout of(Table journeys, List<String> policies) {
        Map<String, Map<String, List<Segment>>> byPolicy = new LinkedHashMap<>();
        Map<String, String> orders = new LinkedHashMap<>(); // policy + journey -> order id
        List<String> journeyIds = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        double last = 0;
        boolean withOrder = journeys.columnNames().contains("order");
        for (int r = 0; r < journeys.rowCount(); r++) {
            String p = Rows.str(journeys, "policy", r);
            String lane = Rows.str(journeys, "lane", r);
            double start = Rows.num(journeys, "start_day", r);
            double end = Rows.num(journeys, "end_day", r);
            if (!policies.contains(p) || lane.isEmpty() || !Double.isFinite(start)) {
                continue;
            }
            end = Double.isFinite(end) ? Math.max(end, start) : start;
            String j = Rows.str(journeys, "journey", r);
            if (!journeyIds.contains(j)) {
                journeyIds.add(j);
            }
            if (!owners.contains(lane)) {
                owners.add(lane);
            }
            if (withOrder) {
                orders.putIfAbsent(p + "\n" + j, Rows.str(journeys, "order", r));
            }
            byPolicy.computeIfAbsent(p, k -> new LinkedHashMap<>()).computeIfAbsent(j, k -> new ArrayList<>())
                    .add(new Segment(lane, start, end));
            last = Math.max(last, end);
        }
        List<Panel> panels = new ArrayList<>();
        for (String p : policies) {
            Map<String, List<Segment>> rows = byPolicy.get(p);
            if (rows == null) {
                continue;
            }
            List<Row> out = new ArrayList<>();
            for (String j : journeyIds) {
                List<Segment> segs = new ArrayList<>(rows.getOrDefault(j, List.of()));
                segs.sort(Comparator.comparingDouble(Segment::start));
                out.add(new Row(j, orders.getOrDefault(p + "\n" + j, ""), List.copyOf(segs)));
            }
            panels.add(new Panel(p, List.copyOf(out)));
        }
        // departments in the order an order meets them along the cycle; unknown owners after them
        owners.sort(Comparator.comparingInt(o -> o.equals(JourneyChart.HANDOFF) ? Integer.MAX_VALUE
                : JourneyChart.CYCLE.indexOf(o) < 0 ? JourneyChart.CYCLE.size() : JourneyChart.CYCLE.indexOf(o)));
        return new JourneyLayout(List.copyOf(panels), List.copyOf(owners), Draw.niceCeil(last));
    }
}
