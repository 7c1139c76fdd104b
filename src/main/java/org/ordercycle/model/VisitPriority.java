package org.ordercycle.model;

import java.util.Comparator;

/**
 * The order in which technicians take waiting visits: the more important customer first, then
 * first come, first served. The seed asks that prioritisation reflect the customer's importance;
 * the rule is the same under every policy (no lever changes it).
 */
final class VisitPriority implements Comparator<SkillPool.Request> {
    static final VisitPriority BY_IMPORTANCE = new VisitPriority();

    private VisitPriority() {
    }

    @Override
    public int compare(SkillPool.Request a, SkillPool.Request b) {
        int byImportance = Double.compare(importance(b), importance(a));
        return byImportance != 0 ? byImportance : Long.compare(a.seq(), b.seq());
    }

    private static double importance(SkillPool.Request r) {
        return r.order().segment.spec.importance();
    }
}
