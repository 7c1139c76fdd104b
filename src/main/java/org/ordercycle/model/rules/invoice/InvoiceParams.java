package org.ordercycle.model.rules.invoice;

import org.ordercycle.scenario.Steps;

/** Parameters of the invoice rules (see {@link Steps.Billing} for their meaning and sources). */
public record InvoiceParams(double checkMissRate) {

    /** The parameters a scenario's billing step gives. */
    public static InvoiceParams of(Steps.Billing b) {
        return new InvoiceParams(b.checkMissRate());
    }
}
