package org.ordercycle.scenario;

import java.util.List;

/** The departments that handle orders. Production is described by {@link Line}s. */
@Doc("Departments")
public record Departments(
        @Doc("Marketing: handling is the time to escalate one urgent order") Staffed marketing,
        @Doc("Sales: handling is the time to qualify and quote one lead") Staffed sales,
        @Doc("Order entry: handling is the time to key one order") Staffed orderEntry,
        @Doc("Junior staff who select and prioritise orders under the siloed policy") Staffed juniorSelection,
        @Doc("Executives (marketing, production, strategy) who select under the joint policy") Staffed executiveSelection,
        @Doc("Warehouse and shipping: handling is pick-and-pack of one shipment") Staffed warehouse,
        @Doc("Billing and finance: handling is building one invoice; finance staff also prepare refunds (steps.returns.refundTime)")
        Staffed billing,
        @Doc("Returns desk: handling is authorising one return") Staffed returns,
        @Doc("After-sales service and installation technicians, by skill") @Default("[]") List<Skill> service) {

    /** A group of technicians sharing a skill. */
    @Doc("Technicians of one skill")
    public record Skill(
            @Doc("Identifier, referenced by products' installSkills") String id,
            @Doc("Number of technicians") @Range(min = 1, max = 10000) int technicians,
            @Doc("Cost of one technician hour") @Default("70") @Range(min = 0) double wagePerHour) {
    }
}
