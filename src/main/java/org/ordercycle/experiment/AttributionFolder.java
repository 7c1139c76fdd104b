package org.ordercycle.experiment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ordercycle.io.TableFiles;

/**
 * The files of a finished lever attribution in its report folder: {@code tables/effects.csv},
 * {@code tables/one_at_a_time.csv}, {@code tables/results.csv} and {@code manifest.json}.
 * {@code ordercycle attribute --out} and the web workbench both write through here.
 */
public final class AttributionFolder {
    private AttributionFolder() {
    }

    /** @param arguments the command line (or its equivalent) recorded in the manifest */
    public static void write(Path out, AttributionResult r, Path scenarioFile, long seed, boolean resumed,
                             String version, List<String> arguments) throws IOException {
        Path tables = out.resolve(ComparisonFolder.TABLES);
        TableFiles.writeCsvs(tables, r.tables());
        ObjectNode m = Manifests.manifest("attribute", scenarioFile, r.scenario(), seed, r.replications(), resumed,
                version, arguments);
        m.put("warmup_days", r.warmup().days());
        m.put("warmup_method", r.warmup().method());
        m.set("design", Manifests.attributionDesign(r));
        ArrayNode runs = m.putArray("policies_run");
        r.runs().forEach(p -> {
            ObjectNode node = runs.addObject();
            node.put("name", p.name());
            Manifests.putAll(node.putObject("levers"), p.settings());
        });
        Manifests.write(out.resolve("manifest.json"), m);
    }
}
