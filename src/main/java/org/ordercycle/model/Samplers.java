package org.ordercycle.model;

import org.ordercycle.engine.Sampler;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.TimeUnit;

/** Every distribution of a scenario that is not per product or per segment, ready to sample. */
final class Samplers {
    final Sampler marketingTime;
    final Sampler salesTime;
    final Sampler entryTime;
    final Sampler rekeyTime;
    final Sampler juniorTime;
    final Sampler executiveTime;
    final Sampler warehouseTime;
    final Sampler billingTime;
    final Sampler checkTime;
    final Sampler formatTime;
    final Sampler disputeTime;
    final Sampler returnsTime;
    final Sampler visitTime;
    final Sampler briefingTime;
    final Sampler diagnosisTime;
    final Sampler refundTime;
    /** Calendar delays, always in days. */
    final Sampler transit;
    final Sampler premiumTransit;
    final Sampler disputeDelay;
    final Sampler serviceRequestDelay;

    Samplers(Scenario s) {
        TimeUnit unit = s.timeUnit();
        var d = s.departments();
        var st = s.steps();
        marketingTime = Sampler.duration(d.marketing().handling(), unit);
        salesTime = Sampler.duration(d.sales().handling(), unit);
        entryTime = Sampler.duration(d.orderEntry().handling(), unit);
        rekeyTime = Sampler.duration(st.entry().rekeyTime(), unit);
        juniorTime = Sampler.duration(d.juniorSelection().handling(), unit);
        executiveTime = Sampler.duration(d.executiveSelection().handling(), unit);
        warehouseTime = Sampler.duration(d.warehouse().handling(), unit);
        billingTime = Sampler.duration(d.billing().handling(), unit);
        checkTime = Sampler.duration(st.billing().checkTime(), unit);
        formatTime = Sampler.duration(st.billing().customerFormatTime(), unit);
        disputeTime = Sampler.duration(st.billing().disputeTime(), unit);
        returnsTime = Sampler.duration(d.returns().handling(), unit);
        visitTime = Sampler.duration(st.service().visitTime(), unit);
        briefingTime = Sampler.duration(st.service().briefingTime(), unit);
        diagnosisTime = Sampler.duration(st.service().diagnosisTime(), unit);
        refundTime = Sampler.duration(st.returns().refundTime(), unit);
        transit = Sampler.plain(s.logistics().transit());
        premiumTransit = Sampler.plain(s.logistics().premiumTransit());
        disputeDelay = Sampler.plain(st.billing().disputeDelay());
        serviceRequestDelay = Sampler.plain(st.service().requestDelay());
    }
}
