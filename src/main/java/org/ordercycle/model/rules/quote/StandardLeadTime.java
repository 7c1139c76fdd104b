package org.ordercycle.model.rules.quote;

/** Siloed sales does not see the warehouse: it quotes the price list's standard lead time. */
public record StandardLeadTime() implements QuoteRule {

    @Override
    public Quote decide(QuoteView v) {
        return new Quote(v.standardLeadTimeDays(), null);
    }
}
