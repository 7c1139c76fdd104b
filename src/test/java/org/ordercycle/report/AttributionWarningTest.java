package org.ordercycle.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attribution report keeps main effects apart from interactions, sets each main effect beside
 * its one-at-a-time change, and warns when a main effect aliased with a three-lever interaction
 * is far from what the lever does alone (the case of shared-entry: −1.75M as a main effect,
 * −0.42M switched alone).
 */
class AttributionWarningTest {
    @TempDir
    Path dir;

    @Test
    void warnsWhenAnAliasedEffectIsFarFromTheLeverAlone() throws Exception {
        Path f = dir.resolve("attr");
        Files.createDirectories(f.resolve("tables"));
        Files.writeString(f.resolve("manifest.json"), "{\"command\": \"attribute\", \"scenario\": \"s\", \"seed\": 1,"
                + " \"replications\": 2, \"design\": {\"kind\": \"fractional\", \"resolution\": \"III\"}}");
        Files.writeString(f.resolve("tables/effects.csv"), """
                measure,term,aliases,effect,ci_low,ci_high,significant
                total_cost,shared-entry,consensus-forecast:promise-tracking:joint-schedule,-1750000,-1900000,-1600000,true
                total_cost,billing-format,order-selection:consensus-forecast:joint-schedule,300000,250000,350000,true
                total_cost,shared-entry:billing-format,,90000,-10000,190000,false
                """);
        Files.writeString(f.resolve("tables/one_at_a_time.csv"), """
                measure,base,lever,difference,ci_low,ci_high
                total_cost,siloed,shared-entry,-420000,-450000,-390000
                total_cost,joint,shared-entry,-380000,-420000,-340000
                total_cost,siloed,billing-format,280000,260000,300000
                """);
        String html = Files.readString(Report.render(f));
        String warning = html.substring(html.indexOf("<section class=\"warnings\""), html.indexOf("</section>",
                html.indexOf("<section class=\"warnings\"")));
        assertTrue(warning.contains("Total cost: shared-entry shows a main effect of −1.75M, but switched alone it "
                + "changes the measure by −420k from siloed and −380k from joint"), warning);
        // billing-format alone (+280k) agrees with its effect (+300k): no warning for it
        assertFalse(warning.contains("billing-format"), warning);
        assertTrue(html.indexOf("Warning: an effect mixed with an interaction") < html.indexOf("The lever that matters"));
        // the interaction is read apart from the main effects, with its lever names in full
        assertTrue(html.contains("Largest interaction, per measure"), html);
        assertTrue(html.contains("Total cost: shared-entry × billing-format +90k [−10k, 190k], which includes zero."),
                html);
        assertTrue(html.contains("shared-entry −1.75M [−1.90M, −1.60M] (main effect, aliased with "
                + "consensus-forecast:promise-tracking:joint-schedule; switched alone from siloed: −420k"), html);
    }
}
