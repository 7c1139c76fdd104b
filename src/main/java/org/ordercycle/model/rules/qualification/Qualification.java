package org.ordercycle.model.rules.qualification;

import java.util.function.Supplier;

/**
 * Whether sales pursues a lead, and why.
 *
 * @param pursue true when sales spends its time quoting the lead
 * @param reason the sentence for the trace, built only when asked; null when there is nothing
 *               beyond the routine to say (a lead at or above the size threshold)
 */
public record Qualification(boolean pursue, Supplier<String> reason) {
}
