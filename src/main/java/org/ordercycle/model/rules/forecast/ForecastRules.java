package org.ordercycle.model.rules.forecast;

/** The one place where a joint-planning setting becomes a planning rule. */
public final class ForecastRules {
    public static final String INFLATE_AND_DISCOUNT = "inflate-and-discount";
    public static final String ADAPTIVE = "adaptive";
    public static final String CONSENSUS = "consensus";

    private ForecastRules() {
    }

    /** The rule of a setting: inflate-and-discount, adaptive or consensus. */
    public static PlanningRule of(String setting, ForecastParams p) {
        StatisticalForecast statistics = new StatisticalForecast(p.smoother());
        MarketingJudgement marketing = new MarketingJudgement(p.inflationMean(), p.inflationSd(),
                p.shortageInflation(), p.inflationAdjustment());
        return switch (setting) {
            case INFLATE_AND_DISCOUNT -> new InflateAndDiscount(statistics, marketing, p.productionDiscount());
            case ADAPTIVE -> new AdaptiveDiscount(statistics, marketing, p.productionDiscount(), p.learningRate(),
                    p.learningLagPeriods());
            case CONSENSUS -> new Consensus(statistics);
            default -> throw new IllegalArgumentException("unknown joint-planning setting '" + setting
                    + "'; allowed: " + INFLATE_AND_DISCOUNT + ", " + ADAPTIVE + ", " + CONSENSUS);
        };
    }
}
