package org.ordercycle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The workbench in a real browser (Debian's headless Chromium driven by Playwright): every page
 * loads, a bad value in a scenario shows its error with the field path, and a short comparison
 * on classroom.yaml shows live estimates, then the headline table and the report link.
 * Screenshots go to target/screenshots. Run with {@code ./mvnw -B test -Dgroups=browser
 * -Dtest.excludedGroups=none -Dtest=WebBrowserTest}.
 */
@Tag("browser")
class WebBrowserTest extends OnLocalServer {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target/screenshots");

    /** Playwright without its own browser download: it drives Debian's Chromium. */
    private static Playwright playwright() throws java.io.IOException {
        assertTrue(Files.isExecutable(CHROMIUM), "needs Debian's chromium at " + CHROMIUM);
        Files.createDirectories(SHOTS);
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    private static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setArgs(List.of("--no-sandbox", "--disable-gpu")));
    }

    @Test
    void everyPageLoadsAnErrorShowsAndAComparisonRunsToItsTable() throws Exception {
        try (Playwright playwright = playwright(); Browser browser = chromium(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
            String base = web.uri("/").toString();

            page.navigate(base + "#scenarios");
            page.locator("a[data-file='classroom.yaml']").click();
            page.waitForFunction("document.querySelector('#yaml').value.includes('leadsPerDay')");
            assertEquals("Valid scenario.", page.locator("#validity").textContent());
            String yaml = page.locator("#yaml").inputValue();
            page.locator("#yaml").fill(yaml.replaceFirst("leadsPerDay: *3", "leadsPerDay: -3"));
            Locator error = page.locator("#errors li").first();
            error.waitFor();
            assertTrue(error.textContent().contains("leadsPerDay"), error.textContent());
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("scenarios.png")));

            page.navigate(base + "#policy");
            page.locator("select[data-lever]").first().waitFor();
            assertTrue(page.locator("select[data-lever]").count() >= 10);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("policy.png")));

            page.navigate(base + "#compare");
            page.locator("#scenario option[value='classroom.yaml']").waitFor(
                    new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            // a precision target takes the place of the replications, which the page then greys out
            page.locator("#precision").fill("0.5");
            assertTrue(page.locator("#replications").isDisabled());
            assertTrue(page.locator("#max-replications").isEnabled());
            page.locator("#precision").fill("");
            assertTrue(page.locator("#replications").isEnabled());
            page.locator("#replications").fill("3");
            page.locator("#compare-xlsx").check();
            page.locator("#run").click();
            page.locator("#live-table").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("compare-live.png")));
            page.locator("#result-table").waitFor(new Locator.WaitForOptions().setTimeout(180_000));
            assertEquals(4, page.locator("#result-table tbody tr").count());
            assertTrue(page.locator("#report-link").getAttribute("href").endsWith("/report.html"));
            assertTrue(page.locator("#verdict").textContent().length() > 10);
            assertTrue(page.locator("#finished a[href*='tables.xlsx']").count() == 1, "the workbook asked for");
            // the legend switches a policy off in every chart and on again
            Locator joint = page.locator("#finished button[data-legend='joint']");
            assertEquals(4, page.locator("#finished svg g[data-policy='joint']").count());
            joint.click();
            assertEquals("false", page.locator("#finished button[data-legend='joint']").getAttribute("aria-pressed"));
            assertEquals(0, page.locator("#finished svg g[data-policy='joint']").count());
            assertEquals(4, page.locator("#finished svg g[data-policy='siloed']").count());
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("compare-legend-off.png"))
                    .setFullPage(true));
            page.locator("#finished button[data-legend='joint']").click();
            assertEquals(4, page.locator("#finished svg g[data-policy='joint']").count());
            // the address holds the run: a reload follows it again (its events are replayed)
            assertTrue(page.url().contains("#compare?id="), page.url());
            page.reload();
            page.locator("#result-table").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
            assertEquals(4, page.locator("#result-table tbody tr").count());
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("compare-done.png"))
                    .setFullPage(true));

            page.navigate(base + "#runs");
            page.locator("#runs tbody tr").first().waitFor();
            assertEquals(1, page.locator("#runs tbody tr").count());
            assertEquals(1, page.locator("#runs a[href*='tables.xlsx']").count(), "the workbook is offered");
            assertEquals(0, page.locator("#runs a[href*='deck.pptx']").count());
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("runs.png")));
            // no deck was asked for: one click makes it, and the page offers it beside the workbook
            page.locator("#runs button.make-office", new Page.LocatorOptions().setHasText("Make a deck")).click();
            page.locator("#runs a[href*='deck.pptx']").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
            assertEquals(1, page.locator("#runs a[href*='tables.xlsx']").count());
            assertEquals(0, page.locator("#runs button.make-office").count(), "nothing left to make");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("runs-deck-made.png")));

            // an attribution's lever pairs: preset to siloed (-1) and joint (+1), any setting selectable
            page.navigate(base + "#explore");
            page.locator("#explore-kind").selectOption("attribute");
            Locator low = page.locator("#lever-levels select[data-lever='strategic-selection'][data-level='low']");
            Locator high = page.locator("#lever-levels select[data-lever='strategic-selection'][data-level='high']");
            assertEquals("junior", low.inputValue());
            assertEquals("executive", high.inputValue());
            high.selectOption("senior-capacity");
            assertTrue(page.locator("#lever-levels tbody tr").count() >= 10);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("attribute-levels.png"))
                    .setFullPage(true));
        }
    }

    @Test
    void theBaselineFormShowsItsDepartmentsSkillsAssumptionsAndLoads() throws Exception {
        try (Playwright playwright = playwright(); Browser browser = chromium(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
            page.navigate(web.uri("/").toString() + "#scenarios");
            page.locator("a[data-file='baseline.yaml']").click();
            page.waitForFunction("document.querySelector('#yaml').value.includes('extraStaffWhenChecking')");
            page.locator("#form-toggle").click();
            page.locator("input[data-path='departments.sales.staff']").waitFor();
            String text = page.locator("#yaml").inputValue();
            assertEquals("11", page.locator("input[data-path='departments.sales.staff']").inputValue());
            assertEquals(text.split("\n  - \\{path: ", -1).length - 1,
                    page.locator("fieldset[data-list='assumptions'] > fieldset.form-item").count());
            assertEquals(2, page.locator("fieldset[data-list='departments.service'] > fieldset.form-item").count());
            assertEquals("mechanic", page.locator("input[data-path='departments.service[0].id']").inputValue());
            // the loads beside the form are validate's: every department and both lines, none flagged
            assertEquals(org.ordercycle.model.OfferedLoad.estimate(org.ordercycle.scenario.ScenarioLoader.load(
                    Path.of("scenarios/baseline.yaml")), org.ordercycle.policy.Policy.SILOED).size(),
                    page.locator("#offered-load tbody tr").count());
            assertEquals(0, page.locator("#offered-load td.error").count());
            page.locator("fieldset[data-list='departments.service']").screenshot(new Locator.ScreenshotOptions()
                    .setPath(SHOTS.resolve("scenario-form-service.png")));
            // nine salespeople cannot carry joint's leads: the row turns red and says how many would
            Locator sales = page.locator("input[data-path='departments.sales.staff']");
            sales.fill("9");
            sales.press("Tab");
            Locator note = page.locator("#offered-load tr[data-load='sales'] .muted");
            note.waitFor();
            assertTrue(note.textContent().matches("1[0-9] staff instead of 9 would bring both under 85 %"),
                    note.textContent());
            assertEquals(1, page.locator("#offered-load tr[data-load='sales'] td.error").count());
            page.locator("#offered-load").screenshot(new Locator.ScreenshotOptions()
                    .setPath(SHOTS.resolve("scenario-offered-load-flagged.png")));
            // a list of names is one box: the install skills of a product of the field-service scenario
            page.locator("a[data-file='field-service.yaml']").click();
            page.waitForFunction("document.querySelector('#yaml').value.includes('commissioning')");
            Locator skills = page.locator("input[data-path='products[1].installSkills']");
            page.waitForFunction("(document.querySelector(\"input[data-path='products[1].installSkills']\") || {})"
                    + ".value === 'mechanic, electrician'");
            assertEquals("mechanic, electrician", skills.inputValue());
            skills.fill("mechanic");
            skills.press("Tab");
            page.waitForFunction("document.querySelector('#yaml').value.includes('installSkills: [mechanic]')");
        }
    }

    @Test
    void theFormTheSweepTheTraceAndTheRunsSideBySideWork() throws Exception {
        try (Playwright playwright = playwright(); Browser browser = chromium(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
            String base = web.uri("/").toString();

            // the form: a bad value shows its error beside the field, and the text keeps its comments
            page.navigate(base + "#scenarios");
            page.locator("a[data-file='classroom.yaml']").click();
            page.waitForFunction("document.querySelector('#yaml').value.includes('leadsPerDay')");
            page.locator("#form-toggle").click();
            Locator inflation = page.locator("input[data-path='steps.planning.inflationMean']");
            inflation.waitFor();
            assertEquals("0.2", inflation.inputValue());
            inflation.fill("-5");
            inflation.press("Tab");
            Locator fieldError = page.locator("[data-field='steps.planning.inflationMean'] .field-error");
            page.waitForFunction("document.querySelector(\"[data-field='steps.planning.inflationMean'] .field-error\")"
                    + ".textContent.length > 0");
            assertTrue(fieldError.textContent().contains("-0.9"), fieldError.textContent());
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("scenario-form.png")));
            inflation.fill("0.3");
            inflation.press("Tab");
            page.waitForFunction("document.querySelector('#validity').textContent === 'Valid scenario.'");
            // a distribution: another kind keeps the parameters both take, and a parameter is set in place
            page.locator("select[data-dist='products[0].changeoverTime']").selectOption("uniform");
            Locator max = page.locator("input[data-dist-param='products[0].changeoverTime.max']");
            max.fill("3");
            max.press("Tab");
            page.waitForFunction("document.querySelector('#yaml').value.includes("
                    + "'changeoverTime: {dist: uniform, min: 1, max: 3}')");
            // a list item: a copy of the last line is added, shown as its own fieldset, and removed again
            page.locator("button[data-append='lines']").click();
            page.locator("fieldset[data-item='lines[1]']").waitFor();
            assertEquals("L1", page.locator("input[data-path='lines[1].id']").inputValue());
            page.locator("fieldset[data-list='lines']").screenshot(new Locator.ScreenshotOptions()
                    .setPath(SHOTS.resolve("scenario-form-lines.png")));
            page.locator("fieldset[data-item='products[0]']").screenshot(new Locator.ScreenshotOptions()
                    .setPath(SHOTS.resolve("scenario-form-product.png")));
            page.locator("button[data-remove='lines[1]']").click();
            page.waitForFunction("!document.querySelector(\"fieldset[data-item='lines[1]']\")");
            // a segment's product mix, one input per product, and a tier of a product's price list
            Locator chairs = page.locator("input[data-path='segments[0].productMix.CHAIR']");
            assertEquals("0.7", chairs.inputValue());
            chairs.fill("0.6");
            chairs.press("Tab");
            page.waitForFunction("document.querySelector('#yaml').value.includes('productMix: {CHAIR: 0.6, TABLE: 0.3}')");
            page.locator("button[data-append='products[0].volumeDiscounts']").click();
            Locator tier = page.locator("input[data-path='products[0].volumeDiscounts[1].minQuantity']");
            tier.waitFor();
            tier.fill("50");
            tier.press("Tab");
            page.waitForFunction("document.querySelector('#yaml').value.includes('{minQuantity: 50, discount: 0.05}')");
            // the copy's equal tier made the scenario invalid for a moment (the form then shows only what is
            // written); valid again, a field left at its default shows the default
            page.waitForFunction("document.querySelector(\"input[data-path='segments[0].flexibleShare']\").value "
                    + "=== '0.3'");
            page.locator("fieldset[data-item='segments[0]']").screenshot(new Locator.ScreenshotOptions()
                    .setPath(SHOTS.resolve("scenario-form-segment.png")));
            page.locator("button[data-remove='products[0].volumeDiscounts[1]']").click();
            page.waitForFunction("!document.querySelector('#yaml').value.includes('{minQuantity: 50, discount: 0.05}')");
            // the last tier removed, the list offers its first item again, with its required fields
            page.locator("button[data-remove='products[0].volumeDiscounts[0]']").click();
            Locator addFirst = page.locator("button[data-append='products[0].volumeDiscounts']");
            page.waitForFunction("(document.querySelector(\"button[data-append='products[0].volumeDiscounts']\") || {})"
                    + ".textContent === 'Add the first'");
            addFirst.click();
            page.waitForFunction("document.querySelector('#yaml').value.includes("
                    + "'volumeDiscounts: [{minQuantity: 0, discount: 0}]')");
            Locator firstTier = page.locator("input[data-path='products[0].volumeDiscounts[0].minQuantity']");
            firstTier.waitFor();
            firstTier.fill("20");
            firstTier.press("Tab");
            Locator firstRate = page.locator("input[data-path='products[0].volumeDiscounts[0].discount']");
            firstRate.fill("0.05");
            firstRate.press("Tab");
            page.waitForFunction("document.querySelector('#yaml').value.includes("
                    + "'volumeDiscounts: [{minQuantity: 20, discount: 0.05}]')");
            // a department's staff, set in the form: the offered load beside it follows at once
            Locator salesLoad = page.locator("#offered-load tr[data-load='sales'] td:nth-child(3)");
            String loadOfTwo = salesLoad.textContent();
            Locator salesStaff = page.locator("input[data-path='departments.sales.staff']");
            assertEquals("2", salesStaff.inputValue());
            salesStaff.fill("4");
            salesStaff.press("Tab");
            page.waitForFunction("document.querySelector('#yaml').value.includes('sales:              {staff: 4,')");
            page.waitForFunction("t => document.querySelector(\"#offered-load tr[data-load='sales'] td:nth-child(3)\")"
                    + ".textContent !== t", loadOfTwo);
            assertTrue(percent(salesLoad.textContent()) < percent(loadOfTwo), loadOfTwo + " -> " + salesLoad.textContent());
            page.locator("fieldset[data-group='departments']").screenshot(new Locator.ScreenshotOptions()
                    .setPath(SHOTS.resolve("scenario-form-departments.png")));
            // the load stays in view beside the form while it scrolls
            salesStaff.scrollIntoViewIfNeeded();
            assertTrue(page.locator("#offered-load").isVisible());
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("scenario-offered-load.png")));
            page.locator("#form-toggle").click();
            String edited = page.locator("#yaml").inputValue();
            assertTrue(edited.contains("inflationMean: 0.3"), edited);
            assertTrue(edited.contains("{staff: 4, handling: {dist: triangular, min: 10, mode: 20, max: 40, unit: minute}, "
                    + "wagePerHour: 50}  # one quote"), edited);
            assertEquals(1, edited.split("  - id: L1\n", -1).length - 1, "the copy is gone");

            // a sweep: progress, then the heat map with a value on hover
            page.navigate(base + "#explore");
            page.locator("#explore-scenario option[value='classroom.yaml']").waitFor(
                    new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            page.locator("#params").fill("steps.planning.inflationMean=0,0.4");
            page.locator("#explore-replications").fill("2");
            page.locator("#explore-run").click();
            page.locator("#heatmap").waitFor(new Locator.WaitForOptions().setTimeout(240_000));
            assertEquals(4, page.locator("#heatmap .cell").count(), "2 points x 2 policies");
            assertTrue(page.locator("#heatmap .cell title").first().textContent().contains("95 % interval"));
            assertTrue(page.locator("#explore-report").getAttribute("href").endsWith("/report.html"));
            page.locator("#heatmap .cell").first().hover();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("sweep-heatmap.png")).setFullPage(true));

            // the trace: one column per policy, with owners and unattended time
            page.navigate(base + "#trace");
            page.locator("#trace-scenario option[value='classroom.yaml']").waitFor(
                    new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            page.locator("#trace-order").fill("30");
            page.locator("#trace-run").click();
            page.locator(".journey").first().waitFor(new Locator.WaitForOptions().setTimeout(60_000));
            assertEquals(2, page.locator(".journey").count());
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("trace.png")).setFullPage(true));

            // two runs side by side: the sweep and a comparison written as the command line writes it
            var c = org.ordercycle.experiment.Experiment.on(org.ordercycle.scenario.ScenarioLoader.load(
                    Path.of("scenarios/classroom.yaml"))).seed(1).replications(2).threads(1).run();
            Path folder = org.ordercycle.io.Folders.newReportFolder(web.reports, "classroom", "compare");
            org.ordercycle.experiment.ComparisonFolder.write(folder, c, Path.of("scenarios/classroom.yaml"), 1,
                    Double.NaN, 2, false, "test", List.of("compare"));
            page.navigate(base + "#runs");
            page.locator("#runs tbody tr").first().waitFor();
            page.locator("#runs input[type=checkbox]").nth(0).check();
            page.locator("#runs input[type=checkbox]").nth(1).check();
            page.locator("#side-by-side-button").click();
            page.locator(".run-headline").nth(1).waitFor();
            assertEquals(2, page.locator(".run-headline").count());
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("runs-side-by-side.png")).setFullPage(true));
        }
    }

    /** "83 %" -> 83. */
    private static int percent(String cell) {
        return Integer.parseInt(cell.replace("%", "").strip());
    }
}
