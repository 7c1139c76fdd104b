package org.ordercycle.model.rules.entry;

/**
 * What order entry has in hand when an order arrives: the price agreed with the customer, the
 * price on sales' order form (the price list's, which a re-keyed record copies), and one
 * already-drawn uniform per possible keying, in keying order, that decides whether that keying
 * errs.
 *
 * @param agreedPrice   unit price agreed with the customer
 * @param formPrice     unit price written on sales' order form
 * @param firstKeying   uniform in (0, 1) of the first keying
 * @param secondKeying  uniform in (0, 1) of the second keying
 * @param thirdKeying   uniform in (0, 1) of the third keying
 */
public record EntryView(double agreedPrice, double formPrice, double firstKeying, double secondKeying,
                        double thirdKeying) {

    /** The uniform of keying number {@code k} (0 = first). */
    double uniform(int k) {
        return switch (k) {
            case 0 -> firstKeying;
            case 1 -> secondKeying;
            case 2 -> thirdKeying;
            default -> throw new IllegalArgumentException("keying " + k + " out of 0..2");
        };
    }
}
