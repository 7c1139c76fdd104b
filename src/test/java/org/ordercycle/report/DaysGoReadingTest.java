package org.ordercycle.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The reading of "where the days go" names the parts that take longer under the other policy,
 * not only the largest part: a policy that shortens delivery overall can lengthen one step.
 */
class DaysGoReadingTest {
    private static Table csv(String text) {
        return Table.read().usingOptions(CsvReadOptions.builder(new StringReader(text)));
    }

    private static final Table SUMMARY = csv("""
            policy,measure,segment,n,mean,sd,ci_low,ci_high
            siloed,unattended_time_mean,all,30,1.68,0.01,1.67,1.69
            joint,unattended_time_mean,all,30,0.0,0.0,0.0,0.0
            siloed,step_time[generation.queue],all,30,0.97,0.01,0.96,0.98
            joint,step_time[generation.queue],all,30,1.07,0.01,1.06,1.08
            siloed,step_time[entry.unattended],all,30,0.86,0.01,0.85,0.87
            joint,step_time[entry.unattended],all,30,0.0,0.0,0.0,0.0
            siloed,step_time[billing.queue],all,30,0.20,0.01,0.19,0.21
            joint,step_time[billing.queue],all,30,0.22,0.01,0.21,0.23
            siloed,step_time[production.queue],all,30,0.30,0.01,0.29,0.31
            joint,step_time[production.queue],all,30,0.40,0.2,0.2,0.6
            """);

    private static Table comparison(String generationSignificant) {
        return csv("""
                base_policy,other_policy,measure,segment,n,mean_base,mean_other,mean_difference,ci_low,ci_high,relative_change,p_value,significant
                siloed,joint,step_time[generation.queue],all,30,0.97,1.07,0.10,0.09,0.11,0.10,0,%s
                siloed,joint,step_time[entry.unattended],all,30,0.86,0.0,-0.86,-0.87,-0.85,-1.0,0,true
                siloed,joint,step_time[billing.queue],all,30,0.20,0.22,0.02,0.01,0.03,0.1,0,true
                siloed,joint,step_time[production.queue],all,30,0.30,0.40,0.10,-0.02,0.22,0.33,0.1,false
                """.formatted(generationSignificant));
    }

    @Test
    void namesAPartThatGrowsBeyondDoubtAndByAMaterialAmount() {
        String text = new Readings(SUMMARY, comparison("true"), List.of("siloed", "joint")).daysGo("siloed");
        // generation queue grows by 0.10 days, interval [0.09, 0.11]: named. Billing grows by only 0.02 days
        // (below 0.05) and production's interval includes zero: neither is named.
        assertTrue(text.contains(" Longer under joint than under siloed: Generation: waiting in queue, 1.07 days against "
                + "0.97 days (+0.10 days, 95% interval [0.09, 0.11])."), text);
        assertTrue(!text.contains("billing") && !text.contains("production"), text);
    }

    @Test
    void saysSoWhenNoPartGrows() {
        String text = new Readings(SUMMARY, comparison("false"), List.of("siloed", "joint")).daysGo("siloed");
        assertTrue(text.endsWith(" No part takes 0.05 days or more longer under joint than under siloed."), text);
    }
}
