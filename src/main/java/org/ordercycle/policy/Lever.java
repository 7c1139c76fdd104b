package org.ordercycle.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ordercycle.scenario.bind.Suggest;

/**
 * The coordination levers of model.md. Each lever chooses the decision rule of one department at
 * one decision point and has two or more {@link Setting settings}, in a fixed order; the siloed
 * and joint presets each use one of them (the same one for a lever whose presets agree, such as
 * replenishment). Names are the command-line names. New levers are appended last, so that the
 * order of existing levers (attribution designs, tables) does not move.
 *
 * <p>The main lever of each step (the first lever of its step) has a last setting,
 * {@link Setting#STEP_OFF}, that switches the step off: what the company does without that step.
 * It is last so that the indices of the other settings, the presets and attribution designs stay.
 */
public enum Lever {
    JOINT_PLANNING("joint-planning", 1, "planning", "forecast and capacity plan", 0, 2,
            "inflate-and-discount", "Marketing inflates its forecast and production discounts it when committing capacity and stock",
            "adaptive", "Marketing inflates its forecast; production learns marketing's inflation from history and discounts by its estimate",
            "consensus", "Marketing and production build one forecast from the demand history and every lead in the pipeline, "
                    + "service's included, at the cost of weekly meetings",
            Setting.STEP_OFF, "Nobody plans: the lines run their maximum regular hours and stock targets use the true mean demand "
                    + "(replenishment still orders up to, or anchors on, those targets)"),
    CAPACITY_INFO("capacity-info", 2, "sales", "lead qualification", 0, 1,
            "off", "Sales qualifies leads on order size only",
            "on", "Production shares which lines have spare capacity: sales steers flexible customers there with a discount",
            Setting.STEP_OFF, "Sales does not handle leads: every lead becomes an order request at once, quoted the standard lead time "
                    + "(stock-info then has no effect)"),
    STOCK_INFO("stock-info", 2, "sales", "quoted lead time", 0, 1,
            "off", "Sales quotes the standard lead time even when the goods are in stock",
            "on", "The warehouse shares its stock: sales promises immediate delivery and wins impatient customers"),
    CAPACITY_PRICING("capacity-pricing", 3, "sales", "price", 0, 1,
            "list", "List price with volume discount, blind to cost and capacity",
            "capacity", "Discount where capacity is idle, none where it is scarce",
            Setting.STEP_OFF, "Nobody prices: every order pays the list price, without volume or special discount"),
    SHARED_ENTRY("shared-entry", 4, "order entry", "record and hand-off", 0, 1,
            "rekey", "Each department keys the order into its own record and hands it over in batches through an inbox: "
                    + "more keyings, more chances to err",
            "shared", "One shared record, keyed once and handed over at once",
            Setting.STEP_OFF, "Nobody enters orders: each goes straight to selection, instantly and without error"),
    STRATEGIC_SELECTION("strategic-selection", 5, "order selection", "acceptance, priority and promise", 0, 2,
            "junior", "Junior staff accept by size, first come first served, and promise the standard lead time",
            "senior-capacity", "Senior sales staff see the line's load: they accept by size, promise capable-to-promise "
                    + "dates and refuse orders the line cannot make by the date the customer asked for",
            "executive", "Executives accept by strategic value and capacity, prioritise key accounts and promise capable-to-promise dates",
            Setting.STEP_OFF, "Nobody selects: every order is accepted and promised at the lead time the customer asked for"),
    JOINT_SCHEDULING("joint-scheduling", 6, "production", "dispatch and expedites", 0, 1,
            "campaign", "Production runs long campaigns; marketing escalates urgent orders and breaks the schedule",
            "joint", "Priority- and setup-aware dispatch; expedites only for important customers, within a budget",
            Setting.STEP_OFF, "Nobody schedules: every line works first come first served, with no escalation and no expedite"),
    PROMISE_TRACKING("promise-tracking", 7, "shipping", "shipment", 0, 1,
            "off", "Nobody watches the promised date once the order is accepted",
            "on", "The promised date is tracked end to end; orders at risk are rescued with premium freight",
            Setting.STEP_OFF, "No shipping step: goods count as delivered the moment they are available, without carrier or transit"),
    BILLING_CHECK("billing-check", 8, "billing", "invoice content", 0, 2,
            "order-record", "Invoices are built from the order record: ordered quantity, recorded price",
            "shipping-only", "Billing consults shipping for quantity and timing but not sales: the recorded price stays",
            "shipping-and-sales", "Billing consults shipping for quantity and sales for the agreed price",
            Setting.STEP_OFF, "No billing department: a correct bill for what ships is settled at shipment, with no invoicing work, "
                    + "errors or disputes (customer-format then has no effect)"),
    CUSTOMER_FORMAT("customer-format", 8, "billing", "invoice format", 0, 1,
            "company", "Invoices in the company's own format",
            "customer", "Invoices in the format each customer asks for"),
    RETURNS_PROCEDURE("returns-procedure", 9, "returns", "return handling", 0, 1,
            "handoffs", "Retailer, logistics and finance hand a return over one after another",
            "coordinated", "One procedure: return authorised, picked up and refunded in a coordinated flow",
            Setting.STEP_OFF, "No returns step: customers keep what they receive, nothing is returned or refunded"),
    SERVICE_LINK("service-link", 10, "after-sales service", "service visit", 0, 1,
            "off", "Technicians visit without the customer's context (longer diagnosis, more failed visits); the needs "
                    + "they see are lost",
            "on", "Sales briefs the technician (sales time); the needs a visit reveals reach sales as leads and the "
                    + "planners' pipeline",
            Setting.STEP_OFF, "No after-sales service: no customer calls, no visits, no briefings"),
    REPLENISHMENT("replenishment", 1, "planning", "replenishment order", 0, 0,
            "order-up-to", "Production orders up to its target stock, counting the stock on hand and every order already in the pipeline",
            "anchoring", "Anchoring and adjustment (Sterman 1989): production adjusts towards its target stock but "
                    + "under-weights the supply line already on order");

    private final String cliName;
    private final int step;
    private final String department;
    private final String decision;
    private final List<Setting> settings;
    private final int siloedIndex;
    private final int jointIndex;

    /** @param namesAndBehaviours each setting's name followed by its behaviour, in the settings' order */
    Lever(String cliName, int step, String department, String decision, int siloedIndex, int jointIndex,
          String... namesAndBehaviours) {
        this.cliName = cliName;
        this.step = step;
        this.department = department;
        this.decision = decision;
        List<Setting> list = new ArrayList<>();
        for (int i = 0; i < namesAndBehaviours.length; i += 2) {
            list.add(new Setting(this, namesAndBehaviours[i], namesAndBehaviours[i + 1]));
        }
        this.settings = List.copyOf(list);
        this.siloedIndex = siloedIndex;
        this.jointIndex = jointIndex;
    }

    /** Command-line and file name, e.g. {@code billing-check}. */
    public String cliName() {
        return cliName;
    }

    /** Step of the order cycle (1..10) the lever belongs to. */
    public int step() {
        return step;
    }

    /** The department whose decision rule the lever chooses, e.g. {@code order selection}. */
    public String department() {
        return department;
    }

    /** The decision point the lever's settings fill, e.g. {@code invoice content}. */
    public String decision() {
        return decision;
    }

    /** The lever's settings (two or more), in their fixed order. */
    public List<Setting> settings() {
        return settings;
    }

    /** The setting the siloed preset uses. */
    public Setting siloedPreset() {
        return settings.get(siloedIndex);
    }

    /** The setting the joint preset uses. */
    public Setting jointPreset() {
        return settings.get(jointIndex);
    }

    /**
     * The settings that choose how the step is coordinated: every setting but step-off. Factorial
     * designs cross these; step-off is chosen by name (--lever, --settings, policy files).
     */
    public List<Setting> coordinationSettings() {
        return settings.stream().filter(s -> !s.stepOff()).toList();
    }

    /** The step-off setting of a step's main lever, or null for a second lever of its step. */
    public Setting stepOff() {
        return setting(Setting.STEP_OFF);
    }

    /** The main lever of a step (1..10): the one whose step-off setting switches the step off. */
    public static Lever mainOf(int step) {
        for (Lever lever : values()) {
            if (lever.step == step && lever.stepOff() != null) {
                return lever;
            }
        }
        throw new IllegalArgumentException("no step " + step + "; steps are 1 to 10");
    }

    /** The setting with this exact name, or null. */
    public Setting setting(String name) {
        for (Setting s : settings) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** The setting with this exact name; throws IllegalArgumentException naming the settings when there is none. */
    public Setting settingNamed(String name) {
        Setting s = setting(name);
        if (s == null) {
            throw new IllegalArgumentException("lever " + cliName + " has no setting '" + name + "'; settings: "
                    + String.join(", ", settingNames()));
        }
        return s;
    }

    /** The names of the settings, in order. */
    public List<String> settingNames() {
        return settings.stream().map(Setting::name).toList();
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

    /** Every lever's command-line name, in declaration order. */
    public static List<String> cliNames() {
        return Arrays.stream(values()).map(Lever::cliName).toList();
    }

    /** Every lever name, comma separated. */
    public static String names() {
        return String.join(", ", cliNames());
    }
}
