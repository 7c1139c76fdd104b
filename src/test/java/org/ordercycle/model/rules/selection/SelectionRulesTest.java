package org.ordercycle.model.rules.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.model.rules.selection.Selection.Verdict;

/**
 * The three selection rules on hand-made views. An order of 20 units placed on day 100, quoted
 * 10 days (day 110), asked for within 15 (day 115); importance 2, margin 400 (strategic value
 * 800). Thresholds: junior size 10 units, capacity limit 15 days, strategic value 1000.
 */
class SelectionRulesTest {
    private static final SelectionParams P = new SelectionParams(10, 15, 1000);

    /** A view whose line answers {@code capable} at every priority and records the priorities asked. */
    private static SelectionView view(int quantity, double margin, boolean fromStock, double load, double capable,
                                      List<Double> asked) {
        return new SelectionView(quantity, 100, 10, 15, 2, margin, fromStock, "L1", load, priority -> {
            asked.add(priority);
            return capable;
        });
    }

    @Test
    void juniorAcceptsBySizeAndPromisesTheQuoteWithoutAskingTheLine() {
        List<Double> asked = new ArrayList<>();
        Selection s = new JuniorBySize(10).decide(view(20, 400, false, 40, 200, asked));
        assertEquals(Verdict.ACCEPT, s.verdict());
        assertEquals(110, s.promisedAt()); // 100 + 10, although the line could only make day 200
        assertEquals(0, s.priority());
        assertTrue(asked.isEmpty());
        Selection small = new JuniorBySize(10).decide(view(9, 400, false, 1, 101, asked));
        assertEquals(Verdict.REJECT, small.verdict());
        assertEquals("rejected by junior staff: 9 units is below 10.00", small.reason().get());
    }

    @Test
    void seniorRefusesWhatTheLineCannotMakeByTheCustomersDate() {
        List<Double> asked = new ArrayList<>();
        SelectionRule senior = SelectionRules.of(SelectionRules.SENIOR, P);
        // capable day 112: by the customer's day 115, later than quoted 110: promised 112, asked at priority 0
        Selection s = senior.decide(view(20, 400, false, 4, 112, asked));
        assertEquals(Verdict.ACCEPT, s.verdict());
        assertEquals(112, s.promisedAt());
        assertEquals(List.of(0.0), asked);
        // capable day 105 is earlier than quoted: the quote's day 110 stands
        assertEquals(110, senior.decide(view(20, 400, false, 4, 105, asked)).promisedAt());
        // capable day 116 > 115: refused
        Selection late = senior.decide(view(20, 400, false, 4, 116, asked));
        assertEquals(Verdict.REJECT, late.verdict());
        assertEquals("rejected by senior staff: the line can deliver by day 116.00, after the customer's date day 115.00",
                late.reason().get());
        assertFalse(senior.byExecutives());
    }

    @Test
    void executivesRefuseLowValueOrdersOnlyWhenCapacityIsShort() {
        List<Double> asked = new ArrayList<>();
        SelectionRule executive = SelectionRules.of(SelectionRules.EXECUTIVE, P);
        // load 4 <= 15 and capable 108 <= quoted 110: capacity is not short, value 800 < 1000 accepted;
        // asked at the customer's importance 2, which becomes the priority; promised the quote's 110
        Selection ok = executive.decide(view(20, 400, false, 4, 108, asked));
        assertEquals(Verdict.ACCEPT, ok.verdict());
        assertEquals(110, ok.promisedAt());
        assertEquals(2, ok.priority());
        assertEquals(List.of(2.0), asked);
        // load 16 > 15: capacity short, value 800 < 1000: refused
        assertEquals(Verdict.REJECT, executive.decide(view(20, 400, false, 16, 108, asked)).verdict());
        // the same from stock, or with margin 600 (value 1200 >= 1000): kept
        assertEquals(Verdict.ACCEPT, executive.decide(view(20, 400, true, 16, 108, asked)).verdict());
        assertEquals(Verdict.ACCEPT, executive.decide(view(20, 600, false, 16, 108, asked)).verdict());
        assertTrue(executive.byExecutives());
    }

    @Test
    void executivesOfferALaterDateThatTheCustomerMayRefuse() {
        // value 2 x 600 = 1200 keeps the order; capable day 113 is 13 days after placing, more than the quoted 10:
        // offered later at day 113 (the customer decides, outside the rule)
        Selection later = new ExecutiveStrategic(15, 1000).decide(view(20, 600, false, 4, 113, new ArrayList<>()));
        assertEquals(Verdict.OFFER_LATER, later.verdict());
        assertEquals(113, later.promisedAt());
        assertEquals(113, later.capable());
        assertEquals("accepted by executives (strategic value 1200.00); capable-to-promise date day 113.00 from 4.00"
                + " days of line load", later.reason().get());
    }
}
