package org.ordercycle.experiment.sensitivity;

/** Test functions with analytic Sobol' indices, on the unit cube. */
final class KnownFunctions {
    private KnownFunctions() {
    }

    /**
     * Ishigami and Homma (1990), a = 7, b = 0.1, each input uniform on [-pi, pi] (mapped from [0,1]).
     * Analytic indices (Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, 4.7):
     * S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437.
     */
    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    static final double[] ISHIGAMI_FIRST = {0.3139, 0.4424, 0};
    static final double[] ISHIGAMI_TOTAL = {0.5576, 0.4424, 0.2437};

    /** Sobol' g-function: prod (|4 u_i - 2| + a_i) / (1 + a_i); small a_i means an important input. */
    static double g(double[] u, double[] a) {
        double p = 1;
        for (int i = 0; i < a.length; i++) {
            p *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
        }
        return p;
    }

    /** Partial variances V_i = 1 / (3 (1 + a_i)^2) (Saltelli et al. 2010, section 5). */
    private static double[] partial(double[] a) {
        double[] v = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            v[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
        }
        return v;
    }

    /** Analytic first-order indices V_i / V, V = prod (1 + V_i) - 1. */
    static double[] gFirst(double[] a) {
        double[] v = partial(a);
        double total = product(v, -1) - 1;
        double[] s = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            s[i] = v[i] / total;
        }
        return s;
    }

    /** Analytic total indices V_i prod_{j != i} (1 + V_j) / V. */
    static double[] gTotal(double[] a) {
        double[] v = partial(a);
        double total = product(v, -1) - 1;
        double[] s = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            s[i] = v[i] * product(v, i) / total;
        }
        return s;
    }

    private static double product(double[] v, int except) {
        double p = 1;
        for (int j = 0; j < v.length; j++) {
            if (j != except) {
                p *= 1 + v[j];
            }
        }
        return p;
    }
}
