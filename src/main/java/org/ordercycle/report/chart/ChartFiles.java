package org.ordercycle.report.chart;

import com.pngencoder.PngEncoder;
import com.pngencoder.PngEncoderPhysicalPixelDimensions;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.PdfboxGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.IChart;

/**
 * Exports charts, each with its footer line under it ({@link NamedChart#footer()}): PNG at twice screen resolution, SVG and PDF, each written to a temporary file
 * in the target folder and moved into place atomically, so a reader never sees half a file. Also
 * the SVG text for inlining into HTML and an image for notebooks. Needs no display (run with
 * {@code -Djava.awt.headless=true} on a server). Thread-safe as long as one chart is not exported
 * from two threads at once.
 */
public final class ChartFiles {
    /** PNG scale: XChart scales by dpi / 72, so 144 dpi gives 2x, sharp on high-density screens. */
    public static final int PNG_DPI = 144;
    public static final int PNG_SCALE = PNG_DPI / 72;

    private ChartFiles() {
    }

    /** Writes {@code <name>.png}, {@code <name>.svg} and {@code <name>.pdf} into dir (created if needed). */
    public static List<Path> write(NamedChart chart, Path dir) throws IOException {
        return write(chart, dir, ChartFormat.ALL);
    }

    /** Writes {@code <name>.<ext>} for each format into dir (created if needed), in the order PNG, SVG, PDF. */
    public static List<Path> write(NamedChart chart, Path dir, Set<ChartFormat> formats) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (ChartFormat format : ChartFormat.values()) {
            if (formats.contains(format)) {
                Path file = dir.resolve(chart.name() + "." + format.extension());
                atomically(file, tmp -> write(chart, format, tmp));
                written.add(file);
            }
        }
        return written;
    }

    private static void write(NamedChart chart, ChartFormat format, Path tmp) throws IOException {
        switch (format) {
            case PNG -> writePng(image(chart, PNG_SCALE), tmp);
            case SVG -> {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    VectorGraphicsEncoder.saveVectorGraphic(new Footed(chart), out, VectorGraphicsFormat.SVG);
                }
            }
            case PDF -> {
                // The path overload of PdfboxGraphicsEncoder writes a truncated file (shared/docs/traps.md).
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    PdfboxGraphicsEncoder.savePdfboxGraphics(new Footed(chart), out);
                }
                if (!endsWithEof(tmp)) {
                    throw new IOException("PDF export of " + chart.name() + " is truncated (no %%EOF)");
                }
                Files.write(tmp, withContentId(Files.readAllBytes(tmp)));
            }
            default -> throw new IllegalArgumentException(format.name());
        }
    }

    /** Writes every chart into dir; returns the files written. */
    public static List<Path> writeAll(List<NamedChart> charts, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (NamedChart c : charts) {
            files.addAll(write(c, dir));
        }
        return files;
    }

    /** The chart as SVG text without XML prolog or doctype, ready to inline in HTML. */
    public static String svg(NamedChart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(new Footed(chart), out, VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String s = out.toString(StandardCharsets.UTF_8);
        s = s.replaceFirst("^\\s*<\\?xml[^>]*\\?>\\s*", "");
        s = s.replaceFirst("^\\s*<!DOCTYPE[^>]*>\\s*", "");
        return s.strip();
    }

    /** The chart drawn at 1x, e.g. for display in a notebook. */
    public static BufferedImage image(NamedChart chart) {
        return image(chart, 1.0);
    }

    /** The chart drawn at the given scale (2.0 for high-density screens). */
    public static BufferedImage image(NamedChart chart, double scale) {
        IChart c = new Footed(chart);
        BufferedImage img = new BufferedImage((int) Math.round(c.getWidth() * scale),
                (int) Math.round(c.getHeight() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(scale, scale);
            c.paint(g, c.getWidth(), c.getHeight());
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * PNG at deflate level 4 (ImageIO's default, about the same size) with the resolution recorded,
     * so that slide software places a 2x image at its intended size. One thread per image: the
     * charts of a report are already drawn in parallel.
     */
    private static void writePng(BufferedImage img, Path file) throws IOException {
        new PngEncoder().withBufferedImage(img).withCompressionLevel(4).withMultiThreadedCompressionEnabled(false)
                .withPhysicalPixelDimensions(PngEncoderPhysicalPixelDimensions.dotsPerInch(PNG_DPI)).toFile(file);
    }

    private interface Writer {
        void write(Path tmp) throws IOException;
    }

    private static void atomically(Path target, Writer writer) throws IOException {
        String file = target.getFileName().toString();
        String ext = file.substring(file.lastIndexOf('.'));
        // the name of AtomicFiles' temporary files plus the extension (encoders insist on it), so that
        // the clean-up of a killed run's leftovers recognises them
        Path tmp = Files.createFile(target.toAbsolutePath().getParent()
                .resolve("." + file + "." + java.util.UUID.randomUUID() + ".tmp" + ext));
        try {
            writer.write(tmp);
            if (Files.size(tmp) == 0) {
                throw new IOException("empty export: " + target);
            }
            readableByAll(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Temporary files are private (rw-------); a chart file is for anyone who may read the folder. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /**
     * The PDF with its trailer's document ID (random in PDFBox, so two identical drawings would give
     * different files) replaced by a hash of the rest of the file, digit for digit, so that no byte
     * offset moves. The same drawing then gives the same bytes, as the PDF specification intends
     * for an ID "computed from the contents" (ISO 32000-1, 14.4). A PDF without an ID is returned as is.
     */
    static byte[] withContentId(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]*)>\\s*<([0-9A-Fa-f]*)>")
                .matcher(text);
        int at = -1;
        while (m.find()) {
            at = m.start(); // the last trailer's ID is the one readers use
        }
        if (at < 0 || !m.find(at)) {
            return pdf;
        }
        byte[] out = pdf.clone();
        for (int g = 1; g <= 2; g++) {
            java.util.Arrays.fill(out, m.start(g), m.end(g), (byte) '0');
        }
        String hash;
        try {
            hash = java.util.HexFormat.of().withUpperCase().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(out));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (int g = 1; g <= 2; g++) {
            for (int i = m.start(g), k = 0; i < m.end(g); i++, k++) {
                out[i] = (byte) hash.charAt(k % hash.length());
            }
        }
        return out;
    }

    private static boolean endsWithEof(Path pdf) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(pdf.toFile(), "r")) {
            long n = f.length();
            int k = (int) Math.min(n, 32);
            byte[] tail = new byte[k];
            f.seek(n - k);
            f.readFully(tail);
            return new String(tail, StandardCharsets.ISO_8859_1).strip().endsWith("%%EOF");
        }
    }
}
