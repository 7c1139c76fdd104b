package org.ordercycle.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * XChart 4.0.3 loops for ever on an axis whose custom tick labels repeat or run past 20
 * characters. Four policies with long names (as policy files may have) once hung the
 * where-the-days-go chart; every chart with lane labels must still draw.
 */
class LongLabelsTest {
    static final List<String> LONG = List.of("../../evil", "a-policy-with-a-very-long-name", "/tmp/evil-absolute-path",
            "a-policy-with-a-very-long-name-2");

    @Test
    void chartsWithLaneLabelsDrawWithManyLongPolicyNames() {
        Table summary = Fixtures.summary();
        Table renamed = summary.emptyCopy();
        for (String p : LONG) {
            Table copy = summary.where(summary.stringColumn("policy").isEqualTo("siloed")).copy();
            copy.stringColumn("policy").set(copy.stringColumn("policy").isNotMissing(), p);
            renamed.append(copy);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ChartFiles.image(Charts.whereTheDaysGo(renamed, LONG));
            Charts.attribution(Fixtures.effects()).forEach(ChartFiles::image);
        });
    }

    @Test
    void lanesAreShortAndDistinctAndBlanksAreInvisibleAndDistinct() {
        List<String> fitted = Draw.fitRowLabels(List.of("fulfilment · a-policy-with-a-very-long-name",
                "fulfilment · a-policy-with-a-very-long-name", "", "short"));
        assertTrue(fitted.stream().allMatch(l -> l.length() <= Draw.MAX_LABEL), fitted.toString());
        assertEquals(3, new HashSet<>(fitted.subList(0, 2)).size() + 1, "a repeated label is told apart");
        HashSet<String> blanks = new HashSet<>();
        for (double v = -3; v <= 40; v += 0.5) {
            String label = Draw.rowLabel(v, List.of("a", "", "b"));
            assertTrue(label.length() <= Draw.MAX_LABEL);
            if (!label.equals("a") && !label.equals("b")) {
                assertTrue(label.chars().allMatch(c -> c == 0x200B || c == 0x200C || c == 0x200D), label);
                assertTrue(blanks.add(label), "distinct invisible label at " + v);
            }
        }
    }
}
