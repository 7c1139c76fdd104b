package org.ordercycle.model.rules.qualification;

/** Step 2's decision point: which leads sales pursues, and where it steers flexible customers. */
public interface QualificationRule {

    /** Whether to pursue a new lead; a pure function of the view and the rule's parameters. */
    Qualification qualify(QualificationView view);

    /** Which product to quote a lead for; a pure function of the view and the rule's parameters. */
    Steering steer(SteeringView view);
}
