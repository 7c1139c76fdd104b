package org.ordercycle.model.rules.quote;

import java.util.function.Supplier;

/**
 * The lead time sales quotes, and why.
 *
 * @param leadTimeDays days from the order to delivery that sales promises the customer
 * @param reason       the sentence for the trace, built only when asked; null for the routine
 *                     standard quote
 */
public record Quote(double leadTimeDays, Supplier<String> reason) {
}
