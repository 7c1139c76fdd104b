package org.ordercycle.report.chart;

import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Chart factories over the report tables (notes/report-contract.md), e.g. as read by
 * {@code Table.read().csv(path)}. Each factory picks rows and draws; it computes no statistics.
 * Policies are passed in order, the base first; a policy keeps its colour ({@link Theme#policy(int)})
 * by its position in that list. Shares are shown in percent, durations in days, money with k/M.
 *
 * <p>Missing rows are tolerated: a series without data is left out, and a chart with no data at
 * all comes back with "(no data)" in its title. Nothing is invented. Stateless; each call returns
 * new charts.
 */
public final class Charts {
    /** Steps before the order exists (handling the lead, quoting): not part of the lead time. */
    public static final List<String> BEFORE_ORDER = List.of("generation", "pricing");
    /** Steps after the goods reached the customer (invoicing, returns): not part of the lead time. */
    public static final List<String> AFTER_DELIVERY = List.of("billing", "returns");

    private Charts() {
    }

    /**
     * Four small bar charts of summary.csv (segment 'all') with 95% intervals: mean lead time
     * (days), on-time rate (%), total cost (money) and billing error rate (%), named
     * headline-lead-time, headline-on-time, headline-total-cost and headline-billing-errors.
     */
    public static List<NamedChart> headline(Table summary, List<String> policies) {
        return SummaryCharts.headline(summary, policies);
    }

    /** Cumulative lead-time distribution per policy from lead_time_ecdf.csv ("lead-time-distribution"). */
    public static NamedChart leadTimeDistribution(Table ecdf, List<String> policies) {
        return TimeCharts.leadTimeDistribution(ecdf, policies);
    }

    /**
     * One chart per policy from periods.csv (product 'all'): demand, forecast and production plan per
     * period, warm-up shaded ("demand-forecast-plan-&lt;policy slug&gt;").
     *
     * @param warmupDays the warm-up length in days (manifest.json); 0 for none
     */
    public static List<NamedChart> demandForecastPlan(Table periods, List<String> policies, double warmupDays) {
        return TimeCharts.demandForecastPlan(periods, policies, warmupDays);
    }

    /** Same as {@link #demandForecastPlan(Table, List, double)} without a warm-up band. */
    public static List<NamedChart> demandForecastPlan(Table periods, List<String> policies) {
        return demandForecastPlan(periods, policies, 0);
    }

    /** Inventory (solid) and backlog (dashed) at period end per policy, warm-up shaded ("inventory-backlog"). */
    public static NamedChart inventoryBacklog(Table periods, List<String> policies, double warmupDays) {
        return TimeCharts.inventoryBacklog(periods, policies, warmupDays);
    }

    /**
     * Marketing's inflation (solid) and production's estimate of it (dashed) per planning period
     * and policy, in percent, from periods.csv (product 'all'), warm-up shaded ("planning-biases").
     */
    public static NamedChart planningBiases(Table periods, List<String> policies, double warmupDays) {
        return TimeCharts.planningBiases(periods, policies, warmupDays);
    }

    /**
     * Stacked bars per policy of the components of total cost (summary.csv), components zero under
     * every policy left out ("cost-breakdown").
     */
    public static NamedChart costBreakdown(Table summary, List<String> policies) {
        return SummaryCharts.costBreakdown(summary, policies);
    }

    /** Share of invoices with each kind of error, grouped by kind, bars per policy ("billing-errors"). */
    public static NamedChart billingErrors(Table summary, List<String> policies) {
        return SummaryCharts.billingErrors(summary, policies);
    }

    /**
     * Lead time split by step and kind of time from the {@code step_time[step.kind]} rows of
     * summary.csv: stacked queueing / processing / unattended / closed days per step and policy
     * ("where-the-days-go").
     */
    public static NamedChart whereTheDaysGo(Table summary, List<String> policies) {
        return SummaryCharts.whereTheDaysGo(summary, policies);
    }

    /**
     * One tornado per measure of effects.csv ("attribution-&lt;measure&gt;"): the 12 largest effects by
     * absolute size with 95% intervals, in the measure's unit (shares in percentage points).
     */
    public static List<NamedChart> attribution(Table effects) {
        return ExperimentCharts.attribution(effects);
    }

    /**
     * Heat map of the mean of {@code measure} (segment 'all') under {@code policy} over two swept
     * parameters of a sweep's summary.csv ("sweep-&lt;measure&gt;-&lt;policy slug&gt;").
     */
    public static NamedChart sweepHeatMap(Table sweepSummary, String xParameter, String yParameter, String measure,
                                          String policy) {
        return ExperimentCharts.sweepHeatMap(sweepSummary, xParameter, yParameter, measure, policy);
    }

    /**
     * The mean of {@code measure} (segment 'all', 95% interval bars) against one numeric swept
     * parameter of a sweep's summary.csv, one series per policy; points joined when
     * {@code joined} ("sweep-&lt;measure&gt;-by-&lt;parameter slug&gt;").
     */
    public static NamedChart sweepResponse(Table sweepSummary, String parameter, String measure, List<String> policies,
                                           boolean joined) {
        return SweepResponseChart.draw(sweepSummary, parameter, measure, policies, joined);
    }

    /** Swimlane of the sampled order journeys of journeys.csv ("order-journeys"). */
    public static NamedChart orderJourneys(Table journeys, List<String> policies) {
        return JourneyChart.orderJourneys(journeys, policies);
    }

    /** Intervals for multiple comparisons with the best, one per policy, from selection.csv ("selection-mcb"). */
    public static NamedChart selectionMcb(Table selection) {
        return SelectionChart.of(selection);
    }

    /** Stacked shares of points where each headline conclusion holds, is unclear or reversed ("robustness"). */
    public static NamedChart robustness(Table conclusions) {
        return RobustnessChart.of(conclusions);
    }

    /** Morris plane of indices.csv: mu* against sigma per parameter ("morris-&lt;measure&gt;-&lt;response&gt;"). */
    public static NamedChart morrisPlane(Table indices, String measure, String response) {
        return SensitivityCharts.morrisPlane(indices, measure, response);
    }

    /** Sobol' first-order and total indices of indices.csv with intervals ("sobol-&lt;measure&gt;-&lt;response&gt;"). */
    public static NamedChart sobolBars(Table indices, String measure, String response) {
        return SensitivityCharts.sobolBars(indices, measure, response);
    }

    /** The PRIM peeling trajectory of trajectory.csv, coverage against density ("prim-trade-off"). */
    public static NamedChart primTradeOff(Table trajectory) {
        return DiscoveryCharts.tradeOff(trajectory);
    }

    /** The points of points.csv over two parameters and the PRIM box's limits on them ("prim-box"). */
    public static NamedChart primBox(Table points, double[] xLimits, double[] yLimits, String xParameter,
                                     String yParameter) {
        return DiscoveryCharts.box(points, xLimits, yLimits, xParameter, yParameter);
    }

    /** Every candidate's mean per round of successive halving, from halving.csv ("optimisation-trace"). */
    public static NamedChart optimisationTrace(Table halving, String measure) {
        return OptimisationCharts.halvingTrace(halving, measure);
    }

    /** Every CMA-ES evaluation and the best so far, from search.csv ("search-trace"). */
    public static NamedChart searchTrace(Table search, String measure, boolean higherIsBetter) {
        return OptimisationCharts.searchTrace(search, measure, higherIsBetter);
    }
}
