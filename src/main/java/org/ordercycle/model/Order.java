package org.ordercycle.model;

import java.util.ArrayList;
import java.util.List;
import org.ordercycle.scenario.Product;
import org.ordercycle.scenario.Segment;
import org.ordercycle.stats.RunListener;
import org.ordercycle.stats.StepTime;

/**
 * The unit that flows through the cycle. It always has an owner (a department) except while in
 * a hand-off, and records the time spent per step waiting in a queue, being worked on, or
 * unattended. Not thread safe: it lives inside one replication.
 */
public final class Order {
    final long id;
    final SegmentModel segment;
    /** The key of the order's uniforms ({@link Draw#uniform}). */
    final long drawKey;
    final double leadAt;
    ProductModel product;
    final int quantity;
    final double requestedLeadTime;

    double quotedLeadTime;
    double listPrice;
    /** Unit price agreed with the customer by sales (all discounts). */
    double agreedPrice;
    /** Unit price written on the order record billing reads when it does not consult sales. */
    double recordPrice;
    boolean steered;
    boolean entryError;
    double placedAt = Double.NaN;
    double promisedAt = Double.NaN;
    double deliveredAt = Double.NaN;
    double paidAt = Double.NaN;
    double priority;
    boolean escalationConsidered;
    boolean rescued;

    int allocated;
    int shipped;
    int invoicedUnits;
    int invoicesPending;
    double returnRequestedAt = Double.NaN;
    int arrived;
    int shipments;
    int firstShipmentFromStock = -1;
    boolean backordered;
    double backorderedAt = Double.NaN;
    boolean willReturn;
    /** The returned goods are back with the company: the sale is reversed. */
    boolean goodsBack;
    /** The refund is paid: the return is over. */
    boolean returnDone;
    /** Empty and shared until the first invoice: leads that never become orders never need a list. */
    List<Invoice> invoices = List.of();
    int readyUnits;

    /** Position in the company's {@link LiveOrders}, -1 when not there. */
    int liveIndex = -1;
    OrderState state = OrderState.OPEN;
    String owner = "sales";
    double handoffStart = Double.NaN;
    /**
     * Days per step, of four kinds side by side ({@code stepTimes[KINDS * step + kind]}): waiting
     * ({@link #QUEUE}), worked ({@link #PROCESSING}), in hand-offs ({@link #UNATTENDED}) and closed
     * hours (nights, weekends) inside a job that was started, neither waiting nor worked on
     * ({@link #CLOSED}). One array, a step's four in one cache line: a step moves them together,
     * and a wide company touches each order long after its last step (four arrays cost a miss each).
     */
    final double[] stepTimes = new double[KINDS * Step.COUNT];
    static final int QUEUE = 0;
    static final int PROCESSING = 1;
    static final int UNATTENDED = 2;
    static final int CLOSED = 3;
    static final int KINDS = 4;
    /**
     * True when the moments of this order are reported: it is the order a listener follows
     * ({@code trace}), or one of the sampled journeys. Callers test it before building a message.
     */
    boolean traced;
    /** A lead passed on by an after-sales visit rather than sent by its segment. */
    boolean fromService;
    /** Set when this lead is one of the sampled journeys. */
    JourneyLog journey;
    /** The listener that follows every order (event log export), or null: then step times are not reported. */
    RunListener follower;

    /** The order's uniform for source {@code slot} (a {@link Draw} constant). */
    public double draw(int slot) {
        return Draw.uniform(drawKey, slot, 0);
    }

    /** The order's uniform for the {@code repeat}-th use of source {@code slot} (0 is {@link #draw(int)}). */
    public double draw(int slot, int repeat) {
        return Draw.uniform(drawKey, slot, repeat);
    }

    /** True when the moments of this order are reported (see {@link #traced}). */
    public boolean traced() {
        return traced;
    }

    /** The customer segment the order comes from, as the scenario describes it. */
    public Segment segmentSpec() {
        return segment.spec;
    }

    /** The product ordered, as the scenario describes it. */
    public Product productSpec() {
        return product.spec;
    }

    /** The index of the customer segment the order comes from. */
    public int segmentIndex() {
        return segment.index;
    }

    /** Units ordered. */
    public int quantity() {
        return quantity;
    }

    /** Unit price agreed with the customer by sales (all discounts). */
    public double agreedPrice() {
        return agreedPrice;
    }

    /** The customer will send the goods back. */
    public void expectReturn() {
        willReturn = true;
    }

    /** The customer asked to return the goods at {@code now}. */
    public void recordReturnRequest(double now) {
        returnRequestedAt = now;
    }

    /** When the customer asked to return the goods; NaN before. */
    public double returnRequestedAt() {
        return returnRequestedAt;
    }

    /** The returned goods are back with the company. */
    public void recordGoodsBack() {
        goodsBack = true;
    }

    /** The refund is paid: the return is over. */
    public void recordRefund() {
        returnDone = true;
    }

    /** The product ordered (sales may have steered the customer to another one). */
    public ProductModel product() {
        return product;
    }

    /** Units of the first shipment that came from stock. */
    public void recordFirstShipmentFromStock(int units) {
        firstShipmentFromStock = units;
    }

    /** Stock did not cover the order at {@code now}: the rest is backordered. */
    public void recordBackorder(double now) {
        backordered = true;
        backorderedAt = now;
    }

    /** When the order was backordered; NaN if never. */
    public double backorderedAt() {
        return backorderedAt;
    }

    /** Units allocated to the order from stock or production. */
    public int allocated() {
        return allocated;
    }

    /** {@code units} more units are allocated to the order. */
    public void allocate(int units) {
        allocated += units;
    }

    /** Every unit of the order is allocated (a make-to-order job is done). */
    public void allocateAll() {
        allocated = quantity;
    }

    /** The priority selection gave the order (higher first). */
    public double priority() {
        return priority;
    }

    /** A shipment of {@code units} units leaves. */
    public void recordShipment(int units) {
        shipments++;
        shipped += units;
    }

    /** Shipments so far. */
    public int shipments() {
        return shipments;
    }

    /** The date promised to the customer. */
    public double promisedAt() {
        return promisedAt;
    }

    /** Premium freight rescued the promise. */
    public void recordRescue() {
        rescued = true;
    }

    /** {@code units} more units reached the customer. */
    public void recordArrival(int units) {
        arrived += units;
    }

    /** Units that reached the customer. */
    public int arrived() {
        return arrived;
    }

    /** The goods are delivered at {@code now}: the customer has them. */
    public void recordDelivery(double now) {
        deliveredAt = now;
        state = OrderState.DELIVERED;
        owner = "customer";
    }

    /** When the goods were delivered; NaN before. */
    public double deliveredAt() {
        return deliveredAt;
    }

    /** Sets the unit price written on the order record. */
    public void setRecordPrice(double price) {
        recordPrice = price;
    }

    /** A keying of the order record; its error, if any, stays in the record. */
    public void recordKeying(boolean error) {
        entryError |= error;
    }

    /** When the customer placed the order. */
    public double placedAt() {
        return placedAt;
    }

    /** Days the customer asked for, from the lead. */
    public double requestedLeadTime() {
        return requestedLeadTime;
    }

    /** Days sales quoted. */
    public double quotedLeadTime() {
        return quotedLeadTime;
    }

    /** The company promises delivery by {@code at}. */
    public void promise(double at) {
        promisedAt = at;
    }

    /** Selection gives the order this priority (higher first). */
    public void prioritise(double value) {
        priority = value;
    }

    /** True for a lead passed on by an after-sales visit rather than sent by its segment. */
    public boolean fromService() {
        return fromService;
    }

    /** Sales offered the customer {@code other}, of the same family, and the customer takes it. */
    public void steerTo(ProductModel other) {
        product = other;
        steered = true;
    }

    /** True when sales steered the customer to another product. */
    public boolean steered() {
        return steered;
    }

    /** The prices of the quote: the list price, the price agreed and the price the order record shows. */
    public void price(double list, double agreed, double record) {
        listPrice = list;
        agreedPrice = agreed;
        recordPrice = record;
    }

    /** The list price per unit. */
    public double listPrice() {
        return listPrice;
    }

    /** Sales quotes {@code days} of lead time. */
    public void quote(double days) {
        quotedLeadTime = days;
    }

    /** The customer placed the order at {@code now}. */
    public void recordPlacement(double now) {
        placedAt = now;
    }

    /** True once the daily review considered escalating the order. */
    public boolean escalationConsidered() {
        return escalationConsidered;
    }

    /** The daily review considers escalating the order (once in its life). */
    public void considerEscalation() {
        escalationConsidered = true;
    }

    /** The order's state; terminal once it has ended. */
    public OrderState state() {
        return state;
    }

    /** True when the customer will send the goods back. */
    public boolean willReturn() {
        return willReturn;
    }

    /** True once the refund of a return is paid. */
    public boolean returnDone() {
        return returnDone;
    }

    /** Unit price on the order record billing reads when it does not consult sales. */
    public double recordPrice() {
        return recordPrice;
    }

    /** True when a keying error reached the order record. */
    public boolean entryError() {
        return entryError;
    }

    /** Units whose goods have left for the customer. */
    public int readyUnits() {
        return readyUnits;
    }

    /** Goods for {@code units} more units have left for the customer. */
    public void recordReady(int units) {
        readyUnits += units;
    }

    /** Units on the order's invoices, those under way included. */
    public int invoicedUnits() {
        return invoicedUnits;
    }

    /** Adds {@code units} (negative after a credit note) to the units invoiced. */
    public void addInvoicedUnits(int units) {
        invoicedUnits += units;
    }

    /** Invoices decided and not yet issued. */
    public int invoicesPending() {
        return invoicesPending;
    }

    /** An invoice is decided; it is pending until issued. */
    public void invoiceUnderway() {
        invoicesPending++;
    }

    /** A pending invoice is issued. */
    public void invoiceIssued(Invoice inv) {
        if (invoices.isEmpty()) {
            invoices = new ArrayList<>(2);
        }
        invoices.add(inv);
        invoicesPending--;
    }

    /** Invoices issued so far. */
    public int invoiceCount() {
        return invoices.size();
    }

    /** The {@code i}-th invoice issued, from 0. */
    public Invoice invoice(int i) {
        return invoices.get(i);
    }

    /** The customer paid at {@code now}. */
    public void recordPayment(double now) {
        paidAt = now;
    }

    /** Records why a sampled lead never became an order. */
    public void leadOutcome(String outcome) {
        if (journey != null) {
            journey.leadOutcome = outcome;
        }
    }

    Order(long id, SegmentModel segment, long drawKey, double leadAt, ProductModel product, int quantity,
          double requestedLeadTime, boolean traced) {
        this.id = id;
        this.segment = segment;
        this.drawKey = drawKey;
        this.leadAt = leadAt;
        this.product = product;
        this.quantity = quantity;
        this.requestedLeadTime = requestedLeadTime;
        this.traced = traced;
    }

    /** Nobody owns the order from {@code now} until {@link #receive}. */
    public void handOff(double now) {
        owner = null;
        handoffStart = now;
    }

    /** {@code newOwner} takes the order at {@code now}; the hand-off time counts as unattended in {@code step}. */
    public void receive(double now, String newOwner, Step step) {
        if (owner == null) {
            stepTimes[at(step.ordinal(), UNATTENDED)] += now - handoffStart;
            report(step, newOwner, StepTime.UNATTENDED, handoffStart, now);
        }
        owner = newOwner;
    }

    /** The order waited for {@code where} in {@code step} from {@code from} to {@code to}. */
    public void waited(Step step, String where, double from, double to) {
        stepTimes[at(step.ordinal(), QUEUE)] += to - from;
        report(step, where, StepTime.WAITING, from, to);
    }

    /** {@code where} worked {@code work} days on it from {@code from} to {@code to}; the rest is closed hours. */
    void worked(Step step, String where, double from, double to, double work) {
        stepTimes[at(step.ordinal(), PROCESSING)] += work;
        stepTimes[at(step.ordinal(), CLOSED)] += Math.max(0, to - from - work);
        report(step, where, StepTime.WORKED, from, to);
    }

    /** Goods travelled {@code transit} days until {@code now}, on the lead time of {@code step}. */
    public void travelled(Step step, String carrier, double transit, double now) {
        stepTimes[at(step.ordinal(), PROCESSING)] += transit;
        report(step, carrier, StepTime.WORKED, now - transit, now);
    }

    private void report(Step step, String where, StepTime kind, double from, double to) {
        if (follower != null) {
            follower.stepTime(id, step.label(), where, kind, from, to);
        }
    }

    double totalUnattended() {
        double sum = 0;
        for (int step = 0; step < Step.COUNT; step++) {
            sum += stepTime(step, UNATTENDED);
        }
        return sum;
    }

    /** The days of one kind ({@link #QUEUE}, ...) of every step, by step. */
    double[] stepTimes(int kind) {
        double[] days = new double[Step.COUNT];
        for (int step = 0; step < Step.COUNT; step++) {
            days[step] = stepTime(step, kind);
        }
        return days;
    }

    /** The days of one kind ({@link #QUEUE}, ...) in one step (its ordinal). */
    double stepTime(int step, int kind) {
        return stepTimes[at(step, kind)];
    }

    private static int at(int step, int kind) {
        return KINDS * step + kind;
    }

    double leadTime() {
        return deliveredAt - placedAt;
    }

    public boolean onTime() {
        return deliveredAt <= promisedAt + 1e-9;
    }

    double value() {
        return agreedPrice * quantity;
    }

    public double margin() {
        return (agreedPrice - product.spec.unitCost()) * quantity;
    }
}
