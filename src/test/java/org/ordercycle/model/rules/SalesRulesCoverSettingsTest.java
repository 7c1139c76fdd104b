package org.ordercycle.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ordercycle.model.rules.pricing.PricingParams;
import org.ordercycle.model.rules.pricing.PricingRules;
import org.ordercycle.model.rules.qualification.QualificationParams;
import org.ordercycle.model.rules.qualification.QualificationRules;
import org.ordercycle.model.rules.quote.QuoteParams;
import org.ordercycle.model.rules.quote.QuoteRules;
import org.ordercycle.model.rules.selection.SelectionParams;
import org.ordercycle.model.rules.selection.SelectionRules;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Setting;

/**
 * Every setting of the sales and selection levers has its own rule, so no setting is left without
 * behaviour. Step-off is a rule of its own for pricing (the list price); for lead qualification
 * and order selection it is structural (the order skips the department, see RuleBook.performs).
 */
class SalesRulesCoverSettingsTest {

    @Test
    void eachSettingBuildsADistinctRule() {
        assertDistinct(Lever.CAPACITY_INFO, name -> QualificationRules.of(name, new QualificationParams(1, 1.5, 5)),
                Lever.CAPACITY_INFO.coordinationSettings());
        assertDistinct(Lever.STOCK_INFO, name -> QuoteRules.of(name, new QuoteParams(1)), Lever.STOCK_INFO.settings());
        assertDistinct(Lever.CAPACITY_PRICING, name -> PricingRules.of(name, new PricingParams(1.5, 6, 0.06, 0.05)),
                Lever.CAPACITY_PRICING.settings());
        assertDistinct(Lever.STRATEGIC_SELECTION, name -> SelectionRules.of(name, new SelectionParams(1, 15, 1000)),
                Lever.STRATEGIC_SELECTION.coordinationSettings());
    }

    private static void assertDistinct(Lever lever, Function<String, Object> rule, List<Setting> settings) {
        Set<Class<?>> classes = new HashSet<>();
        for (Setting s : settings) {
            classes.add(rule.apply(s.name()).getClass());
        }
        assertEquals(settings.size(), classes.size(), lever.cliName() + ": " + classes);
    }
}
