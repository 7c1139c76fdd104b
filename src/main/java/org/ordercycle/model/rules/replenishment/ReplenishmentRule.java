package org.ordercycle.model.rules.replenishment;

/** The make-to-stock replenishment decision point; a pure function of view and parameters. */
public interface ReplenishmentRule {

    Replenishment decide(ReplenishmentView view);
}
