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
 * <p>Departments: on a window of finite length T, L = lambda W holds up to an end effect (Stidham
 * 1974). W averages the jobs that arrived in the window and left before its end, so L also counts
 * time that lambda W does not: jobs already present at the start, and jobs still present at the
 * end, which are longer than average (length bias). The end effect is about
 * L Var(W)/(E[W] T) > 0 per replication, tiny but always of one sign, so an interval of
 * L - lambda W over enough replications excludes 0 however correct the engine is. The engine
 * therefore also reports the end effect, measured from each job's own time inside the window,
 * and the check is the exact sample-path form L - lambda W - end effect = 0: its 99% interval
 * must contain 0 or lie within {@link #ROUNDING} x L (floating-point rounding), whatever the
 * number of replications. So that the law itself, not only its bookkeeping, is tested, the end
 * effect must also stay below {@link #END_EFFECT_SHARE} of L (the window is long enough for
 * lambda W alone to give L).
 *
 * <p>Company: orders stay about seven weeks (delivery, invoice, payment, disputes), so the same
 * censoring makes lambda W about Var(W)/(E[W] T), roughly 1%, smaller than L. The check is
 * then that the 99% interval of the relative difference (L - lambda W)/L lies within
 * {@link #SYSTEM_TOLERANCE}: the difference converges to the end effect, about a third of the
 * tolerance, so more replications only make the verdict surer.
 */
final class LittlesLaw implements TheoryCheck {
    /** Departments as the engine names them in its keys. */
    static final List<String> DEPARTMENTS = List.of("marketing", "sales", "order-entry", "junior-selection",
            "executive-selection", "warehouse", "billing", "returns");
    /** Largest relative difference |L - lambda W|/L accepted for the company, whose W is censored. */
    static final double SYSTEM_TOLERANCE = 0.03;
    /**
     * Differences below this share of max(1, L) are floating-point rounding: L T and
     * lambda W T + end effect T are the same job times added in different orders (sums of about
     * 1e4 terms of up to T = 730 days), and the interval of differences of about 1e-17 may miss 0
     * by rounding alone.
     */
    static final double ROUNDING = 1e-12;
    /** Largest end effect accepted at a department, as a share of L. */
    static final double END_EFFECT_SHARE = 0.01;
    static final String DEPARTMENT_RULE = "; end effect = the time in the window of jobs present when it opens"
            + " or closes that lambda W does not count, measured job by job; pass when the 99% interval of"
            + " L - lambda W - end effect contains 0 (or lies within +-1e-12 L: floating-point rounding) and the"
            + " end effect is below 1% of L";
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
                    checks.add(department(reps, d, policy));
                }
            }
            Estimate rel = Estimate.of(difference(reps, "system[", true), Verification.LEVEL);
            boolean within = rel.n() >= 2 && rel.low() >= -SYSTEM_TOLERANCE && rel.high() <= SYSTEM_TOLERANCE;
            checks.add(new Check(String.format(Locale.ROOT, "Little (L - lambda W)/L, company, %s (within +-%.0f%%)",
                    policy.name(), 100 * SYSTEM_TOLERANCE), 0, rel, SOURCE + "; W leaves out the orders still open at"
                    + " the end (about 1% of L): pass when the 99% interval lies within the tolerance", within));
        }
        return checks;
    }

    /** The sample-path check at one department: L - lambda W - end effect, in jobs. */
    static Check department(List<ReplicationResult> reps, String d, Policy policy) {
        String prefix = "department[" + d + ".";
        double[] diff = difference(reps, prefix, false);
        double[] end = Setup.values(reps, prefix + "end_effect]");
        double[] residual = new double[diff.length];
        for (int i = 0; i < diff.length; i++) {
            residual[i] = diff[i] - end[i];
        }
        Estimate r = Estimate.of(residual, Verification.LEVEL);
        double l = Estimate.of(Setup.values(reps, prefix + "in_system]"), Verification.LEVEL).mean();
        boolean rounding = r.n() >= 2 && Math.max(Math.abs(r.low()), Math.abs(r.high())) <= ROUNDING * Math.max(1, l);
        double endEffect = Math.abs(Estimate.of(end, Verification.LEVEL).mean());
        boolean small = endEffect <= END_EFFECT_SHARE * l;
        return new Check("Little L - lambda W - end effect at " + d + ", " + policy.name() + " (jobs)", 0, r,
                SOURCE + DEPARTMENT_RULE, (Check.contains(r, 0) || rounding) && small);
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
