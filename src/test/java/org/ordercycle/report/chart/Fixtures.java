package org.ordercycle.report.chart;

import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Small tables in the formats of notes/report-contract.md, with plausible shapes so the charts
 * drawn from them can be looked at. The numbers are made up for the tests.
 */
final class Fixtures {
    static final List<String> POLICIES = List.of("siloed", "joint");

    private Fixtures() {
    }

    /** summary.csv: policy,measure,segment,n,mean,sd,ci_low,ci_high,half_width. */
    static Table summary() {
        Table t = Table.create("summary", StringColumn.create("policy"), StringColumn.create("measure"),
                StringColumn.create("segment"), IntColumn.create("n"), DoubleColumn.create("mean"),
                DoubleColumn.create("sd"), DoubleColumn.create("ci_low"), DoubleColumn.create("ci_high"),
                DoubleColumn.create("half_width"));
        for (int p = 0; p < 2; p++) {
            String policy = POLICIES.get(p);
            double f = p == 0 ? 1 : 0.7;
            add(t, policy, "lead_time_mean", "all", p == 0 ? 12.4 : 7.9, 0.6);
            add(t, policy, "lead_time_mean", "b2b", p == 0 ? 14.0 : 9.0, 0.8);
            add(t, policy, "on_time_rate", "all", p == 0 ? 0.62 : 0.86, 0.03);
            add(t, policy, "total_cost", "all", p == 0 ? 1_254_000 : 1_081_000, 25_000);
            add(t, policy, "billing_error_rate", "all", p == 0 ? 0.121 : 0.041, 0.01);
            add(t, policy, "error_quantity_rate", "all", p == 0 ? 0.05 : 0.012, 0.006);
            add(t, policy, "error_price_rate", "all", p == 0 ? 0.04 : 0.010, 0.005);
            add(t, policy, "error_entry_rate", "all", p == 0 ? 0.03 : 0.015, 0.004);
            add(t, policy, "error_format_rate", "all", p == 0 ? 0.008 : 0.006, 0.002);
            add(t, policy, "committed_capacity_cost", "all", 420_000 * f, 5000);
            add(t, policy, "idle_capacity_cost", "all", 90_000 * f, 5000);
            add(t, policy, "overtime_cost", "all", p == 0 ? 95_000 : 40_000, 5000);
            add(t, policy, "changeover_cost", "all", 60_000, 3000);
            add(t, policy, "expedite_cost", "all", 0, 0);
            add(t, policy, "premium_freight_cost", "all", p == 0 ? 55_000 : 12_000, 3000);
            add(t, policy, "shipping_cost", "all", 150_000, 3000);
            add(t, policy, "holding_cost", "all", p == 0 ? 180_000 : 120_000, 3000);
            add(t, policy, "lost_margin", "all", 300_000, 3000);
            add(t, policy, "handling_labour_cost", "all", 110_000, 3000);
            add(t, policy, "coordination_cost", "all", p == 0 ? 10_000 : 70_000, 3000);
            add(t, policy, "billing_rework_cost", "all", p == 0 ? 45_000 : 15_000, 3000);
            add(t, policy, "returns_handling_cost", "all", 8_000, 1000);
            add(t, policy, "service_labour_cost", "all", 30_000, 1000);
            add(t, policy, "capital_cost", "all", p == 0 ? 25_000 : 18_000, 1000);
            double[][] steps = { // queue, processing, unattended (days)
                {0, 0, 0}, {0.4, 0.3, 0.2}, {0.6, 0.2, 0.5}, {1.5, 0.3, 0.8}, {0.8, 0.1, 0.4},
                {3.0, 0.5, 0.6}, {2.0, 1.5, 0.3}, {0.003, 0.002, 0.0}, {0, 0, 0}, {0, 0, 0}};
            // the step names of the model (scheduling reports as "production")
            List<String> names = List.of("planning", "generation", "pricing", "entry", "selection", "production",
                    "fulfilment", "billing", "returns", "service");
            for (int s = 0; s < names.size(); s++) {
                for (int k = 0; k < 3; k++) {
                    double v = steps[s][k] * (k == 1 ? 1 : f * (k == 2 ? 0.3 : 0.7) / 0.7);
                    add(t, policy, "step_time[" + names.get(s) + "." + SummaryCharts.KINDS.get(k) + "]",
                            "all", v, v * 0.1);
                }
            }
        }
        return t;
    }

    private static void add(Table t, String policy, String measure, String segment, double mean, double half) {
        t.stringColumn("policy").append(policy);
        t.stringColumn("measure").append(measure);
        t.stringColumn("segment").append(segment);
        t.intColumn("n").append(10);
        t.doubleColumn("mean").append(mean);
        t.doubleColumn("sd").append(half * 1.4);
        t.doubleColumn("ci_low").append(mean - half);
        t.doubleColumn("ci_high").append(mean + half);
        t.doubleColumn("half_width").append(half);
    }

    /** lead_time_ecdf.csv: policy,days,share,ci_low,ci_high; gamma-like shapes, step 0.1 day. */
    static Table ecdf() {
        Table t = Table.create("ecdf", StringColumn.create("policy"), DoubleColumn.create("days"),
                DoubleColumn.create("share"), DoubleColumn.create("ci_low"), DoubleColumn.create("ci_high"));
        double[] scale = {4.0, 2.6};
        for (int p = 0; p < 2; p++) {
            for (int i = 1; i <= 600; i++) {
                double d = i / 10.0;
                double x = d / scale[p];
                double share = 1 - Math.exp(-x) * (1 + x + x * x / 2); // Erlang-3 distribution function
                t.stringColumn("policy").append(POLICIES.get(p));
                t.doubleColumn("days").append(d);
                t.doubleColumn("share").append(share);
                t.doubleColumn("ci_low").append(Math.max(0, share - 0.01));
                t.doubleColumn("ci_high").append(Math.min(1, share + 0.01));
            }
        }
        return t;
    }

    /** periods.csv: policy,period,start_day,product,series,mean,ci_low,ci_high; 26 periods of 14 days. */
    static Table periods() {
        Table t = Table.create("periods", StringColumn.create("policy"), IntColumn.create("period"),
                DoubleColumn.create("start_day"), StringColumn.create("product"), StringColumn.create("series"),
                DoubleColumn.create("mean"), DoubleColumn.create("ci_low"), DoubleColumn.create("ci_high"));
        for (int p = 0; p < 2; p++) {
            double prevDemand = 500;
            for (int k = 0; k < 26; k++) {
                double demand = 500 + 120 * Math.sin(k / 3.0) + 30 * Math.cos(k * 1.7);
                double forecast = p == 0 ? prevDemand * 1.12 : (prevDemand + demand) / 2;
                double plan = p == 0 ? forecast * 1.1 + 40 * Math.sin(k) : forecast;
                double inventory = p == 0 ? 300 + 150 * Math.cos(k / 2.5) : 180 + 60 * Math.cos(k / 2.5);
                double backlog = p == 0 ? Math.max(0, 80 - 90 * Math.cos(k / 2.0)) : Math.max(0, 30 - 40 * Math.cos(k / 2.0));
                String policy = POLICIES.get(p);
                for (String product : List.of("all", "P1")) {
                    double f = "all".equals(product) ? 1 : 0.4;
                    period(t, policy, k, product, "demand", demand * f);
                    period(t, policy, k, product, "forecast", forecast * f);
                    period(t, policy, k, product, "plan", plan * f);
                    period(t, policy, k, product, "ordered", plan * f);
                    period(t, policy, k, product, "produced", plan * f * 0.97);
                    period(t, policy, k, product, "inventory", inventory * f);
                    period(t, policy, k, product, "backlog", backlog * f);
                    period(t, policy, k, product, "inflation", p == 0 ? 0.2 + 0.01 * k : 0);
                    period(t, policy, k, product, "inflation_estimate", p == 0 ? 0.15 : 0);
                }
                prevDemand = demand;
            }
        }
        return t;
    }

    private static void period(Table t, String policy, int k, String product, String series, double mean) {
        t.stringColumn("policy").append(policy);
        t.intColumn("period").append(k);
        t.doubleColumn("start_day").append(14.0 * k);
        t.stringColumn("product").append(product);
        t.stringColumn("series").append(series);
        t.doubleColumn("mean").append(mean);
        t.doubleColumn("ci_low").append(mean * 0.95);
        t.doubleColumn("ci_high").append(mean * 1.05);
    }

    /** journeys.csv: policy,journey,order,segment,lane,step,start_day,end_day,outcome. */
    static Table journeys() {
        Table t = Table.create("journeys", StringColumn.create("policy"), StringColumn.create("journey"),
                StringColumn.create("order"), StringColumn.create("segment"), StringColumn.create("lane"),
                StringColumn.create("step"), DoubleColumn.create("start_day"), DoubleColumn.create("end_day"),
                StringColumn.create("outcome"));
        String[][] path = {{"sales", "generation"}, {"(hand-off)", "generation"}, {"order entry", "entry"},
            {"(hand-off)", "entry"}, {"production", "scheduling"}, {"logistics provider", "fulfilment"},
            {"(hand-off)", "billing"}, {"billing", "billing"}};
        for (int p = 0; p < 2; p++) {
            for (int j = 0; j < 5; j++) {
                double day = 0;
                for (int s = 0; s < path.length; s++) {
                    boolean handoff = path[s][0].startsWith("(");
                    double len = (handoff ? (p == 0 ? 1.2 : 0.2) : 0.8 + s * 0.3) * (1 + 0.25 * ((j + s) % 3));
                    t.stringColumn("policy").append(POLICIES.get(p));
                    t.stringColumn("journey").append("b2b#" + j);
                    t.stringColumn("order").append("o" + (100 + j));
                    t.stringColumn("segment").append("b2b");
                    t.stringColumn("lane").append(path[s][0]);
                    t.stringColumn("step").append(path[s][1]);
                    t.doubleColumn("start_day").append(day);
                    t.doubleColumn("end_day").append(day + len);
                    t.stringColumn("outcome").append("paid");
                    day += len;
                }
            }
        }
        return t;
    }

    /** effects.csv: measure,term,aliases,effect,ci_low,ci_high,significant; 15 terms per measure. */
    static Table effects() {
        Table t = Table.create("effects", StringColumn.create("measure"), StringColumn.create("term"),
                StringColumn.create("aliases"), DoubleColumn.create("effect"), DoubleColumn.create("ci_low"),
                DoubleColumn.create("ci_high"), BooleanColumn.create("significant"));
        String[] levers = {"stock-info", "joint-planning", "order-review", "billing-check", "promise-rule",
            "shared-forecast", "expedite-rule"};
        for (String measure : List.of("lead_time_mean", "on_time_rate", "total_cost")) {
            double unit = switch (measure) {
                case "lead_time_mean" -> -1.5;
                case "on_time_rate" -> 0.06;
                default -> -40_000;
            };
            int k = 0;
            for (int a = 0; a < levers.length; a++) {
                effect(t, measure, levers[a], unit * (levers.length - a) / 3.0 * (a % 3 == 2 ? -0.5 : 1), unit);
                if (a + 1 < levers.length && k++ < 8) {
                    effect(t, measure, levers[a] + " × " + levers[a + 1], unit * 0.15 * (a % 2 == 0 ? 1 : -1), unit);
                }
            }
        }
        return t;
    }

    private static void effect(Table t, String measure, String term, double effect, double unit) {
        double half = Math.abs(unit) * 0.3;
        t.stringColumn("measure").append(measure);
        t.stringColumn("term").append(term);
        t.stringColumn("aliases").append("");
        t.doubleColumn("effect").append(effect);
        t.doubleColumn("ci_low").append(effect - half);
        t.doubleColumn("ci_high").append(effect + half);
        t.booleanColumn("significant").append(Math.abs(effect) > half);
    }

    static final String X = "steps.planning.inflation";
    static final String Y = "demand.noise";

    /** A sweep's summary.csv: point,&lt;params&gt;,policy,measure,segment,n,mean,sd,ci_low,ci_high. */
    static Table sweepSummary() {
        Table t = Table.create("sweep", IntColumn.create("point"), DoubleColumn.create(X), DoubleColumn.create(Y),
                StringColumn.create("policy"), StringColumn.create("measure"), StringColumn.create("segment"),
                IntColumn.create("n"), DoubleColumn.create("mean"), DoubleColumn.create("sd"),
                DoubleColumn.create("ci_low"), DoubleColumn.create("ci_high"));
        int point = 0;
        for (double x : new double[] {0, 0.1, 0.2, 0.3}) {
            for (double y : new double[] {0.1, 0.2, 0.3}) {
                for (String p : POLICIES) {
                    for (String m : List.of("total_cost", "on_time_rate")) {
                        double mean = "total_cost".equals(m) ? 1e6 * (1 + x + 2 * y) * ("joint".equals(p) ? 0.85 : 1)
                                : 0.9 - x - y / 2;
                        t.intColumn("point").append(point);
                        t.doubleColumn(X).append(x);
                        t.doubleColumn(Y).append(y);
                        t.stringColumn("policy").append(p);
                        t.stringColumn("measure").append(m);
                        t.stringColumn("segment").append("all");
                        t.intColumn("n").append(5);
                        t.doubleColumn("mean").append(mean);
                        t.doubleColumn("sd").append(mean * 0.05);
                        t.doubleColumn("ci_low").append(mean * 0.95);
                        t.doubleColumn("ci_high").append(mean * 1.05);
                    }
                }
                point++;
            }
        }
        return t;
    }
}
