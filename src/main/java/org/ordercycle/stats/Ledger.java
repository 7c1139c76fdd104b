package org.ordercycle.stats;

/**
 * Costs by account, counted only from the end of the warm-up on. Not thread safe: one per
 * replication.
 */
public final class Ledger {
    /** The cost accounts; the measures of the same name report them. */
    public enum Account {
        COMMITTED_CAPACITY, OVERTIME, CHANGEOVER, EXPEDITE, PREMIUM_FREIGHT, SHIPPING, HANDLING_LABOUR,
        COORDINATION, BILLING_REWORK, RETURNS_HANDLING, SERVICE_LABOUR, LOST_MARGIN
    }

    private final double warmup;
    private final double[] totals = new double[Account.values().length];

    public Ledger(double warmup) {
        this.warmup = warmup;
    }

    /** Adds a cost incurred at {@code time} (ignored during the warm-up). */
    public void charge(Account account, double time, double amount) {
        if (time >= warmup) {
            totals[account.ordinal()] += amount;
        }
    }

    public double total(Account account) {
        return totals[account.ordinal()];
    }
}
