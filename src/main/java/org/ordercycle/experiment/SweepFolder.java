package org.ordercycle.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ordercycle.io.TableFiles;

/**
 * The files of a finished sweep in its report folder: {@code tables/results.csv},
 * {@code tables/summary.csv} and {@code manifest.json}. {@code ordercycle sweep --out} and the web
 * workbench both write through here, so that their folders are the same.
 */
public final class SweepFolder {
    private SweepFolder() {
    }

    /**
     * @param method how the design points were chosen, in words, for the manifest
     * @param arguments the command line (or its equivalent) recorded in the manifest
     */
    public static void write(Path out, SweepResult r, Path scenarioFile, long seed, int replications, String method,
                             boolean resumed, String version, List<String> arguments) throws IOException {
        Path tables = out.resolve(ComparisonFolder.TABLES);
        TableFiles.writeCsvs(tables, r.tables());
        ObjectNode m = Manifests.manifest("sweep", scenarioFile, r.scenario(), seed, replications, resumed, version,
                arguments);
        Manifests.putSweep(m, r, method);
        Manifests.write(out.resolve("manifest.json"), m);
    }

    /** The design method in the manifest's words: a full factorial, or a Latin hypercube of the ranges. */
    public static String method(Integer samples, boolean alsoListed) {
        return samples == null ? "full factorial of the listed values"
                : "Latin hypercube (McKay, Beckman and Conover 1979) of " + samples + " samples of the ranges"
                + (alsoListed ? ", crossed with the full factorial of the listed values" : "");
    }
}
