package org.ordercycle.model.rules.entry;

import org.ordercycle.scenario.Steps;

/**
 * Parameters of the entry rules (see {@link Steps.Entry} for their meaning and sources).
 *
 * @param errorPerKeying     probability that one keying introduces an error, the same under every rule
 * @param keyingsWhenRekeyed departments that key the order into their own record when records are separate (1..3)
 */
public record EntryParams(double errorPerKeying, int keyingsWhenRekeyed) {

    public EntryParams {
        if (!(errorPerKeying >= 0 && errorPerKeying <= 1)) {
            throw new IllegalArgumentException("errorPerKeying must be in [0, 1], was " + errorPerKeying);
        }
        if (keyingsWhenRekeyed < 1 || keyingsWhenRekeyed > 3) {
            throw new IllegalArgumentException("keyingsWhenRekeyed must be in [1, 3], was " + keyingsWhenRekeyed);
        }
    }

    /** The parameters a scenario's entry step gives. */
    public static EntryParams of(Steps.Entry e) {
        return new EntryParams(e.errorPerKeying(), e.keyingsWhenRekeyed());
    }
}
