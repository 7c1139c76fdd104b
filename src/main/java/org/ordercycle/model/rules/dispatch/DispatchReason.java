package org.ordercycle.model.rules.dispatch;

/** Why a line took the job it took; the text is what traces show. */
public enum DispatchReason {
    EXPEDITED("expedited"),
    FIRST_COME("first come, first served"),
    CAMPAIGN_GOES_ON("the campaign of the product set up goes on"),
    LARGEST_BACKLOG("campaign over: the product with the most work waiting"),
    EARLIEST_DUE("earliest promise first"),
    KEEP_SETUP("earliest promise of the product set up: a changeover is not worth it"),
    URGENT_SWITCH("another product's promise is urgent and much earlier: the line changes over");

    private final String text;

    DispatchReason(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }
}
