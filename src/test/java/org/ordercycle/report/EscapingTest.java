package org.ordercycle.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.policy.Policy;

/**
 * Names come from users' files (scenario, policy, segment and product names) and end up in the
 * report: none of them can inject markup into report.html, summary.md or the SVG charts.
 */
class EscapingTest {
    static final String SCENARIO = "<script>alert('scenario')</script>";
    static final String POLICY = "<img src=x onerror=alert(1)>";
    static final String OTHER = "\"joint\" & <b>co</b>";
    static final String SEGMENT = "seg<i>ment</i>";

    @TempDir
    Path dir;

    @Test
    void userTextIsEscapedEverywhere() throws Exception {
        Path folder = dir.resolve("cmp");
        Fixtures.compareFolder(folder, Fixtures.shortClassroom(Map.of("name", SCENARIO, "segments[0].id", SEGMENT)),
                List.of(Policy.SILOED.named(POLICY), Policy.JOINT.named(OTHER)));
        Report.render(folder, org.ordercycle.experiment.Progress.NONE, org.ordercycle.report.chart.ChartFormat.ALL);
        String html = Files.readString(folder.resolve("report.html"));
        for (String raw : List.of(SCENARIO, POLICY, OTHER, "<b>co</b>", "<i>ment</i>", "alert('scenario')</script>")) {
            assertFalse(html.contains(raw), "raw user text in report.html: " + raw);
        }
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the policy name is shown, escaped");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;scenario&#39;)&lt;/script&gt;"), "the scenario name, escaped");
        assertTrue(html.contains("&quot;joint&quot; &amp; &lt;b&gt;co&lt;/b&gt;"), "the second policy, escaped");
        assertTrue(html.split("<script>", -1).length == 2, "the page's own check is its only script");

        String md = Files.readString(folder.resolve("summary.md"));
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)<(img|b|i|script)").matcher(md).find(),
                "every < of user text is backslash-escaped in summary.md");
        assertTrue(md.contains("\\<img src=x onerror=alert(1)\\>"), "escaped in summary.md");

        try (Stream<Path> svgs = Files.list(folder.resolve("charts"))) {
            for (Path svg : svgs.filter(p -> p.toString().endsWith(".svg")).toList()) {
                String text = Files.readString(svg);
                assertFalse(text.contains("<img") || text.contains("<b>") || text.contains("<script"),
                        "raw user text in " + svg.getFileName());
            }
        }
    }
}
