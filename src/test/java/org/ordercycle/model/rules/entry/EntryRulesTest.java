package org.ordercycle.model.rules.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Both entry rules on a hand-made view; the arithmetic is in the comments. */
class EntryRulesTest {
    // error probability 0.1 per keying; uniforms 0.5 (no error), 0.05 (error), 0.2 (no error)
    private static final EntryView VIEW = new EntryView(90, 100, 0.5, 0.05, 0.2);

    @Test
    void threeSeparateRecordsKeyTheOrderThreeTimesThroughTheInbox() {
        EntryDecision d = EntryRules.of(EntryRules.REKEY, new EntryParams(0.1, 3)).decide(VIEW);
        // sales' form takes the first uniform (0.5 >= 0.1: correct), order entry the second
        // (0.05 < 0.1: error), billing the third (0.2 >= 0.1: correct)
        assertEquals(Keyer.SALES, d.salesForm().by());
        assertFalse(d.salesForm().error());
        assertEquals(1, d.orderEntry().index());
        assertTrue(d.orderEntry().error());
        assertEquals(2, d.billing().index());
        assertFalse(d.billing().error());
        assertEquals(3, d.keyings());
        assertTrue(d.error(), "one erring keying is enough to reach the invoice");
        assertTrue(d.inbox());
        // the record copies the form's (list) price 100, not the agreed 90
        assertEquals(100, d.recordPrice());
        assertEquals("order entry keys the order, with a keying error nobody notices; the record shows the list price"
                + " 100.00, not the agreed 90.00", d.orderEntry().reason());
    }

    @Test
    void oneSeparateRecordIsKeyedByOrderEntryAloneWithTheFirstUniform() {
        EntryDecision d = new RekeyedThroughInbox(new EntryParams(0.1, 1)).decide(VIEW);
        // order entry takes the first uniform 0.5 >= 0.1: no error; no form, no billing record
        assertNull(d.salesForm());
        assertNull(d.billing());
        assertEquals(0, d.orderEntry().index());
        assertFalse(d.error());
        assertEquals(1, d.keyings());
        assertTrue(d.inbox());
    }

    @Test
    void aSharedRecordIsKeyedOnceCarriesTheAgreedPriceAndIsHandedOverAtOnce() {
        EntryDecision d = EntryRules.of(EntryRules.SHARED, new EntryParams(0.1, 3)).decide(VIEW);
        // one keying with the first uniform 0.5 >= 0.1: correct; keyingsWhenRekeyed plays no part
        assertEquals(1, d.keyings());
        assertFalse(d.error());
        assertFalse(d.inbox());
        assertEquals(90, d.recordPrice());
        assertEquals("order entry keys the order correctly", d.orderEntry().reason());
        // the same uniform errs under both rules: a shared record has fewer keyings, not a lower error rate
        EntryView erring = new EntryView(90, 100, 0.05, 0.5, 0.5);
        assertTrue(new SharedRecord(new EntryParams(0.1, 3)).decide(erring).error());
        assertTrue(new RekeyedThroughInbox(new EntryParams(0.1, 3)).decide(erring).salesForm().error());
    }

    @Test
    void badParametersAndUnknownSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EntryParams(0.1, 4));
        assertThrows(IllegalArgumentException.class, () -> new EntryParams(1.5, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EntryRules.of("fax", new EntryParams(0.1, 2)));
        assertEquals("unknown shared-entry setting 'fax'; allowed: rekey, shared", e.getMessage());
    }
}
