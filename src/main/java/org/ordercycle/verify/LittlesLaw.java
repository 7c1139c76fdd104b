package org.ordercycle.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ordercycle.experiment.Estimate;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.ReplicationResult;

/**
 * Check 3: Little's law L = lambda W at every department that sees jobs and for the whole
 * company, under the siloed and the joint preset.
 *
 * <p>Departments: the 99% interval of the per-replication difference L - lambda W (jobs) must
 * contain 0 (or lie within {@link #ROUNDING} x L, floating-point rounding of an exact identity).
 * The engine's W averages the jobs that arrived in the window and left before its end, so it
 * leaves out the jobs still present at the end, which are longer than average (length bias):
 * for a stationary system E[L - lambda W] is about L Var(W)/(E[W] T), negligible for sojourns
 * of hours against a window of years.
 *
 * <p>Company: orders stay about seven weeks (delivery, invoice, payment, disputes), so the same
 * censoring makes lambda W about Var(W)/(E[W] T), roughly 1%, smaller than L. The check is
 * then that the 99% interval of the relative difference (L - lambda W)/L lies within
 * {@link #SYSTEM_TOLERANCE}.
 */
final class LittlesLaw implements TheoryCheck {
    /** Departments as the engine names them in its keys. */
    static final List<String> DEPARTMENTS = List.of("marketing", "sales", "order-entry", "junior-selection",
            "executive-selection", "warehouse", "billing", "returns");
    /** Largest relative difference |L - lambda W|/L accepted for the company, whose W is censored. */
    static final double SYSTEM_TOLERANCE = 0.03;
    /**
     * Differences below this share of L are floating-point rounding: when no job is present at
     * either end of the window, L T and lambda W T are the same sum of sojourns added in two
     * orders, and the interval of differences of about 1e-19 may miss 0 by rounding alone.
     */
    static final double ROUNDING = 1e-12;
    static final String DEPARTMENT_RULE = "; pass when the 99% interval of L - lambda W contains 0 (or lies"
            + " within +-1e-12 L: floating-point rounding)";
    static final String SOURCE = "Little (1961), Operations Research 9(3):383-387; sample-path form: Stidham (1974),"
            + " Operations Research 22(2):417-421";

    private final String file;

    LittlesLaw(String file) {
        this.file = file;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public List<Policy> policies() {
        return List.of(Policy.SILOED, Policy.JOINT);
    }

    @Override
    public List<Check> evaluate(Scenario s, Map<Policy, List<ReplicationResult>> runs) {
        List<Check> checks = new ArrayList<>();
        for (Policy policy : policies()) {
            List<ReplicationResult> reps = runs.get(policy);
            for (String d : DEPARTMENTS) {
                String prefix = "department[" + d + ".";
                double[] rate = Setup.values(reps, prefix + "arrival_rate]");
                if (Estimate.of(rate, Verification.LEVEL).mean() > 0) {
                    Estimate diff = Estimate.of(difference(reps, prefix, false), Verification.LEVEL);
                    double l = Estimate.of(Setup.values(reps, prefix + "in_system]"), Verification.LEVEL).mean();
                    boolean rounding = diff.n() >= 2 && Math.max(Math.abs(diff.low()), Math.abs(diff.high()))
                            <= ROUNDING * Math.max(1, l);
                    checks.add(new Check("Little L - lambda W at " + d + ", " + policy.name() + " (jobs)", 0, diff,
                            SOURCE + DEPARTMENT_RULE, Check.contains(diff, 0) || rounding));
                }
            }
            Estimate rel = Estimate.of(difference(reps, "system[", true), Verification.LEVEL);
            boolean within = rel.n() >= 2 && rel.low() >= -SYSTEM_TOLERANCE && rel.high() <= SYSTEM_TOLERANCE;
            checks.add(new Check(String.format(Locale.ROOT, "Little (L - lambda W)/L, company, %s (within +-%.0f%%)",
                    policy.name(), 100 * SYSTEM_TOLERANCE), 0, rel, SOURCE + "; W censored at the horizon: pass when"
                    + " the 99% interval lies within the tolerance", within));
        }
        return checks;
    }

    /** L - lambda W per replication, or (L - lambda W)/L when {@code relative}. */
    private static double[] difference(List<ReplicationResult> reps, String prefix, boolean relative) {
        double[] v = new double[reps.size()];
        for (int i = 0; i < v.length; i++) {
            Map<String, Double> x = reps.get(i).values();
            double l = x.get(prefix + "in_system]");
            double d = l - x.get(prefix + "arrival_rate]") * x.get(prefix + "sojourn]");
            v[i] = relative ? d / l : d;
        }
        return v;
    }
}
