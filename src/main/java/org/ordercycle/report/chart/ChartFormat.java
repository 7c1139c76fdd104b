package org.ordercycle.report.chart;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The file formats a chart can be written in. A report draws only the formats asked for, PNG by
 * default (docs/charts.md): each format paints the whole chart again, and the vector formats
 * load their own libraries.
 */
public enum ChartFormat {
    PNG, SVG, PDF;

    /** What a report draws unless told otherwise. */
    public static final Set<ChartFormat> DEFAULT = Collections.unmodifiableSet(EnumSet.of(PNG));
    /** Every format. */
    public static final Set<ChartFormat> ALL = Collections.unmodifiableSet(EnumSet.allOf(ChartFormat.class));
    /** The allowed values as users type them, for messages: "png, svg, pdf". */
    public static final String ALLOWED = "png, svg, pdf";

    /** The file extension, without the dot: "png". */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The formats of the chart files in a folder's {@code charts/}, by extension, in the order
     * PNG, SVG, PDF; {@code whenNone} when it holds none (or does not exist).
     */
    public static Set<ChartFormat> drawnIn(java.nio.file.Path charts, Set<ChartFormat> whenNone)
            throws java.io.IOException {
        EnumSet<ChartFormat> found = EnumSet.noneOf(ChartFormat.class);
        if (java.nio.file.Files.isDirectory(charts)) {
            try (var files = java.nio.file.Files.list(charts)) {
                files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("."))
                        .forEach(n -> {
                            for (ChartFormat f : values()) {
                                if (n.endsWith("." + f.extension())) {
                                    found.add(f);
                                }
                            }
                        });
            }
        }
        return found.isEmpty() ? whenNone : Collections.unmodifiableSet(found);
    }

    /**
     * Formats from a comma-separated list such as "png,svg" (any case, spaces around names
     * ignored, repeats allowed), in the order PNG, SVG, PDF.
     *
     * @throws IllegalArgumentException naming the value and the allowed ones, for an empty list or an unknown name
     */
    public static Set<ChartFormat> parse(String list) {
        EnumSet<ChartFormat> formats = EnumSet.noneOf(ChartFormat.class);
        for (String raw : list.split(",", -1)) {
            String name = raw.strip().toUpperCase(Locale.ROOT);
            ChartFormat format = null;
            for (ChartFormat f : values()) {
                if (f.name().equals(name)) {
                    format = f;
                }
            }
            if (format == null) {
                throw new IllegalArgumentException((raw.isBlank() ? "an empty name" : "'" + raw.strip() + "'")
                        + " is not a chart format; allowed: " + ALLOWED + ", comma separated (e.g. png,svg)");
            }
            formats.add(format);
        }
        return Collections.unmodifiableSet(formats);
    }
}
