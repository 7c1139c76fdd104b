package org.ordercycle.io;

import java.util.Locale;
import org.ordercycle.model.Step;
import org.ordercycle.stats.StepTime;
import org.ordercycle.stats.TraceEvent;

/**
 * The activity names of the event log. A moment of an order's journey is named after its step and
 * what happened ("selection: decision", "entry: handoff"); the moments that process-mining users
 * look for by name (an invoice issued, disputed or corrected, a payment, a shipment sent or
 * arrived, the delivery) get their own names.
 */
final class OcelActivities {
    static final String BILLING = Step.BILLING.label();
    static final String RETURNS = Step.RETURNS.label();
    static final String FULFILMENT = Step.FULFILMENT.label();
    static final String INVOICE_ISSUED = "invoice issued";
    static final String INVOICE_DISPUTED = "invoice disputed";
    static final String INVOICE_CORRECTED = "invoice corrected";
    static final String PAYMENT = "payment received";
    static final String SHIPMENT_SENT = "shipment sent";
    static final String SHIPMENT_ARRIVED = "shipment arrived";
    static final String DELIVERED = "order delivered";
    /** The owner of an order in a hand-off, which is no department. */
    private static final String NOBODY = "(hand-off)";
    /** The owner of a delivered order: the customer has it, no department does. */
    private static final String CUSTOMER = "customer";

    private OcelActivities() {
    }

    /** The activity of a moment of a journey (the texts are those of the billing and fulfilment flows). */
    static String of(TraceEvent e) {
        String detail = e.detail() == null ? "" : e.detail();
        if (BILLING.equals(e.step())) {
            switch (e.what()) {
                case "finish":
                    if (detail.startsWith("invoice ")) {
                        return INVOICE_ISSUED;
                    }
                    if (detail.startsWith("customer pays")) {
                        return PAYMENT;
                    }
                    break;
                case "arrive":
                    return INVOICE_DISPUTED;
                case "decision":
                    if (detail.startsWith("credit note")) {
                        return INVOICE_CORRECTED;
                    }
                    break;
                default:
                    break;
            }
        }
        if (FULFILMENT.equals(e.step())) {
            if ("start".equals(e.what())) {
                return SHIPMENT_SENT;
            }
            if ("finish".equals(e.what())) {
                return detail.startsWith("delivered") ? DELIVERED : SHIPMENT_ARRIVED;
            }
        }
        return e.step() + ": " + e.what();
    }

    /** The word for a kind of step time in activity names ("entry: waiting begins"). */
    static String interval(StepTime kind) {
        return switch (kind) {
            case WAITING -> "waiting";
            case WORKED -> "work";
            case UNATTENDED -> "hand-off";
        };
    }

    static boolean isDepartment(String owner) {
        return owner != null && !owner.isEmpty() && !NOBODY.equals(owner) && !CUSTOMER.equals(owner);
    }

    /** The object id of a department: "department-order-entry". */
    static String departmentId(String name) {
        return "department-" + name.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** The object type of an id made by {@link OcelLog}: the part before its first dash. */
    static String typeOf(String objectId) {
        return objectId.substring(0, objectId.indexOf('-'));
    }
}
