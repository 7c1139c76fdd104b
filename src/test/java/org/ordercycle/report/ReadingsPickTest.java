package org.ordercycle.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readings quote the rows they claim to: the largest lever effect, the lowest and highest
 * point of a sweep. (Tablesaw's row iterator moves one cursor: rows kept from it once all read
 * as the last row, and the readings quoted the wrong lever.)
 */
class ReadingsPickTest {
    @TempDir
    Path dir;

    @Test
    void attributionNamesTheLargestEffect() throws Exception {
        Path f = dir.resolve("attr");
        Files.createDirectories(f.resolve("tables"));
        Files.writeString(f.resolve("manifest.json"), "{\"command\": \"attribute\", \"scenario\": \"s\", \"seed\": 1,"
                + " \"replications\": 2, \"design\": {\"kind\": \"fractional\", \"resolution\": \"IV\"}}");
        Files.writeString(f.resolve("tables/effects.csv"), """
                measure,term,aliases,effect,ci_low,ci_high,significant
                lead_time_mean,big-lever,,-2.5,-2.7,-2.3,true
                lead_time_mean,small-lever,,0.3,0.1,0.5,true
                lead_time_mean,a:b,c:d,0.01,-0.1,0.12,false
                """);
        Files.writeString(f.resolve("tables/one_at_a_time.csv"), """
                measure,base,lever,difference,ci_low,ci_high
                lead_time_mean,siloed,big-lever,-2.4,-2.6,-2.2
                """);
        String html = Files.readString(Report.render(f));
        assertTrue(html.contains("<li>Lead time, mean: big-lever −2.50 days [−2.70, −2.30] (main effect; switched "
                + "alone from siloed: −2.40 days [−2.60, −2.20]).</li>"), html);
    }

    @Test
    void sweepRangeQuotesItsLowestAndHighestPoints() throws Exception {
        Path f = dir.resolve("sweep");
        Files.createDirectories(f.resolve("tables"));
        Files.writeString(f.resolve("manifest.json"), "{\"command\": \"sweep\", \"scenario\": \"s\", \"seed\": 1,"
                + " \"replications\": 2, \"policies\": [{\"name\": \"siloed\"}],"
                + " \"design\": {\"method\": \"full factorial\", \"parameters\": [\"x\", \"y\"]}}");
        Files.writeString(f.resolve("tables/summary.csv"), """
                point,x,y,policy,measure,segment,n,mean,sd,ci_low,ci_high
                p000,0,0,siloed,lead_time_mean,all,2,5.0,0.1,4.9,5.1
                p001,0,1,siloed,lead_time_mean,all,2,3.0,0.1,2.9,3.1
                p002,1,0,siloed,lead_time_mean,all,2,7.0,0.1,6.9,7.1
                p003,1,1,siloed,lead_time_mean,all,2,6.0,0.1,5.9,6.1
                """);
        String html = Files.readString(Report.render(f));
        assertTrue(html.contains("Lead time, mean under siloed: from 3.00 days (x = 0, y = 1) to 7.00 days (x = 1, y = 0)."),
                html);
    }
}
