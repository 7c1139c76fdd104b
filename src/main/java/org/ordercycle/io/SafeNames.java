package org.ordercycle.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * File and folder names derived from names users give (scenarios, policies): kept short enough
 * for every common file system (255 bytes per name; we keep well below, since an extension or a
 * temporary suffix may be added) and distinct for distinct names.
 */
public final class SafeNames {
    /** Most UTF-8 bytes of a name this class returns. */
    public static final int MAX_BYTES = 120;

    private SafeNames() {
    }

    /**
     * The name itself when it is at most {@link #MAX_BYTES} bytes; otherwise a readable prefix, a
     * dash and the first 8 hex digits of the SHA-256 of the whole name (stable from run to run).
     */
    public static String shorten(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        StringBuilder prefix = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES - 9) {
                break;
            }
            prefix.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return prefix + "-" + hash(name);
    }

    /** The first 8 hex digits of the SHA-256 of the name's UTF-8 bytes. */
    public static String hash(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
