package org.ordercycle.model.rules.service;

/**
 * Step 10's decision point, at its two moments: when a delivered order may call for service
 * (is a visit needed, is the technician briefed) and when a visit ends (is the problem fixed,
 * does a revealed need reach sales). Pure functions of the views and the rule's parameters.
 */
public interface ServiceRule {

    ServiceCall call(CallView view);

    VisitOutcome visited(VisitView view);

    /**
     * The judgement of a visit common to every rule: a problem resists with probability
     * {@code unfixedProbability}; without the context it also stays unfixed with probability
     * {@code unfixedWithoutContext}; only the first visit can be followed by another; a need is
     * revealed with probability {@code needRevealedPerVisit} and reaches sales when {@code passOn}.
     */
    static VisitOutcome judge(ServiceParams p, VisitView v, boolean passOn) {
        boolean unfixed = v.unfixedUniform() < p.unfixedProbability();
        boolean missed = !v.context() && v.contextUniform() < p.unfixedWithoutContext();
        boolean again = v.attempt() == 0 && (unfixed || missed);
        boolean revealed = v.needUniform() < p.needRevealedPerVisit();
        return new VisitOutcome(unfixed, missed, again, revealed, revealed && passOn);
    }

    /** Whether the customer needs a visit at all: the same under every rule. */
    static boolean needed(CallView v) {
        return v.needUniform() < v.needProbability();
    }
}
