package org.ordercycle.scenario.bind;

import org.ordercycle.scenario.Range;

/** Binding of numbers and booleans, with the messages a reader of the file understands. */
final class Scalars {
    private Scalars() {
    }

    /**
     * The number in {@code node}, checked against {@code range} (may be null) and, when
     * {@code whole}, required to be a whole number that fits an int; null after reporting a problem.
     */
    static Double number(Binder binder, Node node, FieldPath path, Range range, boolean whole) {
        Reporter r = binder.reporter();
        String kind = whole ? "must be a whole number" : "must be a number";
        if (!(node instanceof Node.Scalar s) || s.kind() != Node.Kind.NUMBER) {
            if (node instanceof Node.Scalar s && s.kind() == Node.Kind.STRING) {
                if (Numbers.spellsNotFinite(s.text())) {
                    r.error(s.location(), path, "must be a finite number, was " + s.text());
                } else if (s.tagged() && Numbers.parse(s.text()) != null) {
                    r.error(s.location(), path, kind + ", was " + s.text() + " marked as text by the tag !!str: remove the tag");
                } else if (Numbers.parse(s.text()) != null) {
                    r.error(s.location(), path, kind + ", was " + s.describe() + " (text in quotes): remove the quotes");
                } else {
                    r.error(s.location(), path, kind + ", was " + s.describe());
                }
            } else {
                binder.typeError(node, path, kind);
            }
            return null;
        }
        Double v = Numbers.parse(s.text());
        if (v == null) {
            r.error(s.location(), path, kind + ", was " + s.text());
            return null;
        }
        if (v.isNaN() || v.isInfinite()) {
            r.error(s.location(), path, "must be a finite number, was " + s.text());
            return null;
        }
        if (whole && v != Math.rint(v)) {
            r.error(s.location(), path, "must be a whole number, was " + s.text() + nearestWhole(v, range));
            return null;
        }
        if (range != null && !Numbers.inRange(range, v)) {
            r.error(s.location(), path, "must be " + Numbers.describe(range) + ", was " + s.text());
            return null;
        }
        if (whole && Math.abs(v) > Integer.MAX_VALUE) {
            r.error(s.location(), path, "is too large, was " + s.text());
            return null;
        }
        return v;
    }

    /** ": use 2 or 3", the whole numbers next to {@code v} that {@code range} allows; "" when none is near. */
    static String nearestWhole(double v, Range range) {
        java.util.List<String> allowed = new java.util.ArrayList<>();
        for (double w : new double[] {Math.floor(v), Math.ceil(v)}) {
            if (Math.abs(w) <= Integer.MAX_VALUE && (range == null || Numbers.inRange(range, w))) {
                allowed.add(Numbers.format(w));
            }
        }
        return allowed.isEmpty() ? "" : ": use " + String.join(" or ", allowed);
    }

    /** The boolean in {@code node}; null after reporting a problem. */
    static Boolean bool(Binder binder, Node node, FieldPath path) {
        if (node instanceof Node.Scalar s && s.kind() == Node.Kind.TRUE) {
            return true;
        }
        if (node instanceof Node.Scalar s && s.kind() == Node.Kind.FALSE) {
            return false;
        }
        binder.typeError(node, path, "must be true or false");
        return null;
    }
}
