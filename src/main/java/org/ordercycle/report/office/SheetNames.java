package org.ordercycle.report.office;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names that Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \}, not
 * starting or ending with an apostrophe, not "History" (reserved), and unique ignoring case
 * (a repeat gets " 2", " 3", ...). Not thread safe: one per workbook.
 */
final class SheetNames {
    static final int MAX_LENGTH = 31;
    private final Set<String> taken = new HashSet<>();

    /** A valid, unused name as close to {@code wanted} as the rules allow. */
    String unique(String wanted) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "-").replaceAll("^'+|'+$", "").strip();
        if (base.isEmpty() || base.equalsIgnoreCase("History")) {
            base = "Table " + base;
        }
        String name = cut(base, "");
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = cut(base, " " + n);
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String cut(String base, String suffix) {
        int room = MAX_LENGTH - suffix.length();
        return (base.length() > room ? base.substring(0, room).strip() : base) + suffix;
    }

    /** True when Excel accepts the name (the rules above, uniqueness aside). */
    static boolean valid(String name) {
        return !name.isEmpty() && name.length() <= MAX_LENGTH && !name.matches(".*[\\[\\]:*?/\\\\].*")
                && !name.startsWith("'") && !name.endsWith("'") && !name.equalsIgnoreCase("History");
    }
}
