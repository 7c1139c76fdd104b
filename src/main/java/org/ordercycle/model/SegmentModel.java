package org.ordercycle.model;

import java.util.List;
import org.ordercycle.engine.Sampler;
import org.ordercycle.scenario.Segment;
import umontreal.ssj.rng.RandomStream;

/** A customer segment at run time: its lead process, its samplers and its random streams. */
public final class SegmentModel {
    final Segment spec;
    final int index;
    final ProductModel[] mixProducts;
    final double[] mixCumulative;
    final Sampler orderSize;
    final Sampler requestedLeadTime;
    final Sampler returnDelay;
    final Sampler paymentDays;
    final Sampler wrongFormatDelay;
    final RandomStream arrivals;
    final RandomStream attributes;
    final double maxRate;
    /** Leads of this segment sampled as journeys so far. */
    int sampledJourneys;
    /** Journey k is the first lead at or after instant k (sorted; see {@link JourneyLog#instants}). */
    final double[] journeyInstants;

    SegmentModel(Segment spec, int index, List<ProductModel> products, RandomStream arrivals,
                 RandomStream attributes, double runDays, double[] journeyInstants) {
        this.spec = spec;
        this.index = index;
        this.arrivals = arrivals;
        this.attributes = attributes;
        this.journeyInstants = journeyInstants;
        double total = spec.productMix().values().stream().mapToDouble(Double::doubleValue).sum();
        mixProducts = new ProductModel[spec.productMix().size()];
        mixCumulative = new double[mixProducts.length];
        int i = 0;
        double acc = 0;
        // products in scenario order, so that the mix does not depend on the map's key order
        for (ProductModel p : products) {
            Double share = spec.productMix().get(p.spec.id());
            if (share != null) {
                acc += share / total;
                mixProducts[i] = p;
                mixCumulative[i] = acc;
                i++;
            }
        }
        mixCumulative[mixCumulative.length - 1] = 1.0;
        orderSize = Sampler.plain(spec.orderSize());
        requestedLeadTime = Sampler.plain(spec.requestedLeadTime());
        returnDelay = Sampler.plain(spec.returnDelay());
        paymentDays = Sampler.plain(spec.paymentDays());
        wrongFormatDelay = Sampler.plain(spec.wrongFormatDelay());
        double growth = Math.max(1, 1 + spec.trendPerYear() * runDays / 365.0);
        maxRate = spec.leadsPerDay() * (1 + spec.seasonalityAmplitude()) * growth;
    }

    /** Lead rate per day at time t: base x seasonality x trend. */
    double rate(double t) {
        double season = 1 + spec.seasonalityAmplitude() * Math.cos(2 * Math.PI * (t - spec.seasonalityPeakDay()) / 365.0);
        double trend = Math.max(0, 1 + spec.trendPerYear() * t / 365.0);
        return spec.leadsPerDay() * season * trend;
    }

    /** The segment as the scenario describes it. */
    public Segment spec() {
        return spec;
    }

    /** The segment's position in the scenario, from 0. */
    public int index() {
        return index;
    }

    /** Expected leads in [from, to), by the trapezoid rule on daily steps (exact enough for planning). */
    public double expectedLeads(double from, double to) {
        double sum = 0;
        double step = Math.min(1.0, to - from);
        for (double t = from; t < to - 1e-12; t += step) {
            double h = Math.min(step, to - t);
            sum += (rate(t) + rate(t + h)) / 2 * h;
        }
        return sum;
    }

    /** Share of this segment's leads that ask for product p. */
    public double share(ProductModel p) {
        double previous = 0;
        for (int i = 0; i < mixProducts.length; i++) {
            if (mixProducts[i] == p) {
                return mixCumulative[i] - previous;
            }
            previous = mixCumulative[i];
        }
        return 0;
    }

    ProductModel product(double u) {
        for (int i = 0; i < mixCumulative.length; i++) {
            if (u < mixCumulative[i]) {
                return mixProducts[i];
            }
        }
        return mixProducts[mixProducts.length - 1];
    }

    /** Order size in whole units, at least 1. */
    public int size(double u) {
        return (int) Math.max(1, Math.ceil(orderSize.sample(u) - 1e-9));
    }
}
