package org.ordercycle.scenario;

/**
 * One problem in a scenario or policy file, located by file, line, column (1-based; 0 when
 * unknown) and field path, e.g. {@code baseline.yaml:42:7 segments[2].orderSize.mean must be > 0, was -3}.
 */
public record ScenarioError(String file, int line, int column, String path, String message) {

    public ScenarioError {
        // text quoted from a file must not reach the terminal as control characters
        path = printable(path);
        message = printable(message);
    }

    private static String printable(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return path == null || path.isEmpty() ? where + " " + message : where + " " + path + " " + message;
    }
}
