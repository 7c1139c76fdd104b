package org.ordercycle.report.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Office files are zip archives whose entries carry the time they were written. This rewrites an
 * archive with every entry dated at one given instant (the run's), in the same order and with
 * the same content, so that the same report folder always gives byte-identical files.
 */
final class StableZip {

    private StableZip() {
    }

    /** The archive with every entry's time set to {@code time}. */
    static byte[] dated(byte[] zip, Instant time) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                // the local form, so that the bytes do not depend on the machine's time zone
                copy.setTimeLocal(LocalDateTime.ofInstant(dosTime(time), ZoneOffset.UTC));
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Zip (DOS) dates start in 1980; an earlier instant is written as 1980-01-01. */
    private static Instant dosTime(Instant time) {
        Instant first = Instant.parse("1980-01-01T00:00:00Z");
        return time.isBefore(first) ? first : time;
    }
}
