package org.ordercycle.report.chart;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart with the names a report needs around it.
 *
 * @param name file stem, lower-case letters, digits and hyphens, e.g. {@code lead-time-distribution}
 * @param title the chart's title, also usable as a heading
 * @param caption one sentence: what the chart shows and its units, without numbers
 * @param chart the XChart chart (mutable: render it from one thread at a time)
 * @param seriesNames the names the legend shows (usually the policies), in order
 * @param footer the line drawn under the chart in every exported file so that it stands alone on a
 *     slide, e.g. "classroom · siloed vs joint · 5 replications · bars: 95% intervals"; may be empty
 */
public record NamedChart(String name, String title, String caption, Chart<?, ?> chart, List<String> seriesNames,
                         String footer) {
    private static final Pattern STEM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public NamedChart {
        Objects.requireNonNull(chart, "chart");
        if (name == null || !STEM.matcher(name).matches()) {
            throw new IllegalArgumentException("chart name must be a lower-case file stem, was " + name);
        }
        title = Objects.requireNonNullElse(title, "");
        caption = Objects.requireNonNullElse(caption, "");
        seriesNames = List.copyOf(seriesNames);
        footer = Objects.requireNonNullElse(footer, "").strip();
    }

    /** A chart without a footer yet. */
    public NamedChart(String name, String title, String caption, Chart<?, ?> chart, List<String> seriesNames) {
        this(name, title, caption, chart, seriesNames, "");
    }

    /** This chart with {@code context} (the experiment: scenario, policies, replications) put before its footer. */
    public NamedChart withContext(String context) {
        return new NamedChart(name, title, caption, chart, seriesNames, join(context, footer));
    }

    /** This chart with {@code note} (how to read it, e.g. "bars: 95% intervals") put after its footer. */
    public NamedChart withNote(String note) {
        return new NamedChart(name, title, caption, chart, seriesNames, join(footer, note));
    }

    private static String join(String a, String b) {
        String x = Objects.requireNonNullElse(a, "").strip();
        String y = Objects.requireNonNullElse(b, "").strip();
        return x.isEmpty() ? y : y.isEmpty() ? x : x + " · " + y;
    }

    /** A file-stem form of any text, e.g. a policy name: lower case, runs of other characters as one hyphen. */
    public static String slug(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
