package org.ordercycle.model.rules.quote;

import org.ordercycle.scenario.Steps;

/**
 * Parameters of the quote rules (see {@link Steps.Selection} for their meaning and sources).
 *
 * @param promiseBufferDays days the company adds to any promise it derives from what it knows
 */
public record QuoteParams(double promiseBufferDays) {

    /** The parameters a scenario's selection step gives. */
    public static QuoteParams of(Steps.Selection s) {
        return new QuoteParams(s.promiseBufferDays());
    }
}
