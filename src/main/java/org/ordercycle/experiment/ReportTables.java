package org.ordercycle.experiment;
import static org.ordercycle.experiment.Columns.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.ordercycle.engine.Parallel;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Journey;
import org.ordercycle.stats.LeadTimeHistogram;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.PeriodRecord;
import org.ordercycle.stats.ReplicationResult;
import org.ordercycle.stats.TraceEvent;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The tables a report draws beyond the summary: the lead-time distribution, the planning history
 * and the sampled order journeys. Every figure is a mean over replications with its interval, so
 * that the report layer only picks rows. Column names are in {@link Columns}.
 */
final class ReportTables {
    /** Product name of the rows that sum every product. */
    static final String ALL_PRODUCTS = "all";
    static final List<String> SERIES = List.of("demand", "forecast", "plan", "ordered", "produced", "inventory",
            "backlog", "inflation", "inflation_estimate", "forecast_error");
    // 'all' rows sum the units first, so their inflation is the volume-weighted one
    private static final List<ToDoubleFunction<PeriodRecord>> SERIES_VALUES = List.of(PeriodRecord::demand,
            PeriodRecord::forecast, PeriodRecord::plan, PeriodRecord::ordered, PeriodRecord::produced,
            PeriodRecord::inventory, PeriodRecord::backlog, PeriodRecord::inflation, PeriodRecord::inflationEstimate,
            PeriodRecord::forecastError);

    private ReportTables() {
    }

    /**
     * Every table made, on every processor, in the map's order: the tables of a folder are
     * independent of one another, and each is the same whichever thread makes it.
     */
    static Map<String, Table> built(Map<String, Supplier<Table>> makers) {
        List<Map.Entry<String, Supplier<Table>>> entries = List.copyOf(makers.entrySet());
        List<Table> tables = Parallel.map(entries, Runtime.getRuntime().availableProcessors(), e -> e.getValue().get());
        Map<String, Table> built = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            built.put(entries.get(i).getKey(), tables.get(i));
        }
        return built;
    }

    /**
     * Long format of every replication run: scenario, policy, replication, measure, segment, value;
     * {@code results} gives each policy's replications.
     */
    static Table results(String scenario, List<Policy> policies,
                         java.util.function.Function<Policy, List<ReplicationResult>> results) {
        StringColumn sc = StringColumn.create(SCENARIO);
        StringColumn pc = StringColumn.create(POLICY);
        IntColumn rc = IntColumn.create(REPLICATION);
        StringColumn mc = StringColumn.create(MEASURE);
        StringColumn gc = StringColumn.create(SEGMENT);
        DoubleColumn vc = DoubleColumn.create(VALUE);
        for (Policy p : policies) {
            for (ReplicationResult r : results.apply(p)) {
                for (Map.Entry<String, Double> e : r.values().entrySet()) {
                    org.ordercycle.io.ValueKey k = org.ordercycle.io.ValueKey.parse(e.getKey());
                    sc.append(scenario);
                    pc.append(p.name());
                    rc.append(r.replication());
                    mc.append(k.measure());
                    gc.append(k.segment());
                    vc.append(e.getValue());
                }
            }
        }
        return Table.create("results", sc, pc, rc, mc, gc, vc);
    }

    /**
     * measure, unit: the unit every measure is read in, money in the scenario's currency
     * ("EUR", "EUR per order"), so that a report names the currency without the scenario.
     */
    static Table units(String currency) {
        StringColumn mc = StringColumn.create(MEASURE);
        StringColumn uc = StringColumn.create(UNIT);
        for (Measure m : Measure.values()) {
            mc.append(m.key());
            uc.append(switch (m.unit()) {
                case "money" -> currency;
                case "money/order" -> currency + " per order";
                default -> m.unitLabel();
            });
        }
        return Table.create("units", mc, uc);
    }

    /** policy, days, share, ci_low, ci_high: the share of delivered orders with a lead time up to days. */
    static Table leadTimeEcdf(Comparison c) {
        StringColumn pc = StringColumn.create(POLICY);
        DoubleColumn dc = DoubleColumn.create(DAYS);
        DoubleColumn sc = DoubleColumn.create(SHARE);
        DoubleColumn lo = DoubleColumn.create(CI_LOW);
        DoubleColumn hi = DoubleColumn.create(CI_HIGH);
        for (Policy p : c.policies()) {
            List<ReplicationResult> rs = c.results(p);
            int bins = rs.stream().mapToInt(r -> r.leadTimes().counts().size()).max().orElse(0);
            double width = rs.isEmpty() ? LeadTimeHistogram.BIN_DAYS : rs.get(0).leadTimes().binDays();
            double[][] byReplication = new double[rs.size()][];
            for (int i = 0; i < byReplication.length; i++) {
                byReplication[i] = rs.get(i).leadTimes().sharesThrough(bins);
            }
            for (int b = 0; b < bins; b++) {
                double[] share = new double[rs.size()];
                for (int i = 0; i < share.length; i++) {
                    share[i] = byReplication[i][b];
                }
                Estimate e = Estimate.of(share, c.level());
                pc.append(p.name());
                dc.append(Math.round((b + 1) * width * 1e6) / 1e6);
                sc.append(e.mean());
                lo.append(e.low());
                hi.append(e.high());
            }
        }
        return Table.create("lead_time_ecdf", pc, dc, sc, lo, hi);
    }

    /** policy, period, start_day, product, series, mean, ci_low, ci_high; product 'all' sums the products. */
    static Table periods(Comparison c) {
        StringColumn pc = StringColumn.create(POLICY);
        IntColumn nc = IntColumn.create(PERIOD);
        DoubleColumn dc = DoubleColumn.create(START_DAY);
        StringColumn prc = StringColumn.create(PRODUCT);
        StringColumn sc = StringColumn.create(SERIES_COLUMN);
        DoubleColumn mc = DoubleColumn.create(MEAN);
        DoubleColumn lo = DoubleColumn.create(CI_LOW);
        DoubleColumn hi = DoubleColumn.create(CI_HIGH);
        for (Policy p : c.policies()) {
            List<ReplicationResult> rs = c.results(p);
            // (period, product) -> one record per replication; "all" sums the products
            Map<String, PeriodRecord[]> cells = new LinkedHashMap<>();
            for (int i = 0; i < rs.size(); i++) {
                for (PeriodRecord r : rs.get(i).periods()) {
                    cells.computeIfAbsent(r.period() + "\u0000" + r.product(), k -> new PeriodRecord[rs.size()])[i] = r;
                    PeriodRecord[] all = cells.computeIfAbsent(r.period() + "\u0000" + ALL_PRODUCTS,
                            k -> new PeriodRecord[rs.size()]);
                    all[i] = all[i] == null ? relabel(r) : sum(all[i], r);
                }
            }
            for (PeriodRecord[] cell : cells.values()) {
                PeriodRecord first = firstPresent(cell);
                for (int s = 0; s < SERIES.size(); s++) {
                    double[] v = new double[cell.length];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = cell[i] == null ? Double.NaN : SERIES_VALUES.get(s).applyAsDouble(cell[i]);
                    }
                    Estimate e = Estimate.of(v, c.level());
                    pc.append(p.name());
                    nc.append(first.period());
                    dc.append(first.startDay());
                    prc.append(first.product());
                    sc.append(SERIES.get(s));
                    mc.append(e.mean());
                    lo.append(e.low());
                    hi.append(e.high());
                }
            }
        }
        return Table.create("periods", pc, nc, dc, prc, sc, mc, lo, hi);
    }

    /**
     * policy, journey, order, segment, lane, step, start_day, end_day, outcome: who owned each
     * sampled lead of replication 0 and when, in days since the lead arrived, up to its delivery.
     */
    static Table journeys(Comparison c) {
        StringColumn pc = StringColumn.create(POLICY);
        StringColumn jc = StringColumn.create(JOURNEY);
        IntColumn oc = IntColumn.create(ORDER);
        StringColumn gc = StringColumn.create(SEGMENT);
        StringColumn lc = StringColumn.create(LANE);
        StringColumn sc = StringColumn.create(STEP);
        DoubleColumn from = DoubleColumn.create(START_DAY);
        DoubleColumn to = DoubleColumn.create(END_DAY);
        StringColumn out = StringColumn.create(OUTCOME);
        for (Policy p : c.policies()) {
            for (Journey j : c.results(p).get(0).journeys()) {
                List<TraceEvent> ev = j.events();
                if (ev.isEmpty()) {
                    continue;
                }
                double t0 = ev.get(0).time();
                double cutoff = Double.isNaN(j.deliveredAt()) ? ev.get(ev.size() - 1).time() : j.deliveredAt();
                for (int i = 0; i < ev.size() && ev.get(i).time() <= cutoff + 1e-9; i++) {
                    double end = i + 1 < ev.size() ? Math.min(ev.get(i + 1).time(), cutoff) : ev.get(i).time();
                    pc.append(p.name());
                    jc.append(j.key());
                    oc.append((int) j.order());
                    gc.append(j.segment());
                    lc.append(ev.get(i).owner());
                    sc.append(ev.get(i).step());
                    from.append(ev.get(i).time() - t0);
                    to.append(end - t0);
                    out.append(j.outcome());
                }
            }
        }
        return Table.create("journeys", pc, jc, oc, gc, lc, sc, from, to, out);
    }

    private static PeriodRecord firstPresent(PeriodRecord[] cell) {
        for (PeriodRecord r : cell) {
            if (r != null) {
                return r;
            }
        }
        throw new IllegalStateException("empty cell");
    }

    private static PeriodRecord relabel(PeriodRecord r) {
        return new PeriodRecord(r.period(), r.startDay(), ALL_PRODUCTS, r.demand(), r.forecast(), r.plan(),
                r.ordered(), r.produced(), r.inventory(), r.backlog(), r.base());
    }

    private static PeriodRecord sum(PeriodRecord a, PeriodRecord b) {
        return new PeriodRecord(a.period(), a.startDay(), ALL_PRODUCTS, a.demand() + b.demand(),
                a.forecast() + b.forecast(), a.plan() + b.plan(), a.ordered() + b.ordered(),
                a.produced() + b.produced(), a.inventory() + b.inventory(), a.backlog() + b.backlog(),
                a.base() + b.base());
    }
}
