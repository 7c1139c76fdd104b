package org.ordercycle.scenario;

/**
 * Parameters of the ten steps. Levers choose between the siloed and the joint behaviour; the
 * parameters here set the magnitudes of both. A step is switched off by a policy (the step-off
 * setting of its main lever), not by the scenario; "Off:" in each step's description says what
 * the company then does.
 */
@Doc("Parameters of the ten steps of the order cycle")
public record Steps(
        Planning planning, Generation generation, Pricing pricing, Entry entry, Selection selection,
        Scheduling scheduling, Fulfilment fulfilment, Billing billing, Returns returns, Service service) {

    /** Step 1: forecast and capacity, inventory and staff plan. */
    @Doc("Step 1, order planning. Off: lines run their maximum regular hours and stock targets use the true mean demand")
    public record Planning(
            @Doc("Length of a planning period in days") @Default("7") @Range(min = 1, max = 365) double periodDays,
            @Doc("How planners smooth the demand history they have seen: movingAverage or exponentialSmoothing")
            @Default("movingAverage") ForecastMethod forecast,
            @Doc("Periods averaged by the movingAverage forecast") @Default("4") @Range(min = 1, max = 520)
            int movingAveragePeriods,
            @Doc("Weight of the newest period in the exponentialSmoothing forecast") @Default("0.3")
            @Range(min = 0, max = 1, minExclusive = true) double smoothingAlpha,
            @Doc("Siloed marketing's usual inflation of its forecast, as a share") @Default("0.2")
            @Range(min = -0.9, max = 5) double inflationMean,
            @Doc("Standard deviation of marketing's judgement around its inflation, period to period") @Default("0.1")
            @Range(min = 0, max = 5) double inflationSd,
            @Doc("Extra inflation marketing aims for per share of demand it saw backordered last period")
            @Default("0.5") @Range(min = 0, max = 10) double shortageInflation,
            @Doc("Share of the gap to its aimed inflation marketing closes each period (anchoring and adjustment)")
            @Default("0.5") @Range(min = 0, max = 1, minExclusive = true) double inflationAdjustment,
            @Doc("Share production takes off the forecast it receives (siloed rule of thumb; also its first belief)")
            @Default("0.15") @Range(min = 0, max = 1, maxExclusive = true) double productionDiscount,
            @Doc("Weight of the newest known period when production learns marketing's inflation (adaptive)")
            @Default("0.2") @Range(min = 0, max = 1, minExclusive = true) double learningRate,
            @Doc("Periods before production learns a period's actual demand (adaptive)") @Default("1")
            @Range(min = 0, max = 52) int learningLagPeriods,
            @Doc("Autocorrelation of marketing's judgement deviation from one period to the next (it persists)")
            @Default("0.8") @Range(min = 0, max = 1, maxExclusive = true) double errorAutocorrelation,
            @Doc("Hours of marketing and production staff time per period that joint planning meetings take")
            @Default("6") @Range(min = 0) double meetingHoursPerPeriod,
            @Doc("Safety factor z of make-to-stock targets (safety stock = z x forecast error sd x sqrt(cover))")
            @Default("1.28") @Range(min = 0, max = 5) double safetyFactor,
            @Doc("Replenishment lead time assumed by stock targets, in periods") @Default("1") @Range(min = 0, max = 52)
            double replenishmentPeriods,
            @Doc("Anchoring replenishment: share of the stock gap ordered each period (Sterman 1989 alpha_S)")
            @Default("0.26") @Range(min = 0, max = 1) double stockAdjustment,
            @Doc("Anchoring replenishment: weight given to the supply line on order (Sterman 1989 beta; 1 = rational)")
            @Default("0.34") @Range(min = 0, max = 1) double supplyLineWeight) {

        /** How the demand history is smoothed. */
        public enum ForecastMethod { movingAverage, exponentialSmoothing }
    }

    /** Step 2: sales turns leads into orders. */
    @Doc("Step 2, order generation. Off: every lead becomes an order request without sales handling")
    public record Generation(
            @Doc("Siloed sales pursues only leads of at least this many units") @Default("1") @Range(min = 0)
            double minQualifiedSize,
            @Doc("A line whose backlog exceeds this many days of work is congested (capacity-info)") @Default("5")
            @Range(min = 0) double congestedLoadDays,
            @Doc("Discount sales may offer to steer a flexible customer to a product with spare capacity") @Default("0.05")
            @Range(min = 0, max = 1, maxExclusive = true) double steeringDiscount,
            @Doc("Sales hours per working day spent on information sharing when capacity-info or stock-info is on")
            @Default("0.5") @Range(min = 0) double sharingHoursPerDay) {
    }

    /** Step 3: the quoted price. */
    @Doc("Step 3, cost estimation and pricing. Off: list price, no discount")
    public record Pricing(
            @Doc("Below this many days of backlog the line is idle: capacity pricing grants idleDiscount") @Default("1.5")
            @Range(min = 0) double idleLoadDays,
            @Doc("Above this many days of backlog capacity is scarce: capacity pricing grants no discount") @Default("6")
            @Range(min = 0) double scarceLoadDays,
            @Doc("Discount granted where capacity is idle (capacity-pricing)") @Default("0.06")
            @Range(min = 0, max = 1, maxExclusive = true) double idleDiscount) {
    }

    /** Step 4: order receipt and entry. */
    @Doc("Step 4, order receipt and entry. Off: instantaneous, error-free")
    public record Entry(
            @Doc("Siloed: orders wait in an inbox collected every this many days") @Default("1") @Range(min = 0)
            double inboxIntervalDays,
            @Doc("Probability that one keying of an order (one department typing it into its own record) introduces an"
                    + " error; the same under both settings") @Default("0.01") @Range(min = 0, max = 1)
            double errorPerKeying,
            @Doc("Siloed: how many departments key the order into their own record (1: order entry; 2: sales' order form"
                    + " and order entry, whose record billing reads; 3: billing also types its own invoicing record)."
                    + " A shared record is keyed once") @Default("2") @Range(min = 1, max = 3) int keyingsWhenRekeyed,
            @Doc("Time one department takes to re-key the order into its own record (siloed), at sales and at billing;"
                    + " order entry's keying takes its handling time")
            @Default("{dist: exponential, mean: 10, unit: minute}") Dist rekeyTime) {
    }

    /** Step 5: order selection and prioritisation. */
    @Doc("Step 5, order selection and prioritisation. Off: every order accepted, promised at its requested lead time")
    public record Selection(
            @Doc("Junior staff accept only orders of at least this many units") @Default("1") @Range(min = 0)
            double juniorMinSize,
            @Doc("Executives refuse low-value orders when the line backlog exceeds this many days, or when the line"
                    + " cannot make the order by its quoted date") @Default("15")
            @Range(min = 0) double capacityLimitDays,
            @Doc("Strategic value (importance x margin) below which executives refuse when capacity is short")
            @Default("1000") @Range(min = 0) double minStrategicValue,
            @Doc("Days added to a capable-to-promise date as a buffer") @Default("1") @Range(min = 0) double promiseBufferDays) {
    }

    /** Step 6: scheduling of the lines. */
    @Doc("Step 6, scheduling. Off: first come first served on every line, no escalation")
    public record Scheduling(
            @Doc("Siloed production keeps a product on the line for up to this many days of work") @Default("5")
            @Range(min = 0) double campaignDays,
            @Doc("Probability that marketing escalates an order at risk of a customer of importance 1 (siloed);"
                    + " importance multiplies it, up to 1") @Default("0.5") @Range(min = 0, max = 1)
            double escalationProbability,
            @Doc("An order waiting on its line is at risk when the days left to its promise are fewer than its own"
                    + " production, the expected shipping and this margin") @Default("3")
            @Range(min = 0) double urgentSlackDays,
            @Doc("Fee of one schedule break (expedite): overtime, disruption") @Default("300") @Range(min = 0)
            double expediteFee,
            @Doc("Joint scheduling: most expedites per planning period") @Default("2") @Range(min = 0) int expediteBudgetPerPeriod,
            @Doc("Joint scheduling expedites only for segments of at least this importance") @Default("2") @Range(min = 0)
            double expediteMinImportance) {
    }

    /** Step 7: fulfilment. */
    @Doc("Step 7, fulfilment. Off: delivered the moment goods are available")
    public record Fulfilment(
            @Doc("Promise tracking rescues an order with premium freight when it would arrive later than this many days"
                    + " before its promise") @Default("0") @Range(min = 0) double rescueMarginDays) {
    }

    /** Step 8: billing. */
    @Doc("Step 8, billing. Off: a correct invoice is issued at shipment and paid at once")
    public record Billing(
            @Doc("Extra billing time to consult shipping and sales (billing-check)")
            @Default("{dist: exponential, mean: 6, unit: minute}") Dist checkTime,
            @Doc("Extra billing time to issue an invoice in the customer's format (customer-format)")
            @Default("{dist: exponential, mean: 4, unit: minute}") Dist customerFormatTime,
            @Doc("Billing time to resolve one disputed invoice") @Default("{dist: exponential, mean: 45, unit: minute}")
            Dist disputeTime,
            @Doc("Days a customer takes to dispute a wrong invoice (unit ignored)") @Default("{dist: exponential, mean: 15}")
            Dist disputeDelay,
            @Doc("Probability that billing's check of shipping and sales misses an error (billing-check)") @Default("0.1")
            @Range(min = 0, max = 1) double checkMissRate,
            @Doc("Billing clerks hired on top of departments.billing.staff when billing-check is joint (the check adds work to every invoice); paid only then")
            @Default("0") @Range(min = 0, max = 10000) int extraStaffWhenChecking) {
    }

    /** Step 9: returns and claims. */
    @Doc("Step 9, returns and claims. Off: no returns")
    public record Returns(
            @Doc("Handoffs: the paperwork of a return passes to the next department (the carrier, then finance) in a batch"
                    + " every this many days; 0 passes it on at once") @Default("2") @Range(min = 0, max = 365)
            double handoffIntervalDays,
            @Doc("The carrier collects returned goods on rounds every this many days, under both settings; 0 collects"
                    + " at once") @Default("2") @Range(min = 0, max = 365) double collectionIntervalDays,
            @Doc("Finance (billing staff) time to prepare one refund") @Default("{dist: exponential, mean: 15, unit: minute}")
            Dist refundTime,
            @Doc("Share of returned make-to-stock units fit to go back to stock; the rest, and all make-to-order goods, is scrapped") @Default("0.7")
            @Range(min = 0, max = 1) double restockRate) {
    }

    /** Step 10: after-sales service. */
    @Doc("Step 10, after-sales service. Off: no service visits")
    public record Service(
            @Doc("Days from delivery to the service request (unit ignored)") @Default("{dist: exponential, mean: 20}")
            Dist requestDelay,
            @Doc("Duration of a service visit (working time)") @Default("{dist: gamma, mean: 3, sd: 1.5, unit: hour}")
            Dist visitTime,
            @Doc("Extra working time on site for a technician without the customer's context (what was sold, what"
                    + " happened since) to diagnose the problem") @Default("{dist: gamma, mean: 1.2, sd: 0.6, unit: hour}")
            Dist diagnosisTime,
            @Doc("Probability that a visit does not fix the problem although the technician has the context (a second"
                    + " visit follows)") @Default("0.1") @Range(min = 0, max = 1) double unfixedProbability,
            @Doc("Further probability that a visit without the customer's context does not fix the problem (wrong part,"
                    + " wrong diagnosis)") @Default("0.17") @Range(min = 0, max = 1) double unfixedWithoutContext,
            @Doc("Sales time to brief the technician before a visit (service-link)")
            @Default("{dist: exponential, mean: 15, unit: minute}") Dist briefingTime,
            @Doc("Probability that a visit reveals a new need of the customer; with service-link it reaches sales as a"
                    + " lead, siloed the technician does not pass it on") @Default("0.05") @Range(min = 0, max = 1)
            double needRevealedPerVisit) {
    }
}
