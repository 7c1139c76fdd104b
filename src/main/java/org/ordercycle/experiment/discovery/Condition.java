package org.ordercycle.experiment.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * A condition on the results of a design point, e.g.
 * {@code "total_cost[joint] < total_cost[siloed] and on_time_rate[joint] >= 0.9"}: comparisons
 * ({@code > < >= <=}) between numbers and {@code measure[policy]} values, joined by {@code and}
 * (binding tighter) and {@code or}, with parentheses. A syntax error names its position (1 = the
 * first character). Immutable.
 */
public final class Condition {
    /** A {@code measure[policy]} reference. */
    public record Reference(String measure, String policy, int position) {
    }

    private sealed interface Expr permits Compare, Logic {
    }

    private record Term(Reference reference, double number) {
    }

    private record Compare(Term left, String op, Term right) implements Expr {
    }

    private record Logic(boolean and, Expr left, Expr right) implements Expr {
    }

    private final String text;
    private final Expr expr;
    private final List<Reference> references;

    private Condition(String text, Expr expr, List<Reference> references) {
        this.text = text;
        this.expr = expr;
        this.references = List.copyOf(references);
    }

    /** Parses a condition; {@link IllegalArgumentException} names the position of the first error. */
    public static Condition parse(String text) {
        Parser p = new Parser(text);
        Expr e = p.or();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("expected 'and', 'or' or the end, found '" + text.substring(p.pos) + "'");
        }
        return new Condition(text, e, p.references);
    }

    public String text() {
        return text;
    }

    /** Every {@code measure[policy]} the condition reads, in order of appearance. */
    public List<Reference> references() {
        return references;
    }

    /** True when the condition holds, reading each {@code measure[policy]} from {@code values}. */
    public boolean test(ToDoubleBiFunction<String, String> values) {
        return eval(expr, values);
    }

    private static boolean eval(Expr e, ToDoubleBiFunction<String, String> values) {
        if (e instanceof Logic l) {
            return l.and() ? eval(l.left(), values) && eval(l.right(), values)
                    : eval(l.left(), values) || eval(l.right(), values);
        }
        Compare c = (Compare) e;
        double a = value(c.left(), values);
        double b = value(c.right(), values);
        return switch (c.op()) {
            case ">" -> a > b;
            case "<" -> a < b;
            case ">=" -> a >= b;
            default -> a <= b;
        };
    }

    private static double value(Term t, ToDoubleBiFunction<String, String> values) {
        return t.reference() == null ? t.number() : values.applyAsDouble(t.reference().measure(),
                t.reference().policy());
    }

    @Override
    public String toString() {
        return text;
    }

    /** Recursive descent over the text. */
    private static final class Parser {
        private final String s;
        private int pos;
        private final List<Reference> references = new ArrayList<>();

        Parser(String s) {
            this.s = s;
        }

        Expr or() {
            Expr left = and();
            while (word("or")) {
                left = new Logic(false, left, and());
            }
            return left;
        }

        Expr and() {
            Expr left = comparison();
            while (word("and")) {
                left = new Logic(true, left, comparison());
            }
            return left;
        }

        Expr comparison() {
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == '(') {
                pos++;
                Expr inner = or();
                skipSpace();
                if (pos >= s.length() || s.charAt(pos) != ')') {
                    throw error("expected ')'");
                }
                pos++;
                return inner;
            }
            Term left = term();
            skipSpace();
            String op = null;
            for (String o : new String[] {">=", "<=", ">", "<"}) {
                if (s.startsWith(o, pos)) {
                    op = o;
                    break;
                }
            }
            if (op == null) {
                throw error("expected a comparison (>, <, >= or <=)");
            }
            pos += op.length();
            return new Compare(left, op, term());
        }

        Term term() {
            skipSpace();
            int start = pos;
            if (pos < s.length() && (Character.isDigit(s.charAt(pos)) || "-+.".indexOf(s.charAt(pos)) >= 0)) {
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || ".eE".indexOf(s.charAt(pos)) >= 0
                        || (pos == start && "-+".indexOf(s.charAt(pos)) >= 0)
                        || ("-+".indexOf(s.charAt(pos)) >= 0 && "eE".indexOf(s.charAt(pos - 1)) >= 0))) {
                    pos++;
                }
                try {
                    return new Term(null, Double.parseDouble(s.substring(start, pos)));
                } catch (NumberFormatException e) {
                    pos = start;
                    throw error("'" + s.substring(start, Math.min(s.length(), start + 12)) + "' is not a number");
                }
            }
            String measure = name();
            if (measure.isEmpty()) {
                throw error(pos >= s.length() ? "expected a number or measure[policy], found the end"
                        : "expected a number or measure[policy]");
            }
            skipSpace();
            if (pos >= s.length() || s.charAt(pos) != '[') {
                throw error("expected '[' and a policy after the measure '" + measure + "'");
            }
            pos++;
            skipSpace();
            String policy = name();
            if (policy.isEmpty()) {
                throw error("expected a policy name inside [...]");
            }
            skipSpace();
            if (pos >= s.length() || s.charAt(pos) != ']') {
                throw error("expected ']'");
            }
            pos++;
            Reference r = new Reference(measure, policy, start + 1);
            references.add(r);
            return new Term(r, Double.NaN);
        }

        private String name() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || "_-.".indexOf(s.charAt(pos)) >= 0)) {
                pos++;
            }
            return s.substring(start, pos);
        }

        /** Consumes a keyword followed by a non-letter. */
        boolean word(String w) {
            skipSpace();
            int end = pos + w.length();
            if (s.regionMatches(true, pos, w, 0, w.length()) && (end >= s.length()
                    || !Character.isLetterOrDigit(s.charAt(end)))) {
                pos = end;
                return true;
            }
            return false;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException("condition \"" + s + "\", position " + (pos + 1) + ": " + message);
        }
    }
}
