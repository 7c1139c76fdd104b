package org.ordercycle.stats;

/**
 * Every measure a replication reports, with its unit and meaning. Keys are the names used in
 * JSON, CSV and charts. Money is in the scenario's currency; durations are in days; rates are
 * shares in [0, 1]. "Delivered orders" are orders whose last shipment reached the customer
 * after the warm-up.
 */
public enum Measure {
    // delivery
    LEAD_TIME_MEAN(Area.delivery, "days", true, "Mean time from order placement to delivery of delivered orders"),
    LEAD_TIME_P50(Area.delivery, "days", true, "Median lead time (P-square streaming estimate)"),
    LEAD_TIME_P90(Area.delivery, "days", true, "90th percentile of lead time (P-square streaming estimate)"),
    LEAD_TIME_P95(Area.delivery, "days", true, "95th percentile of lead time (P-square streaming estimate)"),
    PROMISED_LEAD_TIME_MEAN(Area.delivery, "days", true, "Mean promised lead time of delivered orders"),
    ON_TIME_RATE(Area.delivery, "share", true, "Share of delivered orders delivered by their promised date"),
    LATENESS_MEAN(Area.delivery, "days", true, "Mean days late past the promise, over delivered orders (0 when on time)"),
    FILL_RATE(Area.delivery, "share", true, "Share of ordered make-to-stock units shipped from stock at the first shipment"),
    BACKORDERS(Area.delivery, "orders", true, "Make-to-stock orders that could not be shipped whole from stock"),
    PARTIAL_SHIPMENTS(Area.delivery, "shipments", false, "Shipments of part of an order"),
    UNATTENDED_TIME_MEAN(Area.delivery, "days", true, "Mean time a delivered order spent in hand-offs with no owner"),
    LEADS(Area.delivery, "leads", true, "Inquiries that reached sales"),
    LEADS_UNQUALIFIED(Area.delivery, "leads", true, "Leads sales did not pursue"),
    QUOTES_DECLINED(Area.delivery, "leads", true, "Quotes the customer declined (price or lead time)"),
    ORDERS_ENTERED(Area.delivery, "orders", true, "Orders placed by customers and received by order entry"),
    ORDERS_DELIVERED(Area.delivery, "orders", true, "Orders fully delivered"),
    ORDERS_REJECTED(Area.delivery, "orders", true, "Orders refused by order selection"),
    ORDERS_LOST(Area.delivery, "orders", true, "Orders the customer withdrew because the promised date was too late"),
    ORDERS_RETURNED(Area.delivery, "orders", true, "Delivered orders returned by the customer"),
    ORDERS_IN_PROGRESS(Area.delivery, "orders", false, "Orders not ended at the end of the run: not yet delivered, or delivered with an invoice open or a return pending"),
    // cost and money
    COMMITTED_CAPACITY_COST(Area.cost, "money", false, "Regular line hours committed by the plan, used or not"),
    IDLE_CAPACITY_COST(Area.cost, "money", false, "Part of the committed capacity cost that stayed idle"),
    OVERTIME_COST(Area.cost, "money", false, "Overtime line hours at their premium"),
    CHANGEOVERS(Area.cost, "changeovers", false, "Line set-ups"),
    CHANGEOVER_COST(Area.cost, "money", false, "Cost of line set-ups"),
    SCHEDULE_BREAKS(Area.cost, "breaks", false, "Campaigns interrupted by an escalation or an expedite"),
    ESCALATIONS(Area.cost, "orders", false, "Orders at risk pushed ahead on their line: marketing's escalations (siloed) or expedites of the joint schedule"),
    EXPEDITE_COST(Area.cost, "money", false, "Fees of schedule breaks"),
    PREMIUM_SHIPMENTS(Area.cost, "shipments", false, "Shipments sent by premium freight"),
    PREMIUM_FREIGHT_COST(Area.cost, "money", false, "Cost of premium shipments"),
    SHIPPING_COST(Area.cost, "money", false, "Cost of standard shipments, with the on-demand pick-up fee where the scenario buys it"),
    HOLDING_COST(Area.cost, "money", false, "Inventory holding cost (time-weighted stock value)"),
    LOST_MARGIN(Area.cost, "money", false, "Margin of leads not pursued and of orders rejected or lost on the promise (opportunity, not in total cost)"),
    HANDLING_LABOUR_COST(Area.cost, "money", false, "Paid shifts of the departments, busy or idle, less their time on coordination, billing rework and returns"),
    COORDINATION_COST(Area.cost, "money", false, "Meetings, information sharing, escalations and briefings"),
    BILLING_REWORK_COST(Area.cost, "money", false, "Billing time resolving disputes, plus credit note administration"),
    RETURNS_HANDLING_COST(Area.cost, "money", false, "Returns desk time"),
    SERVICE_LABOUR_COST(Area.cost, "money", false, "Paid shifts of the technicians, busy or idle"),
    CAPITAL_COST(Area.cost, "money", false, "Cost of capital tied up in receivables"),
    TOTAL_COST(Area.cost, "money", false, "Sum of all operating costs above except idle capacity (already in committed) and lost margin"),
    REVENUE(Area.cost, "money", true, "Goods delivered after the warm-up at the agreed price, less returns (recognised at delivery)"),
    MARGIN(Area.cost, "money", false, "Revenue less the unit cost of the goods delivered (scrapped returns included)"),
    PROFIT(Area.cost, "money", false, "Margin less total cost"),
    COST_PER_ORDER(Area.cost, "money/order", false, "Total cost per delivered order"),
    DSO(Area.cost, "days", true, "Days sales outstanding: mean days from the first invoice to payment, a disputed invoice's replacement counted from the first"),
    CASH_TIED_UP(Area.cost, "money", false, "Time-average of receivables"),
    STAFF_COST(Area.cost, "money", false, "Paid shifts of all departments and technicians, busy or idle (already in handling, coordination, rework, returns and service labour)"),
    INVOICED_AMOUNT(Area.cost, "money", false, "Invoices issued after the warm-up less credit notes"),
    RECEIVABLES_END(Area.cost, "money", false, "Invoiced and not yet paid at the end of the run"),
    DISPUTED_END(Area.cost, "money", false, "Part of the receivables at the end of the run that customers dispute"),
    UNBILLED_END(Area.cost, "money", false, "Delivered and not yet invoiced at the end of the run, at the agreed price, less amounts invoiced ahead of delivery"),
    WORK_IN_PROGRESS_END(Area.cost, "money", false, "Goods made or picked for orders and not yet at the customer at the end of the run, at unit cost"),
    // billing
    BILLING_ERROR_RATE(Area.billing, "share", true, "Share of invoices with at least one error"),
    ERROR_QUANTITY_RATE(Area.billing, "share", false, "Share of invoices billing goods not shipped"),
    ERROR_PRICE_RATE(Area.billing, "share", false, "Share of invoices at a price that was not agreed"),
    ERROR_ENTRY_RATE(Area.billing, "share", false, "Share of invoices carrying an order-entry error"),
    ERROR_FORMAT_RATE(Area.billing, "share", false, "Share of invoices in a format the customer did not ask for"),
    DISPUTED_AMOUNT(Area.billing, "money", false, "Amount of invoices disputed by customers"),
    DISPUTE_RESOLUTION_TIME_MEAN(Area.billing, "days", false, "Mean days from invoice to the resolution of a dispute"),
    REFUND_CYCLE_TIME_MEAN(Area.billing, "days", false, "Mean days from return request to refund"),
    // planning
    FORECAST_BIAS(Area.planning, "share", false, "Sum of (forecast - demand) / sum of demand, over periods and products after the warm-up"),
    FORECAST_ERROR(Area.planning, "share", false, "Sum of |forecast - demand| / sum of demand (weighted absolute percentage error)"),
    PLAN_BIAS(Area.planning, "share", false, "Sum of (production plan - demand) / sum of demand"),
    CAPACITY_UTILISATION(Area.planning, "share", false, "Line hours producing or setting up / hours available (regular and overtime)"),
    VARIANCE_AMPLIFICATION(Area.planning, "ratio", false, "Var(production orders) / Var(demand) per period, make-to-stock products"),
    QUARTERLY_AMPLIFICATION(Area.planning, "ratio", false, "The same ratio on 13-week sums, as Bray & Mendelson (2012) measure it "
            + "(median firm 1.067); n/a without a make-to-stock product or with fewer than 8 quarters after the warm-up"),
    // customer
    SATISFACTION_INDEX(Area.customer, "0-100", true,
            "100 x (0.35 on-time + 0.25 fill + 0.25 (1 - billing errors) + 0.15 (1 - repeat service visits))"),
    REPEAT_VISIT_RATE(Area.customer, "share", false, "Share of service visits that had to be repeated");

    /** The word in a unit label that stands for the scenario's currency, replaced by its code where known. */
    public static final String CURRENCY = "currency";

    /** Labels for keys that do not read well once put in words (see {@link #label()}). */
    private static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("lead_time_p50", "Lead time, median"),
            java.util.Map.entry("lead_time_p90", "Lead time, 90th percentile"),
            java.util.Map.entry("lead_time_p95", "Lead time, 95th percentile"),
            java.util.Map.entry("on_time_rate", "On-time delivery"),
            java.util.Map.entry("leads_unqualified", "Leads not pursued by sales"),
            java.util.Map.entry("cost_per_order", "Cost per delivered order"),
            java.util.Map.entry("dso", "Days sales outstanding"),
            java.util.Map.entry("billing_error_rate", "Invoices with an error"),
            java.util.Map.entry("error_quantity_rate", "Invoices billing goods not shipped"),
            java.util.Map.entry("error_price_rate", "Invoices at a price not agreed"),
            java.util.Map.entry("error_entry_rate", "Invoices carrying an order-entry error"),
            java.util.Map.entry("error_format_rate", "Invoices in a format the customer did not ask"),
            java.util.Map.entry("satisfaction_index", "Satisfaction index"),
            java.util.Map.entry("quarterly_amplification", "Variance amplification, quarterly"),
            java.util.Map.entry("repeat_visit_rate", "Service visits repeated"));
    /** Shorter labels for narrow tables, where the label would not fit. */
    private static final java.util.Map<String, String> SHORT_LABELS = java.util.Map.of(
            "lead_time_p90", "Lead time, 90th pct",
            "lead_time_p95", "Lead time, 95th pct",
            "cost_per_order", "Cost per order",
            "error_quantity_rate", "Invoices: goods not shipped",
            "error_price_rate", "Invoices: price not agreed",
            "error_entry_rate", "Invoices: entry error",
            "error_format_rate", "Invoices: wrong format",
            "dispute_resolution_time_mean", "Dispute resolution, mean",
            "quarterly_amplification", "Amplification, quarterly");

    private final Area area;
    private final String unit;
    private final boolean perSegment;
    private final String description;
    private final String key;

    Measure(Area area, String unit, boolean perSegment, String description) {
        this.area = area;
        this.unit = unit;
        this.perSegment = perSegment;
        this.description = description;
        this.key = name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Name in outputs: the constant in lower case, e.g. {@code lead_time_p90}. */
    public String key() {
        return key; // kept: reports look measures up by key thousands of times
    }

    public Area area() {
        return area;
    }

    public String unit() {
        return unit;
    }

    /** True when the measure is also reported for each customer segment. */
    public boolean perSegment() {
        return perSegment;
    }

    /**
     * The label readers see, in the command line and in the report: e.g. "Lead time, mean",
     * "Days sales outstanding". Keys that read well are put in words, a trailing "mean" after a comma.
     */
    public String label() {
        String fixed = LABELS.get(key());
        if (fixed != null) {
            return fixed;
        }
        String words = key().replace('_', ' ');
        if (words.endsWith(" mean")) {
            words = words.substring(0, words.length() - 5) + ", mean";
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The label in a narrow table: shorter where {@link #label()} is long. */
    public String shortLabel() {
        return SHORT_LABELS.getOrDefault(key(), label());
    }

    /**
     * The unit as readers see it next to a value: "%" for shares (shown as percentages),
     * "currency" for money (the scenario's currency), "per order", "out of 100", or the unit itself.
     */
    public String unitLabel() {
        return switch (unit) {
            case "share" -> "%";
            case "money" -> CURRENCY;
            case "money/order" -> "per order";
            case "0-100" -> "out of 100";
            default -> unit;
        };
    }

    public String description() {
        return description;
    }

    /** Labels and units of the queueing statistics kept per department, line and company (see ReplicationResult). */
    private static final java.util.Map<String, String[]> QUEUE_STATS = java.util.Map.of(
            "arrival_rate", new String[] {"arrivals per day", "per day"},
            "wait", new String[] {"wait in queue, mean", "days"},
            "sojourn", new String[] {"time inside, mean", "days"},
            "in_system", new String[] {"jobs present, time-average", "jobs"},
            "end_effect", new String[] {"jobs cut by the window edges", "jobs"},
            "utilisation", new String[] {"utilisation", "%"},
            "queue_first", new String[] {"queue, first part of the run", "jobs"},
            "queue_last", new String[] {"queue, last part of the run", "jobs"});
    private static final java.util.Map<String, String> STEP_KINDS = java.util.Map.of(
            "queue", "waiting in queue", "processing", "being worked on", "unattended", "in unowned hand-offs",
            "closed", "waiting for working hours");

    /**
     * The label of any key of a result, in words: a measure's {@link #label()}, or for the
     * bracketed keys "Order entry: wait in queue, mean", "Line L1: utilisation", "Entry:
     * waiting in queue" (mean days per delivered order), "Company: time inside, mean", and a measure per segment "Fill rate, segment b2b".
     */
    public static String labelOf(String key) {
        int open = key.indexOf('[');
        if (open < 0 || !key.endsWith("]")) {
            return byKey(key).label();
        }
        String head = key.substring(0, open);
        String inside = key.substring(open + 1, key.length() - 1);
        int dot = inside.lastIndexOf('.');
        String owner = dot < 0 ? "" : words(inside.substring(0, dot));
        String stat = dot < 0 ? inside : inside.substring(dot + 1);
        return switch (head) {
            case "department" -> capitalise(owner) + ": " + queueStat(stat)[0];
            case "line" -> "Line " + inside.substring(0, Math.max(dot, 0)) + ": " + queueStat(stat)[0];
            case "system" -> "Company (orders placed, not ended): " + queueStat(stat)[0];
            case "step_time" -> capitalise(owner) + ": " + STEP_KINDS.getOrDefault(stat, words(stat));
            default -> byKey(head).label() + ", segment " + inside;
        };
    }

    /** The unit of any key as {@link #unitLabel()} gives it: "days", "%", "jobs", "per day", "currency". */
    public static String unitLabelOf(String key) {
        int open = key.indexOf('[');
        if (open < 0 || !key.endsWith("]")) {
            return byKey(key).unitLabel();
        }
        String head = key.substring(0, open);
        String inside = key.substring(open + 1, key.length() - 1);
        String stat = inside.substring(inside.lastIndexOf('.') + 1);
        return switch (head) {
            case "department", "line", "system" -> queueStat(stat)[1];
            case "step_time" -> "days";
            default -> byKey(head).unitLabel();
        };
    }

    private static String[] queueStat(String stat) {
        return QUEUE_STATS.getOrDefault(stat, new String[] {words(stat), ""});
    }

    private static String words(String id) {
        return id.replace('-', ' ').replace('_', ' ');
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }


    /** Which way a measure improves, for choosing the best policy on it. */
    public enum Direction {
        /** More is better: revenue, profit, on-time delivery, fill rate, satisfaction. */
        HIGHER,
        /** Less is better: times, costs, errors, losses. */
        LOWER,
        /** Neither way is better in itself (volumes, biases, utilisation). */
        NONE
    }

    /** Which way the measure improves; {@link Direction#NONE} where "better" depends on the purpose. */
    public Direction direction() {
        return switch (this) {
            case ON_TIME_RATE, FILL_RATE, ORDERS_DELIVERED, REVENUE, MARGIN, PROFIT, SATISFACTION_INDEX ->
                    Direction.HIGHER;
            case LEADS, LEADS_UNQUALIFIED, ORDERS_ENTERED, ORDERS_IN_PROGRESS, COMMITTED_CAPACITY_COST,
                 STAFF_COST, INVOICED_AMOUNT, RECEIVABLES_END, UNBILLED_END, WORK_IN_PROGRESS_END, FORECAST_BIAS,
                 PLAN_BIAS, CAPACITY_UTILISATION -> Direction.NONE;
            default -> Direction.LOWER; // durations, costs, errors, losses, amplification, repeat visits
        };
    }

    /** The measure with this key. */
    public static Measure byKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
