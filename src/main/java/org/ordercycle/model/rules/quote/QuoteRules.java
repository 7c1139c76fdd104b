package org.ordercycle.model.rules.quote;

/** The one place where a stock-info setting becomes a quote rule. */
public final class QuoteRules {
    public static final String STANDARD = "off";
    public static final String FROM_STOCK = "on";

    private QuoteRules() {
    }

    /** The rule of a stock-info setting: off (standard lead time) or on (from stock). */
    public static QuoteRule of(String setting, QuoteParams p) {
        return switch (setting) {
            case STANDARD -> new StandardLeadTime();
            case FROM_STOCK -> new FromStock(p.promiseBufferDays());
            default -> throw new IllegalArgumentException("unknown stock-info setting '" + setting
                    + "'; allowed: " + STANDARD + ", " + FROM_STOCK);
        };
    }
}
