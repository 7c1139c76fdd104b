package org.ordercycle.report.office;

import java.awt.Dimension;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.ordercycle.report.ReportException;

/** The pixel size of a PNG file, read from its header (no image decoding). */
final class Png {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Png() {
    }

    /** Width and height from the IHDR chunk that follows the signature. */
    static Dimension size(Path file, byte[] png) throws ReportException {
        boolean ok = png.length >= 24;
        for (int i = 0; ok && i < SIGNATURE.length; i++) {
            ok = png[i] == SIGNATURE[i];
        }
        if (!ok) {
            throw new ReportException(file + " is not a PNG image (draw the report again: ordercycle report FOLDER).");
        }
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        return new Dimension(header.getInt(), header.getInt());
    }
}
