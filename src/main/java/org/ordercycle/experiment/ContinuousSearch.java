package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Derivative-free maximisation over the unit cube [0,1]^d with Commons Math's CMA-ES
 * (Hansen's covariance matrix adaptation evolution strategy), seeded so that the same seed gives
 * the same search. Every evaluation is recorded in order, for the optimisation trace. The
 * function is called one point at a time, so it may itself run replications on many threads.
 * Not thread safe.
 */
public final class ContinuousSearch {
    /** Initial step size in the unit cube: a third of the range, so the first population spans it. */
    static final double SIGMA = 0.3;

    /** One evaluation: the point in the unit cube and the function's value there. */
    public record Evaluation(int index, double[] unit, double value) {
    }

    /** The best point found, its value and every evaluation in order. */
    public record Outcome(double[] best, double value, List<Evaluation> evaluations) {
    }

    private final int dimensions;
    private final int maxEvaluations;
    private final long seed;

    /**
     * @param dimensions     d >= 1
     * @param maxEvaluations function evaluations at most (at least 2 populations)
     * @param seed           seed of the search's own random numbers
     */
    public ContinuousSearch(int dimensions, int maxEvaluations, long seed) {
        if (dimensions < 1) {
            throw new IllegalArgumentException("a continuous search needs at least one parameter");
        }
        if (maxEvaluations < 2 * population(dimensions)) {
            throw new IllegalArgumentException("a continuous search over " + dimensions + " parameter(s) needs at "
                    + "least " + 2 * population(dimensions) + " evaluations (two populations), was " + maxEvaluations);
        }
        this.dimensions = dimensions;
        this.maxEvaluations = maxEvaluations;
        this.seed = seed;
    }

    /** CMA-ES's default population size, 4 + floor(3 ln d). */
    public static int population(int dimensions) {
        return 4 + (int) Math.floor(3 * Math.log(dimensions));
    }

    /** Maximises f over [0,1]^d from the centre of the cube. */
    public Outcome maximise(ToDoubleFunction<double[]> f) {
        List<Evaluation> trace = new ArrayList<>();
        double[] lower = new double[dimensions];
        double[] upper = new double[dimensions];
        double[] start = new double[dimensions];
        double[] sigma = new double[dimensions];
        Arrays.fill(upper, 1);
        Arrays.fill(start, 0.5);
        Arrays.fill(sigma, SIGMA);
        CMAESOptimizer cma = new CMAESOptimizer(maxEvaluations, 0, true, 0, 0, // stop fitness 0: off
                new MersenneTwister(seed), false, null);
        ObjectiveFunction objective = new ObjectiveFunction(x -> {
            double[] u = clamp(x);
            double v = f.applyAsDouble(u);
            trace.add(new Evaluation(trace.size() + 1, u, v));
            return Double.isNaN(v) ? -Double.MAX_VALUE : v;
        });
        try {
            cma.optimize(new MaxEval(maxEvaluations), objective, GoalType.MAXIMIZE, new InitialGuess(start),
                    new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(population(dimensions)));
        } catch (org.apache.commons.math3.exception.TooManyEvaluationsException e) {
            // the evaluation budget is the stopping rule: the best point so far is the answer
        }
        Evaluation best = trace.get(0);
        for (Evaluation e : trace) {
            if (e.value() > best.value() || Double.isNaN(best.value()) && !Double.isNaN(e.value())) {
                best = e;
            }
        }
        return new Outcome(best.unit().clone(), best.value(), List.copyOf(trace));
    }

    private static double[] clamp(double[] x) {
        double[] u = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            u[i] = Math.min(1, Math.max(0, x[i]));
        }
        return u;
    }
}
