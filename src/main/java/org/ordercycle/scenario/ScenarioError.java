package org.ordercycle.scenario;

/**
 * One problem in a scenario or policy file, located by file, line, column (1-based; 0 when
 * unknown) and field path, e.g. {@code baseline.yaml:42:7 segments[2].orderSize.mean must be > 0, was -3}.
 */
public record ScenarioError(String file, int line, int column, String path, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return path == null || path.isEmpty() ? where + " " + message : where + " " + path + " " + message;
    }
}
