package org.ordercycle.model.rules.dispatch;

/**
 * Joint scheduling: expedites first; otherwise the earliest importance-adjusted promise, but the
 * line keeps its set-up unless another product's job is urgent (due within
 * {@code urgentSlackDays}) and earlier than the set-up product's best job by more than that
 * margin: under load everything is urgent, and switching at every job would spend the line on
 * changeovers.
 */
public record SetupAwareDueDate(double urgentSlackDays) implements DispatchRule {

    @Override
    public Dispatch choose(DispatchView v) {
        int expedited = Dispatch.firstExpedited(v);
        if (expedited >= 0) {
            return new Dispatch(expedited, DispatchReason.EXPEDITED);
        }
        int setup = v.setup();
        int best = -1;
        int bestSameSetup = -1;
        for (int i = 0; i < v.jobs(); i++) {
            double due = effectiveDue(v, i);
            if (best < 0 || due < effectiveDue(v, best)) {
                best = i;
            }
            if (v.product(i) == setup && (bestSameSetup < 0 || due < effectiveDue(v, bestSameSetup))) {
                bestSameSetup = i;
            }
        }
        if (bestSameSetup < 0) {
            return new Dispatch(best, DispatchReason.EARLIEST_DUE);
        }
        if (v.product(best) == setup) {
            return new Dispatch(bestSameSetup, DispatchReason.EARLIEST_DUE);
        }
        boolean urgent = effectiveDue(v, best) - v.now() < urgentSlackDays;
        boolean muchMoreUrgent = effectiveDue(v, best) + urgentSlackDays < effectiveDue(v, bestSameSetup);
        return urgent && muchMoreUrgent ? new Dispatch(best, DispatchReason.URGENT_SWITCH)
                : new Dispatch(bestSameSetup, DispatchReason.KEEP_SETUP);
    }

    @Override
    public boolean byDueDate() {
        return true;
    }

    private static double effectiveDue(DispatchView v, int i) {
        return effectiveDue(v.due(i), v.importance(i));
    }

    /**
     * Due date for dispatch: the promise, with importance breaking ties (an hour earlier per
     * importance point). Promises are served in order; key customers get their priority through
     * selection, capable-to-promise dates and the expedite budget, not by pushing everybody else late.
     */
    public static double effectiveDue(double due, double importance) {
        return due - (importance - 1) / 24.0;
    }
}
