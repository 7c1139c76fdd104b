package org.ordercycle.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.policy.Policy;

/**
 * Headless Chromium opens report.html: the page renders, and every chart is present and visible
 * (the page's own load check marks each figure whose SVG has a real size; the test reads the DOM
 * after scripts ran, and a screenshot of the page is not blank). {@code .ci/run} installs Debian's
 * chromium when it is missing; elsewhere the test is skipped without it.
 */
class BrowserTest {
    @TempDir
    Path dir;

    static Path chromium() {
        for (String name : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(name))) {
                return Path.of(name);
            }
        }
        return null;
    }

    @Test
    void everyChartRendersVisiblyInChromium() throws Exception {
        Path browser = chromium();
        assumeTrue(browser != null, "chromium is not installed (.ci/run installs it: apt-get install chromium)");
        Path folder = dir.resolve("cmp");
        Fixtures.compareFolder(folder, Fixtures.shortClassroom(Map.of()), List.of(Policy.SILOED, Policy.JOINT));
        Path html = Report.render(folder);
        int figures = ReportTest.charts(Files.readString(html)).size();
        assertTrue(figures >= 12, figures + " charts");

        String dom = run(browser, "--dump-dom", html);
        assertTrue(dom.contains("data-charts=\"" + figures + "/" + figures + "\""),
                "every chart visible after load: " + dom.substring(0, Math.min(300, dom.length())));
        assertFalse(dom.contains("data-visible=\"no\""), "a chart is not visible");
        assertEquals(figures, dom.split("data-visible=\"yes\"", -1).length - 1);

        Path shot = dir.resolve("page.png");
        run(browser, "--screenshot=" + shot + " --window-size=1280,4000", html);
        assertTrue(Files.size(shot) > 50_000, "a screenshot with content: " + Files.size(shot) + " bytes");
    }

    /** Runs headless Chromium on the page with a fresh profile; returns its standard output. */
    private String run(Path browser, String action, Path page) throws Exception {
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(action.split(" ")));
        command.add(page.toAbsolutePath().toUri().toString());
        Path out = Files.createTempFile(dir, "chromium", ".out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finishes within 2 minutes");
        assertEquals(0, p.exitValue(), "chromium exit code");
        return Files.readString(out);
    }
}
