package org.ordercycle.model.rules.service;

/**
 * The end of a service visit: is the problem fixed, does a second visit follow, did the visit
 * reveal a new need of the customer and does it reach sales.
 *
 * @param unfixed       the problem resisted although the technician had (or would have had) the context
 * @param missedContext the problem stayed unfixed for lack of the customer's context
 * @param again         a second visit follows (only after the first; it is made with the context the first gathered)
 * @param needRevealed  the visit revealed a new need of the customer
 * @param passedOn      the need reaches sales as a new lead
 */
public record VisitOutcome(boolean unfixed, boolean missedContext, boolean again, boolean needRevealed,
                           boolean passedOn) {

    /** What the visit achieved, for traces and the workshop; built only when asked. */
    public String reason() {
        if (!again) {
            return "service visit done";
        }
        return missedContext && !unfixed
                ? "the technician lacked the customer's context: the problem is not fixed, a second visit is needed"
                : "visit did not solve the problem: a second visit is needed";
    }

    /** What became of a revealed need, for traces and the workshop; built only when asked. */
    public String needReason() {
        if (!needRevealed) {
            return "the visit reveals no new need";
        }
        return passedOn ? "the visit reveals a new need: passed on to sales as a lead"
                : "the visit reveals a new need, but the technician has no one to tell: the insight is lost";
    }
}
