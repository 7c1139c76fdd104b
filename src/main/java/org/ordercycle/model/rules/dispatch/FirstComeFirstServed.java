package org.ordercycle.model.rules.dispatch;

/** Without a scheduling step: expedites first, then the job that arrived first. */
public record FirstComeFirstServed() implements DispatchRule {

    @Override
    public Dispatch choose(DispatchView v) {
        int expedited = Dispatch.firstExpedited(v);
        return expedited >= 0 ? new Dispatch(expedited, DispatchReason.EXPEDITED)
                : new Dispatch(0, DispatchReason.FIRST_COME);
    }
}
