package org.ordercycle.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Every file the API reads or writes, confined to the scenarios, reports and workspace folders:
 * names are plain file names (no folder, no "..", no absolute path), and a file whose real path
 * leaves its folder (a symbolic link pointing out) is refused.
 */
final class Sandbox {
    /** A file name: a letter or digit first, then letters, digits, dot, dash or underscore. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    private Sandbox() {
    }

    /** Checks that {@code name} is a plain file name ending in one of {@code endings}; returns it. */
    static String fileName(String name, String what, String... endings) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw new ApiException(400, what + " '" + shorten(name) + "' is not a plain file name: use letters, "
                    + "digits, dot, dash and underscore (at most 80, starting with a letter or digit), no folder.");
        }
        for (String e : endings) {
            if (name.endsWith(e)) {
                return name;
            }
        }
        throw new ApiException(400, what + " '" + name + "' must end in " + String.join(" or ", endings) + ".");
    }

    /** {@code root/name} if it is a regular file whose real path stays inside {@code root}, else null. */
    static Path existing(Path root, String name) {
        Path file = root.resolve(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return inside(root, file) ? file : null;
    }

    /** True when the real path of {@code file} (links followed) is inside the real path of {@code root}. */
    static boolean inside(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
