package org.ordercycle.stats;

/**
 * One moment in the journey of a traced order.
 *
 * @param time   simulated day
 * @param step   step label (see {@code Step.label()})
 * @param owner  department that owns the order from now on, or {@code "(hand-off)"} when nobody does
 * @param what   what happened: arrive, wait, start, finish, handoff, decision
 * @param detail the decision taken and why, or the duration, in plain words
 */
public record TraceEvent(double time, String step, String owner, String what, String detail) {
}
