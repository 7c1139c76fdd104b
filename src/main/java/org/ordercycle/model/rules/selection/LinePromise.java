package org.ordercycle.model.rules.selection;

/**
 * Production's capable-to-promise answer for one order, asked at a priority: the day the line,
 * shipping and installation could deliver it, seen from now (absolute simulation day). Answers
 * without changing anything, so a rule may ask or not.
 */
@FunctionalInterface
public interface LinePromise {

    double capableToPromise(double priority);
}
