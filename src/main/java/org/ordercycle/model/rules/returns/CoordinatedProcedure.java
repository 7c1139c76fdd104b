package org.ordercycle.model.rules.returns;

/**
 * One procedure owned by the returns desk: collection and refund preparation start at once, and
 * the refund is paid as soon as both are done.
 */
public record CoordinatedProcedure() implements ReturnRule {

    @Override
    public ReturnDecision decide(ReturnView view) {
        return new ReturnDecision(ReturnRoute.COORDINATED, view);
    }
}
