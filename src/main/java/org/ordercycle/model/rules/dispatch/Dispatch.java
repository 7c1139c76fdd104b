package org.ordercycle.model.rules.dispatch;

/** The job a line takes next (its index in the view) and why. */
public record Dispatch(int job, DispatchReason reason) {

    /** The expedited job that arrived first, or -1 when none is: every rule serves expedites first. */
    static int firstExpedited(DispatchView v) {
        int best = -1;
        for (int i = 0; i < v.jobs(); i++) {
            if (v.expedite(i) && (best < 0 || v.sequence(i) < v.sequence(best))) {
                best = i;
            }
        }
        return best;
    }
}
