package org.ordercycle.model.rules.entry;

/** Step 4's decision point: how an order is recorded and handed over; a pure function of view and parameters. */
public interface EntryRule {

    EntryDecision decide(EntryView view);
}
