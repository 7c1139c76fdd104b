package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.ordercycle.engine.Streams;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.RunListener;
import umontreal.ssj.simevents.Simulator;

/**
 * White-box check that each end-of-run invariant catches what it claims to: a fresh company
 * balances; one unbalanced entry in its books makes {@link Invariants#check} throw.
 */
class InvariantsTest {
    private final Scenario scenario = Runs.scenario("invariants");

    private Company company() {
        Simulator sim = new Simulator();
        sim.init();
        Streams streams = new Streams(Runs.SEED, 0, Replication.streamNames(scenario));
        return new Company(sim, scenario, Policy.SILOED, streams, RunListener.NONE);
    }

    private void assertCaught(String what, Consumer<Company> tamper) {
        Company c = company();
        assertDoesNotThrow(() -> Invariants.check(c.books, c.products), "a fresh company balances");
        tamper.accept(c);
        InvariantViolation v = assertThrows(InvariantViolation.class, () -> Invariants.check(c.books, c.products));
        assertTrue(v.getMessage().contains(what), v.getMessage());
    }

    @Test
    void anOrderPlacedAndNeverAccountedForIsCaught() {
        assertCaught("orders:", c -> c.books.placed++);
    }

    @Test
    void anOrderCountedTwiceIsCaught() {
        assertCaught("orders:", c -> c.books.terminal[OrderState.PAID.ordinal()]++);
    }

    @Test
    void aLiveOrderInATerminalStateIsCaught() {
        assertCaught("in progress but in terminal state", c -> {
            Order o = new Order(7, c.segments.get(0), 7, 0, c.products.get(0), 1, 1, false);
            o.state = OrderState.PAID;
            c.books.live.add(o);
            c.books.placed++;
        });
    }

    @Test
    void aUnitMadeButNowhereIsCaught() {
        assertCaught("units:", c -> c.books.unitsMade++);
    }

    @Test
    void aUnitShippedFromNowhereIsCaught() {
        assertCaught("units:", c -> c.books.unitsShipped++);
    }

    @Test
    void negativeStockIsCaught() {
        assertCaught("negative stock", c -> {
            ProductModel p = c.products.get(0);
            p.stock.add(0, -p.spec.initialStock() - 1);
            c.books.unitsShipped += Math.round(p.spec.initialStock()) + 1; // the unit balance itself still holds
        });
    }

    @Test
    void moneyInvoicedButNeitherPaidOwedNorCreditedIsCaught() {
        assertCaught("money:", c -> c.books.invoiced += 100);
    }

    @Test
    void aRefundWithoutCreditIsCaught() {
        assertCaught("money:", c -> c.books.refunded += 50);
    }

    @Test
    void aDeliveryRecognisedButNeitherInvoicedNorUnbilledIsCaught() {
        assertCaught("money: recognised", c -> c.books.recognised += 100);
    }

    @Test
    void anOrderInProgressBilledForGoodsItNeverReceivedIsBalancedByItsNegativeUnbilled() {
        Company c = company();
        Order o = new Order(7, c.segments.get(0), 7, 0, c.products.get(0), 2, 1, false);
        o.agreedPrice = 100;
        o.invoiceUnderway();
        o.invoiceIssued(new Invoice(o, 0, 2, 100, 200, false, false, false, false));
        c.books.live.add(o);
        c.books.placed++;
        c.books.invoiced += 200; // invoiced ahead of delivery: owed, and unbilled is -200
        assertDoesNotThrow(() -> Invariants.check(c.books, c.products));
        o.arrived = 2;
        c.books.recognised += 150; // a delivery booked at the wrong value
        InvariantViolation v = assertThrows(InvariantViolation.class, () -> Invariants.check(c.books, c.products));
        assertTrue(v.getMessage().contains("money: recognised"), v.getMessage());
    }

    /**
     * Found by the slow property test (orders of 3e20 units capped, invoiced and credited for
     * billions): 21,260,088,124.11 invoiced less 21,260,088,105.30 credited is 18.810001 in doubles,
     * against 18.81 unbilled. The old allowance, a millionth of the revenue recognised (0), failed
     * the run on that rounding. A gap above a millionth of the largest total is still caught, as the
     * check of invoices against payments, credit notes and receivables does.
     */
    @Test
    void theBooksAllowRoundingInProportionToTheirLargestTotals() {
        assertTrue(Invariants.recognisedIsBilledOrUnbilled(0, 21260088124.11, 21260088105.30, -18.81));
        assertFalse(Invariants.recognisedIsBilledOrUnbilled(0, 21260088124.11, 21260088105.30, -18.81 + 30_000));
        assertFalse(Invariants.recognisedIsBilledOrUnbilled(100, 0, 0, 0));
        assertTrue(Invariants.recognisedIsBilledOrUnbilled(100, 100, 0, 0));
    }
}
