package org.ordercycle.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The report's sentences and marks follow the adjusted p-value where comparison.csv has one, and
 * the interval where it was written before adjusted p-values existed.
 */
class AdjustedReadingsTest {
    private static final String HEADER = "base_policy,other_policy,measure,segment,n,mean_base,mean_other,"
            + "mean_difference,ci_low,ci_high,relative_change,p_value,significant";

    private static Table csv(String text) {
        return Table.read().csv(CsvReadOptions.builder(new StringReader(text)).build());
    }

    private static Readings readings(Table comparison) {
        Table summary = csv("policy,measure,segment,n,mean,sd,ci_low,ci_high,half_width\n"
                + "siloed,dso,all,5,40,1,39,41,1\n");
        return new Readings(summary, comparison, List.of("siloed", "joint"));
    }

    @Test
    void anIntervalThatExcludesZeroIsNoFindingOnceAdjustedAway() {
        Table t = csv(HEADER + ",p_value_adjusted,adjustment,significant_adjusted\n"
                + "siloed,joint,dso,all,5,40,39,-1,-1.9,-0.1,-0.025,0.03,true,0.09,bh,false\n");
        String s = readings(t).change("dso", "siloed", "joint");
        assertTrue(s.contains("but not once adjusted for the many differences tested (p 0.030 raw, 0.090 adjusted)"),
                s);
        assertFalse(Rows.significant(t.row(0)));
        assertEquals("0.030 (0.090)", Rows.pValues(t.row(0)));
    }

    @Test
    void anOldTableWithoutAdjustedValuesKeepsTheIntervalMark() {
        Table t = csv(HEADER + "\nsiloed,joint,dso,all,5,40,39,-1,-1.9,-0.1,-0.025,0.03,true\n");
        assertTrue(Rows.significant(t.row(0)));
        assertEquals("", Rows.pValues(t.row(0)));
        assertFalse(readings(t).change("dso", "siloed", "joint").contains("adjusted"));
    }
}
