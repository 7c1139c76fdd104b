package org.ordercycle.verify;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ordercycle.experiment.Estimate;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.DistKind;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.Segment;
import org.ordercycle.scenario.Staffed;
import org.ordercycle.stats.ReplicationResult;

/**
 * Checks 1 and 2: the mean wait in queue at sales against Erlang C (M/M/c, exponential
 * handling, any staff) or Pollaczek-Khinchine (M/G/1, one server, deterministic, exponential or
 * gamma handling). Sales sees Poisson leads; every later step is off or instantaneous.
 */
final class QueueWait implements TheoryCheck {
    static final String ERLANG = "Erlang C (Erlang 1917), Wq = C(c, a)/(c mu - lambda); e.g. Gross, Shortle,"
            + " Thompson & Harris, Fundamentals of Queueing Theory, 4th ed. (Wiley 2008), M/M/c";
    static final String PK = "Pollaczek-Khinchine (1930, 1932), Wq = lambda E[S^2]/(2(1 - rho)); e.g. Gross,"
            + " Shortle, Thompson & Harris, Fundamentals of Queueing Theory, 4th ed. (Wiley 2008), M/G/1";
    private static final String KEY = "department[sales.wait]";

    private final String file;

    QueueWait(String file) {
        this.file = file;
    }

    @Override
    public String file() {
        return file;
    }

    /** Sales (step 2) handles the leads; every other step is off, service's briefings included. */
    @Override
    public List<Integer> stepsOff() {
        return Setup.allStepsBut(2);
    }

    @Override
    public List<Check> evaluate(Scenario s, Map<Policy, List<ReplicationResult>> runs) {
        Segment seg = Setup.poissonSegment(s);
        Staffed sales = s.departments().sales();
        Setup.require(seg.orderSize().dist() == DistKind.deterministic, s,
                "order size must be deterministic (sales serves larger leads first)");
        Setup.require(seg.orderSize().value() >= s.steps().generation().minQualifiedSize(), s,
                "every lead must be qualified (orderSize >= minQualifiedSize)");
        Setup.roundTheClock(s, sales, "sales");
        double lambda = seg.leadsPerDay();
        double[] m = Setup.durationMoments(s, sales.handling());
        int c = sales.staff();
        double rho = lambda * m[0] / c;
        Estimate e = Estimate.of(Setup.values(runs.get(policies().get(0)), KEY), Verification.LEVEL);
        DistKind kind = sales.handling().dist();
        if (c > 1) {
            Setup.require(kind == DistKind.exponential, s, "with several staff, handling must be exponential (M/M/c)");
            double wq = Theory.mmcWait(lambda, 1 / m[0], c);
            String name = String.format(Locale.ROOT, "M/M/%d wait in queue at sales, rho %.2f (days)", c, rho);
            return List.of(Check.inside(name, wq, e, ERLANG));
        }
        double wq = Theory.pollaczekKhinchine(lambda, m[0], m[1]);
        String model = switch (kind) {
            case deterministic -> "M/D/1";
            case exponential -> "M/M/1";
            default -> String.format(Locale.ROOT, "M/G/1 (gamma, cv %.2g)", Math.sqrt(m[1] - m[0] * m[0]) / m[0]);
        };
        String name = String.format(Locale.ROOT, "%s wait in queue at sales, rho %.2f (days)", model, rho);
        return List.of(Check.inside(name, wq, e, PK));
    }
}
