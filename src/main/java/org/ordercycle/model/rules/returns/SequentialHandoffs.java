package org.ordercycle.model.rules.returns;

/**
 * Retailer, logistics and finance each do their part and pass the return on with their next batch
 * of paperwork: collection waits for the authorisation's batch, the refund for the receipt's.
 */
public record SequentialHandoffs() implements ReturnRule {

    @Override
    public ReturnDecision decide(ReturnView view) {
        return new ReturnDecision(ReturnRoute.HANDOFFS, view);
    }
}
