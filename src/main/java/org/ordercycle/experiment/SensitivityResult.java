package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ordercycle.experiment.sensitivity.Morris;
import org.ordercycle.experiment.sensitivity.Saltelli;
import org.ordercycle.experiment.sensitivity.SobolIndices;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Measure;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import umontreal.ssj.rng.RandomStream;

/**
 * The outcome of a {@link Sensitivity} analysis: the sweep of its design points, and per primary
 * measure, response (siloed, joint, joint-siloed) and parameter, the indices: Morris {@code mu},
 * {@code mu_star} and {@code sigma} (in the measure's unit per full range of the parameter), or
 * Sobol' {@code first} and {@code total} with bootstrap intervals. Immutable.
 */
public final class SensitivityResult {
    /** The responses analysed: each policy, and the paired difference. */
    public static final String DIFFERENCE = "joint-siloed";
    public static final List<String> RESPONSES = List.of(Policy.SILOED.name(), Policy.JOINT.name(), DIFFERENCE);

    /**
     * One index.
     *
     * @param index mu, mu_star, sigma (Morris) or first, total (Sobol')
     * @param low   interval end (Sobol' bootstrap), NaN for Morris
     */
    public record Index(String measure, String response, String parameter, String index, double estimate, double low,
                        double high) {
    }

    private final Sensitivity.Method method;
    private final Map<String, double[]> ranges;
    private final List<String> parameters;
    private final double[][] unitDesign;
    private final SweepResult sweep;
    private final List<Index> indices;
    private final Map<String, String> settings;

    private SensitivityResult(Sensitivity.Method method, Map<String, double[]> ranges, List<String> parameters,
                              double[][] unitDesign, SweepResult sweep, List<Index> indices,
                              Map<String, String> settings) {
        this.method = method;
        this.ranges = ranges;
        this.parameters = List.copyOf(parameters);
        this.unitDesign = unitDesign;
        this.sweep = sweep;
        this.indices = List.copyOf(indices);
        this.settings = Map.copyOf(settings);
    }

    static SensitivityResult estimate(Sensitivity.Method method, Map<String, double[]> ranges, List<String> parameters,
                                      double[][] unitDesign, SweepResult sweep, Morris.Design morris,
                                      Saltelli saltelli, int bootstrap, double level, RandomStream bootstrapStream,
                                      Map<String, String> settings) {
        List<Index> out = new ArrayList<>();
        for (Measure m : Experiment.PRIMARY) {
            for (String response : RESPONSES) {
                double[] y = outputs(sweep, m.key(), response);
                if (morris != null) {
                    Morris.Result r = Morris.analyse(morris, y);
                    for (int j = 0; j < parameters.size(); j++) {
                        String p = parameters.get(j);
                        out.add(new Index(m.key(), response, p, "mu", r.mu()[j], Double.NaN, Double.NaN));
                        out.add(new Index(m.key(), response, p, "mu_star", r.muStar()[j], Double.NaN, Double.NaN));
                        out.add(new Index(m.key(), response, p, "sigma", r.sigma()[j], Double.NaN, Double.NaN));
                    }
                } else {
                    SobolIndices.Result r = SobolIndices.estimate(saltelli.n(), saltelli.dimensions(), y, bootstrap,
                            level, bootstrapStream);
                    for (int j = 0; j < parameters.size(); j++) {
                        String p = parameters.get(j);
                        SobolIndices.Index s1 = r.first()[j];
                        SobolIndices.Index st = r.total()[j];
                        out.add(new Index(m.key(), response, p, "first", s1.estimate(), s1.low(), s1.high()));
                        out.add(new Index(m.key(), response, p, "total", st.estimate(), st.low(), st.high()));
                    }
                }
            }
        }
        return new SensitivityResult(method, ranges, parameters, unitDesign, sweep, out, settings);
    }

    /** Per design point, the mean over replications of a response (the difference is paired by replication). */
    static double[] outputs(SweepResult sweep, String key, String response) {
        List<SweepResult.Point> points = sweep.points();
        double[] y = new double[points.size()];
        for (int i = 0; i < y.length; i++) {
            String id = points.get(i).id();
            double joint = sweep.estimate(id, Policy.JOINT, key).mean();
            double siloed = sweep.estimate(id, Policy.SILOED, key).mean();
            // the mean of paired differences equals the difference of the means over the same replications
            y[i] = response.equals(DIFFERENCE) ? joint - siloed : response.equals(Policy.JOINT.name()) ? joint : siloed;
        }
        return y;
    }

    public Sensitivity.Method method() {
        return method;
    }

    public List<String> parameters() {
        return parameters;
    }

    /** The range [lo, hi] of a parameter. */
    public double[] range(String parameter) {
        return ranges.get(parameter).clone();
    }

    /** The design in the unit cube, one row per point of {@link #sweep()}, in order. */
    public double[][] unitDesign() {
        double[][] copy = new double[unitDesign.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = unitDesign[i].clone();
        }
        return copy;
    }

    public SweepResult sweep() {
        return sweep;
    }

    /** Method, its sizes and the replications, as text. */
    public Map<String, String> settings() {
        return settings;
    }

    public List<Index> indices() {
        return indices;
    }

    /** One index, or null. */
    public Index index(String measure, String response, String parameter, String index) {
        for (Index i : indices) {
            if (i.measure().equals(measure) && i.response().equals(response) && i.parameter().equals(parameter)
                    && i.index().equals(index)) {
                return i;
            }
        }
        return null;
    }

    /** indices.csv: measure, response, parameter, index, estimate, ci_low, ci_high. */
    public Table table() {
        StringColumn mc = StringColumn.create(Columns.MEASURE);
        StringColumn rc = StringColumn.create("response");
        StringColumn pc = StringColumn.create("parameter");
        StringColumn ic = StringColumn.create("index");
        DoubleColumn ec = DoubleColumn.create("estimate");
        DoubleColumn lo = DoubleColumn.create(Columns.CI_LOW);
        DoubleColumn hi = DoubleColumn.create(Columns.CI_HIGH);
        for (Index i : indices) {
            mc.append(i.measure());
            rc.append(i.response());
            pc.append(i.parameter());
            ic.append(i.index());
            ec.append(i.estimate());
            lo.append(i.low());
            hi.append(i.high());
        }
        return Table.create("indices", mc, rc, pc, ic, ec, lo, hi);
    }
}
