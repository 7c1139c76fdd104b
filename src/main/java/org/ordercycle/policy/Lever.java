package org.ordercycle.policy;

import java.util.Arrays;
import java.util.List;
import org.ordercycle.scenario.bind.Suggest;

/**
 * The coordination levers of model.md. Each lever has two settings: the siloed behaviour the
 * seed describes and the joint behaviour it recommends. Names are the command-line names.
 */
public enum Lever {
    JOINT_PLANNING("joint-planning", 1, "inflate-and-discount", "consensus",
            "Marketing inflates its forecast and production discounts it when committing capacity and stock",
            "One consensus forecast and plan, unbiased and less noisy, at the cost of planning meetings"),
    CAPACITY_INFO("capacity-info", 2, "off", "on",
            "Sales qualifies leads on order size only",
            "Production shares which lines have spare capacity: sales steers flexible customers there with a discount"),
    STOCK_INFO("stock-info", 2, "off", "on",
            "Sales quotes the standard lead time even when the goods are in stock",
            "The warehouse shares its stock: sales promises immediate delivery and wins impatient customers"),
    CAPACITY_PRICING("capacity-pricing", 3, "list", "capacity",
            "List price with volume discount, blind to cost and capacity",
            "Discount where capacity is idle, none where it is scarce"),
    SHARED_ENTRY("shared-entry", 4, "rekey", "shared",
            "Orders are re-keyed and handed over in batches through an inbox; more keying errors",
            "One shared record, immediate hand-off, fewer keying errors"),
    STRATEGIC_SELECTION("strategic-selection", 5, "junior", "executive",
            "Junior staff accept by size, first come first served, and promise the standard lead time",
            "Executives accept by strategic value and capacity, prioritise key accounts and promise capable-to-promise dates"),
    JOINT_SCHEDULING("joint-scheduling", 6, "campaign", "joint",
            "Production runs long campaigns; marketing escalates urgent orders and breaks the schedule",
            "Priority- and setup-aware dispatch; expedites only for important customers, within a budget"),
    PROMISE_TRACKING("promise-tracking", 7, "off", "on",
            "Nobody watches the promised date; shipments wait for the next pick-up",
            "The promised date is tracked end to end; orders at risk are rescued with premium freight"),
    BILLING_CHECK("billing-check", 8, "order-record", "shipping-and-sales",
            "Invoices are built from the order record: ordered quantity, list price",
            "Billing consults shipping for quantity and sales for the agreed price"),
    CUSTOMER_FORMAT("customer-format", 8, "company", "customer",
            "Invoices in the company's own format",
            "Invoices in the format each customer asks for"),
    RETURNS_PROCEDURE("returns-procedure", 9, "handoffs", "coordinated",
            "Retailer, logistics and finance hand a return over one after another",
            "One procedure: return authorised, picked up and refunded in a coordinated flow"),
    SERVICE_LINK("service-link", 10, "off", "on",
            "Service staff are not in touch with sales: longer and repeated visits, insight lost",
            "Sales briefs service; service insight feeds sales (new leads) and planning (lower forecast error)");

    private final String cliName;
    private final int step;
    private final String siloedSetting;
    private final String jointSetting;
    private final String siloedBehaviour;
    private final String jointBehaviour;

    Lever(String cliName, int step, String siloedSetting, String jointSetting, String siloedBehaviour,
          String jointBehaviour) {
        this.cliName = cliName;
        this.step = step;
        this.siloedSetting = siloedSetting;
        this.jointSetting = jointSetting;
        this.siloedBehaviour = siloedBehaviour;
        this.jointBehaviour = jointBehaviour;
    }

    /** Command-line and file name, e.g. {@code billing-check}. */
    public String cliName() {
        return cliName;
    }

    /** Step of the order cycle (1..10) the lever belongs to. */
    public int step() {
        return step;
    }

    /** Name of the siloed setting, e.g. {@code order-record}. */
    public String siloedSetting() {
        return siloedSetting;
    }

    /** Name of the joint setting, e.g. {@code shipping-and-sales}. */
    public String jointSetting() {
        return jointSetting;
    }

    public String siloedBehaviour() {
        return siloedBehaviour;
    }

    public String jointBehaviour() {
        return jointBehaviour;
    }

    /** The name of a setting of this lever. */
    public String settingName(boolean joint) {
        return joint ? jointSetting : siloedSetting;
    }

    /** The lever with this command-line name. */
    public static Lever byName(String name) {
        for (Lever lever : values()) {
            if (lever.cliName.equals(name)) {
                return lever;
            }
        }
        throw new IllegalArgumentException("unknown lever '" + name + "'" + Suggest.hint(name, cliNames()) + "; levers: "
                + names());
    }

    /** Every lever's command-line name, in step order. */
    public static List<String> cliNames() {
        return Arrays.stream(values()).map(Lever::cliName).toList();
    }

    /** Every lever name, comma separated. */
    public static String names() {
        StringBuilder sb = new StringBuilder();
        for (Lever lever : values()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(lever.cliName);
        }
        return sb.toString();
    }

    /**
     * Parses a setting of this lever: its own setting names, or the generic words
     * siloed/joint, off/on, false/true, 0/1.
     */
    public boolean parseSetting(String value) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.equals(jointSetting) || v.equals("joint") || v.equals("on") || v.equals("true") || v.equals("1")) {
            return true;
        }
        if (v.equals(siloedSetting) || v.equals("siloed") || v.equals("off") || v.equals("false") || v.equals("0")) {
            return false;
        }
        throw new IllegalArgumentException("lever " + cliName + " must be " + siloedSetting + " or " + jointSetting
                + " (or siloed/joint), was '" + value + "'");
    }
}
