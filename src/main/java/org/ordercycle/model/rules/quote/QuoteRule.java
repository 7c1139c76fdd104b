package org.ordercycle.model.rules.quote;

/** Step 2's quoted lead time; a pure function of view and parameters. */
public interface QuoteRule {

    Quote decide(QuoteView view);
}
