package org.ordercycle.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.experiment.Comparison;
import org.ordercycle.experiment.Experiment;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.ScenarioLoader;
import tech.tablesaw.api.Table;

/** A real small comparison through the Java API, its summary table written to CSV, read back and charted. */
class RealComparisonChartsTest {
    private static Comparison comparison;
    private static List<String> policies;

    @BeforeAll
    static void run() throws Exception {
        var scenario = ScenarioLoader.load(Path.of("scenarios/classroom.yaml"));
        comparison = Experiment.on(scenario).policies(List.of(Policy.SILOED, Policy.JOINT)).replications(3).seed(1)
                .run();
        policies = comparison.policies().stream().map(Policy::name).toList();
    }

    @Test
    void summaryChartsOfARealRunHaveEveryPolicyAndExport(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("summary.csv");
        comparison.summaryTable().write().csv(csv.toFile());
        Table summary = Table.read().csv(csv.toFile());
        assertEquals(List.of("siloed", "joint"), policies);

        List<NamedChart> charts = new ArrayList<>(Charts.headline(summary, policies));
        charts.add(Charts.costBreakdown(summary, policies));
        charts.add(Charts.billingErrors(summary, policies));
        charts.add(Charts.whereTheDaysGo(summary, policies));
        for (NamedChart c : charts.subList(0, 4)) {
            assertEquals(policies, c.seriesNames(), c.name());
        }
        for (NamedChart c : charts) {
            assertFalse(c.title().endsWith("(no data)"), c.name());
            ChartFiles.write(c, dir.resolve("charts"));
            assertTrue(Files.size(dir.resolve("charts").resolve(c.name() + ".png")) > 1000);
        }
        // a real run on a working calendar has nights inside jobs: closed time has its own band
        assertEquals(List.of("queueing", "processing", "unattended", "closed"), charts.get(charts.size() - 1).seriesNames());

        // the headline bar is the summary's mean
        double mean = comparison.estimate(Policy.JOINT, "lead_time_mean").mean();
        var joint = (org.knowm.xchart.CategorySeries) charts.get(0).chart().getSeriesCollection().stream()
                .filter(s -> s.getName().equals("joint")).findFirst().orElseThrow();
        assertEquals(mean, joint.getYData()[1], 1e-9 * Math.max(1, mean));
        if (System.getProperty("chart.gallery") != null) {
            ChartFiles.writeAll(charts, Path.of(System.getProperty("chart.gallery")));
        }
    }
}
