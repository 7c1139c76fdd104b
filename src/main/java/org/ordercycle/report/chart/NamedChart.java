package org.ordercycle.report.chart;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.ordercycle.io.SafeNames;

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
    /** "money" as an axis title's unit: "money", "mean cost (money)". */
    private static final Pattern MONEY_UNIT = Pattern.compile("\\bmoney\\b");
    /** "money" as the unit in a title or caption: "Total cost (money, thousands)". */
    private static final Pattern MONEY_IN_TEXT = Pattern.compile("\\(money\\b");

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

    /**
     * This chart with money shown in {@code currency} (an ISO 4217 code such as EUR) where its
     * title, caption and axis titles name the unit "money"; a title such as "Where the money goes"
     * keeps its word. The chart's own titles are changed in place.
     */
    public NamedChart inCurrency(String currency) {
        String code = Matcher.quoteReplacement(currency);
        UnaryOperator<String> unit = t -> t == null ? null : MONEY_UNIT.matcher(t).replaceAll(code);
        UnaryOperator<String> text = t -> t == null ? null
                : MONEY_IN_TEXT.matcher(t.replace("money (scenario currency)", currency)).replaceAll("(" + code);
        chart.setTitle(text.apply(chart.getTitle()));
        if (chart instanceof AxesChart<?, ?> axes) {
            axes.setXAxisTitle(unit.apply(axes.getXAxisTitle()));
            axes.setYAxisTitle(unit.apply(axes.getYAxisTitle()));
        }
        return new NamedChart(name, text.apply(title), text.apply(caption), chart, seriesNames, footer);
    }


    private static String join(String a, String b) {
        String x = Objects.requireNonNullElse(a, "").strip();
        String y = Objects.requireNonNullElse(b, "").strip();
        return x.isEmpty() ? y : y.isEmpty() ? x : x + " · " + y;
    }

    /** Longest stem {@link #stem} and {@link #slug} return, so that a file name built of two stays short. */
    static final int MAX_STEM = 60;

    /**
     * A file-stem form of one of OrderCycle's own names (a measure, a scenario field path): lower
     * case, runs of other characters as one hyphen; a very long one is cut and ends with a short
     * hash of the whole. Distinct names of ours stay distinct; for users' names use {@link #slug}.
     */
    public static String stem(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_STEM) {
            s = s.substring(0, MAX_STEM - 9).replaceAll("-+$", "") + "-" + SafeNames.hash(text);
        }
        return s.isEmpty() ? "x" : s;
    }

    /**
     * A file-stem form of a name a user gave (a policy, a product), distinct for distinct names: a
     * name that is already a stem (e.g. {@code joint}) is kept; any other gets a short hash of the
     * exact name, so that "Fast Policy" and "fast-policy", or two names in another script
     * ("Политика А", "Политика Б"), never share a file.
     */
    public static String slug(String text) {
        String s = stem(text);
        if (s.equals(text)) {
            return s;
        }
        if (s.length() > MAX_STEM - 9) {
            s = s.substring(0, MAX_STEM - 9).replaceAll("-+$", "");
        }
        return (s.isEmpty() ? "x" : s) + "-" + SafeNames.hash(text);
    }
}
