package org.ordercycle.property;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of small, valid scenarios written as YAML text: 1-3 products on 1-2 lines,
 * 1-3 segments, every distribution family, both strategies, every delivery mode, steps switched
 * on and off, office calendars and 24/7, horizons of 20-60 days after a 0-10 day warm-up.
 * Everything is built from ranged arbitraries so that jqwik shrinks a failure towards a small
 * scenario with round numbers.
 */
final class ScenarioGen {

    /** A generated scenario; prints as its YAML so that jqwik's report shows the failing file. */
    record Generated(String yaml) {
        @Override
        public String toString() {
            return "\n" + yaml;
        }
    }

    private ScenarioGen() {
    }

    static Arbitrary<Generated> scenarios() {
        Arbitrary<List<String>> products = product().list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Integer> lineCount = Arbitraries.integers().between(1, 2);
        Arbitrary<List<String>> lines = line().list().ofSize(2);
        Arbitrary<List<Segment>> segments = segment().list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<String> head = Combinators.combine(
                Arbitraries.integers().between(20, 60), Arbitraries.integers().between(0, 10),
                Arbitraries.of("day", "hour", "minute"), calendar())
                .as((horizon, warmup, unit, cal) -> "name: generated\ntimeUnit: " + unit + "\nhorizonDays: " + horizon
                        + "\nwarmupDays: " + warmup + "\n" + cal);
        return Combinators.combine(head, products, lineCount, lines, segments, departments(), steps(), logistics())
                .as((h, ps, lc, ls, ss, deps, st, log) -> {
                    int nLines = Math.min(lc, ps.size());
                    StringBuilder y = new StringBuilder(h);
                    y.append("products:\n");
                    for (int i = 0; i < ps.size(); i++) {
                        y.append("  - id: P").append(i).append("\n    line: L").append(i % nLines).append('\n')
                                .append(ps.get(i));
                    }
                    y.append("lines:\n");
                    for (int i = 0; i < nLines; i++) {
                        y.append("  - id: L").append(i).append('\n').append(ls.get(i));
                    }
                    y.append("segments:\n");
                    for (int i = 0; i < ss.size(); i++) {
                        y.append("  - id: S").append(i).append('\n').append(ss.get(i).render(ps.size()));
                    }
                    return new Generated(y.append(deps).append(st).append(log).toString());
                });
    }

    // ---- distributions

    /** Orders of magnitude where doubles overflow or underflow once squared, divided or logged. */
    private static final Integer[] EXPONENTS = {-320, -308, -300, -160, -155, -20, -9, 0, 2, 9, 20, 155, 160, 300, 308};

    /** A number of any magnitude from tiny (subnormal) to near the largest double; negative when {@code signed}. */
    static Arbitrary<String> extremeNumber(boolean signed) {
        return Combinators.combine(Arbitraries.of(1.0, 1.7, 3.0, 9.9), Arbitraries.of(EXPONENTS),
                Arbitraries.of(signed ? new Integer[] {1, -1} : new Integer[] {1}))
                .as((m, e, sign) -> (sign < 0 ? "-" : "") + m + "e" + e);
    }

    /**
     * A distribution of any family with parameters of extreme magnitudes, written as the scenario
     * would: many are valid one by one yet unusable together (e.g. a gamma with mean 30, sd 1e155).
     */
    static Arbitrary<String> extremeDist() {
        Arbitrary<String> any = extremeNumber(false);
        Arbitrary<String> signed = extremeNumber(true);
        return Arbitraries.oneOf(
                any.map(v -> "{dist: deterministic, value: " + v + "}"),
                any.map(m -> "{dist: exponential, mean: " + m + "}"),
                Combinators.combine(any, any).as((a, b) -> "{dist: uniform, min: " + a + ", max: " + b + "}"),
                Combinators.combine(any, any, any).as((a, m, b) -> "{dist: triangular, min: " + a + ", mode: " + m
                        + ", max: " + b + "}"),
                Combinators.combine(signed, any).as((m, sd) -> "{dist: normal, mean: " + m + ", sd: " + sd + "}"),
                Combinators.combine(any, any).as((m, sd) -> "{dist: lognormal, mean: " + m + ", sd: " + sd + "}"),
                Combinators.combine(any, any).as((m, sd) -> "{dist: gamma, mean: " + m + ", sd: " + sd + "}"),
                Combinators.combine(any, any).as((a, w) -> "{dist: empirical, values: [" + a + ", 1], weights: [" + w
                        + ", " + w + "]}"));
    }

    /** A distribution of non-negative values in roughly [lo, hi], any family; unit null for none. */
    static Arbitrary<String> dist(double lo, double hi, String unit) {
        String u = unit == null ? "" : ", unit: " + unit;
        Arbitrary<Double> x = num(lo, hi);
        Arbitrary<Double> pos = num(Math.max(lo, 0.01), hi);
        Arbitrary<Double> width = num(0.01, Math.max(0.02, hi - lo));
        return Arbitraries.oneOf(
                x.map(ScenarioGen::fmt),
                x.map(v -> "{dist: deterministic, value: " + fmt(v) + u + "}"),
                pos.map(m -> "{dist: exponential, mean: " + fmt(m) + u + "}"),
                Combinators.combine(x, width).as((a, w) -> "{dist: uniform, min: " + fmt(a) + ", max: " + fmt(a + w) + u + "}"),
                Combinators.combine(x, width, Arbitraries.doubles().between(0, 1).ofScale(2))
                        .as((a, w, f) -> "{dist: triangular, min: " + fmt(a) + ", mode: " + fmt(a + f * w)
                                + ", max: " + fmt(a + w) + u + "}"),
                Combinators.combine(x, pos).as((m, sd) -> "{dist: normal, mean: " + fmt(m) + ", sd: " + fmt(sd) + u + "}"),
                Combinators.combine(pos, pos).as((m, sd) -> "{dist: lognormal, mean: " + fmt(m) + ", sd: " + fmt(sd) + u + "}"),
                Combinators.combine(pos, pos).as((m, sd) -> "{dist: gamma, mean: " + fmt(m) + ", sd: " + fmt(sd) + u + "}"),
                Combinators.combine(x.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of(true, false))
                        .as((vs, weighted) -> "{dist: empirical, values: " + list(vs)
                                + (weighted ? ", weights: " + list(IntStream.range(0, vs.size())
                                .mapToObj(i -> (double) (i + 1)).toList()) : "") + u + "}"));
    }

    // ---- sections

    private static Arbitrary<String> calendar() {
        Arbitrary<String> office = Combinators.combine(Arbitraries.integers().between(1, 7),
                        Arbitraries.integers().between(0, 23), Arbitraries.doubles().between(4, 24).ofScale(1))
                .as((d, start, hours) -> "calendar: {daysPerWeek: " + d + ", shiftStartHour: " + start
                        + ", hoursPerDay: " + fmt(hours) + "}\n");
        return Arbitraries.oneOf(Arbitraries.just(""), // the default: Monday to Friday, 08:00-16:00
                Arbitraries.just("calendar: {daysPerWeek: 7, shiftStartHour: 0, hoursPerDay: 24}\n"), office);
    }

    private static Arbitrary<String> product() {
        Arbitrary<String> prices = Combinators.combine(num(10, 1000), Arbitraries.doubles().between(0, 0.9).ofScale(2),
                        num(0.5, 50))
                .as((price, costShare, rate) -> "    listPrice: " + fmt(price) + "\n    unitCost: " + fmt(price * costShare)
                        + "\n    ratePerHour: " + fmt(rate) + "\n");
        Arbitrary<String> how = Combinators.combine(Arbitraries.of("makeToStock", "makeToOrder"),
                        Arbitraries.of("warehouse", "direct", "onSite"), dist(0, 4, "hour"))
                .as((strategy, delivery, install) -> "    strategy: " + strategy + "\n    delivery: " + delivery + "\n"
                        + (delivery.equals("onSite") ? "    installSkills: [fitter]\n    installTime: " + install + "\n" : ""));
        Arbitrary<String> more = Combinators.combine(dist(0, 4, "hour"), num(0, 200), num(0, 10),
                        Arbitraries.doubles().between(0, 0.2).ofScale(2), volumeDiscounts())
                .as((changeover, stock, standard, scrap, discounts) -> "    changeoverTime: " + changeover
                        + "\n    initialStock: " + fmt(stock) + "\n    standardLeadTimeDays: " + fmt(standard)
                        + "\n    scrapRate: " + fmt(scrap) + "\n" + discounts);
        return Combinators.combine(prices, how, more).as((a, b, c) -> a + b + c);
    }

    private static Arbitrary<String> volumeDiscounts() {
        return Arbitraries.oneOf(Arbitraries.just(""),
                Combinators.combine(num(1, 30), Arbitraries.doubles().between(0, 0.3).ofScale(2))
                        .as((q, d) -> "    volumeDiscounts:\n      - {minQuantity: " + fmt(q) + ", discount: " + fmt(d) + "}\n"));
    }

    private static Arbitrary<String> line() {
        return Combinators.combine(num(1, 24), Arbitraries.doubles().between(0, 1).ofScale(2), num(0, 8), num(0, 500))
                .as((max, minShare, overtime, cost) -> "    maxRegularHoursPerDay: " + fmt(max)
                        + "\n    minRegularHoursPerDay: " + fmt(max * minShare) + "\n    maxOvertimeHoursPerDay: "
                        + fmt(overtime) + "\n    costPerHour: " + fmt(cost) + "\n");
    }

    /** A segment; its product mix is cut to the number of products when rendered. */
    record Segment(String body, List<Double> mix) {
        String render(int products) {
            String shares = IntStream.range(0, products).mapToObj(i -> "P" + i + ": " + fmt(mix.get(i)))
                    .collect(Collectors.joining(", "));
            return body + "    productMix: {" + shares + "}\n";
        }
    }

    private static Arbitrary<Segment> segment() {
        Arbitrary<String> demand = Combinators.combine(num(1, 30), dist(1, 20, null), dist(2, 30, null),
                        Arbitraries.doubles().between(0, 0.9).ofScale(2), num(0, 365), num(0.5, 3))
                .as((leads, size, requested, amplitude, peak, importance) -> "    leadsPerDay: " + fmt(leads)
                        + "\n    orderSize: " + size + "\n    requestedLeadTime: " + requested
                        + "\n    seasonalityAmplitude: " + fmt(amplitude) + "\n    seasonalityPeakDay: " + fmt(peak)
                        + "\n    importance: " + fmt(importance) + "\n");
        Arbitrary<Double> p = Arbitraries.doubles().between(0, 1).ofScale(2);
        Arbitrary<String> behaviour = Combinators.combine(num(0.5, 1), p, p, p, Arbitraries.of("paper", "edi", "portal"), p,
                        dist(1, 60, null), dist(0, 20, null))
                .as((accept, returns, service, special, format, strict, pay, late) -> "    baseAcceptance: " + fmt(accept)
                        + "\n    returnRate: " + fmt(returns) + "\n    serviceNeed: " + fmt(service)
                        + "\n    specialDiscountProbability: " + fmt(special) + "\n    billingFormat: " + format
                        + "\n    formatStrictShare: " + fmt(strict) + "\n    paymentDays: " + pay
                        + "\n    wrongFormatDelay: " + late + "\n");
        Arbitrary<List<Double>> mix = Combinators.combine(num(0.1, 1), p, p).as(List::of);
        return Combinators.combine(demand, behaviour, mix).as((d, b, m) -> new Segment(d + b, m));
    }

    private static Arbitrary<String> departments() {
        Arbitrary<String> staffed = Combinators.combine(Arbitraries.integers().between(1, 3), dist(0, 30, "minute"),
                        Arbitraries.of(true, false))
                .as((staff, handling, clock) -> "{staff: " + staff + ", handling: " + handling
                        + (clock ? ", roundTheClock: true" : "") + "}");
        List<String> names = List.of("marketing", "sales", "orderEntry", "juniorSelection", "executiveSelection",
                "warehouse", "billing", "returns");
        return Combinators.combine(staffed.list().ofSize(names.size()), Arbitraries.integers().between(1, 3))
                .as((each, fitters) -> "departments:\n" + IntStream.range(0, names.size())
                        .mapToObj(i -> "  " + names.get(i) + ": " + each.get(i) + "\n").collect(Collectors.joining())
                        + "  service:\n    - {id: fitter, technicians: " + fitters + "}\n");
    }

    private static Arbitrary<String> logistics() {
        return Combinators.combine(dist(0, 5, null), dist(0, 2, null), num(0, 2))
                .as((transit, premium, pickup) -> "logistics:\n  transit: " + transit + "\n  premiumTransit: " + premium
                        + "\n  pickupIntervalDays: " + fmt(pickup) + "\n");
    }

    private static Arbitrary<String> steps() {
        Arbitrary<Double> p = Arbitraries.doubles().between(0, 1).ofScale(2);
        Arbitrary<String> planning = Combinators.combine(num(1, 14), Arbitraries.of("movingAverage", "exponentialSmoothing"),
                        p, num(0, 2), num(0, 3))
                .as((period, method, noise, safety, replenish) -> "  planning: {periodDays: "
                        + fmt(period) + ", forecast: " + method + ", inflationSd: " + fmt(noise)
                        + ", safetyFactor: " + fmt(safety) + ", replenishmentPeriods: " + fmt(replenish) + "}\n");
        Arbitrary<String> generation = Combinators.combine(num(0, 5), num(0, 10))
                .as((minSize, congested) -> "  generation: {minQualifiedSize: " + fmt(minSize)
                        + ", congestedLoadDays: " + fmt(congested) + "}\n");
        Arbitrary<String> pricing = Combinators.combine(num(0, 5), num(0, 5))
                .as((idle, extra) -> "  pricing: {idleLoadDays: " + fmt(idle)
                        + ", scarceLoadDays: " + fmt(idle + extra) + "}\n");
        Arbitrary<String> entry = Combinators.combine(num(0, 2), p, Arbitraries.integers().between(1, 3),
                        dist(0, 20, "minute"))
                .as((inbox, error, keyings, rekey) -> "  entry: {inboxIntervalDays: " + fmt(inbox)
                        + ", errorPerKeying: " + fmt(error) + ", keyingsWhenRekeyed: " + keyings + ", rekeyTime: " + rekey
                        + "}\n");
        Arbitrary<String> selection = Combinators.combine(num(0, 3), num(0, 20), num(0, 2000), num(0, 3))
                .as((junior, limit, value, buffer) -> "  selection: {juniorMinSize: " + fmt(junior)
                        + ", capacityLimitDays: " + fmt(limit) + ", minStrategicValue: " + fmt(value)
                        + ", promiseBufferDays: " + fmt(buffer) + "}\n");
        Arbitrary<String> scheduling = Combinators.combine(num(0, 10), p, Arbitraries.integers().between(0, 5))
                .as((campaign, escalation, budget) -> "  scheduling: {campaignDays: " + fmt(campaign)
                        + ", escalationProbability: " + fmt(escalation) + ", expediteBudgetPerPeriod: " + budget + "}\n");
        Arbitrary<String> fulfilment = num(0, 3).map(margin -> "  fulfilment: {rescueMarginDays: " + fmt(margin) + "}\n");
        Arbitrary<String> billing = Combinators.combine(dist(0, 20, "minute"), dist(0, 30, null), p)
                .as((check, delay, miss) -> "  billing: {checkTime: " + check
                        + ", disputeDelay: " + delay + ", checkMissRate: " + fmt(miss) + "}\n");
        Arbitrary<String> returns = Combinators.combine(num(0, 8), num(0, 8), dist(0, 60, "minute"), p)
                .as((handoff, collection, refund, restock) -> "  returns: {handoffIntervalDays: "
                        + fmt(handoff) + ", collectionIntervalDays: " + fmt(collection) + ", refundTime: " + refund
                        + ", restockRate: " + fmt(restock) + "}\n");
        Arbitrary<String> service = Combinators.combine(dist(0, 30, null), dist(0.1, 5, "hour"), dist(0, 3, "hour"), p,
                        p, p)
                .as((request, visit, diagnosis, unfixed, context, leads) -> "  service: {"
                        + "requestDelay: " + request + ", visitTime: " + visit + ", diagnosisTime: " + diagnosis
                        + ", unfixedProbability: " + fmt(unfixed) + ", unfixedWithoutContext: " + fmt(context)
                        + ", needRevealedPerVisit: " + fmt(leads) + "}\n");
        Arbitrary<String> first = Combinators.combine(planning, generation, pricing, entry, selection)
                .as((a, b, c, d, e) -> a + b + c + d + e);
        Arbitrary<String> second = Combinators.combine(scheduling, fulfilment, billing, returns, service)
                .as((a, b, c, d, e) -> a + b + c + d + e);
        return Combinators.combine(first, second).as((a, b) -> "steps:\n" + a + b);
    }

    // ---- numbers

    private static Arbitrary<Double> num(double lo, double hi) {
        return Arbitraries.doubles().between(lo, hi).ofScale(2);
    }

    static String fmt(double v) {
        // sums and products of two-decimal numbers are exact at four decimals
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String list(List<Double> vs) {
        return vs.stream().map(ScenarioGen::fmt).collect(Collectors.joining(", ", "[", "]"));
    }
}
