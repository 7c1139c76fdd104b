package org.ordercycle.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ordercycle.report.chart.ChartFormat;
import org.ordercycle.report.chart.NamedChart;

/**
 * One report, built once and written twice: as a self-contained {@code report.html} (charts inline,
 * as SVG when SVG files are drawn, otherwise as the PNG; no network) and as {@code summary.md}
 * (the headline table and the findings, charts linked as PNG, or the first format drawn). Every
 * user-supplied text is escaped on the way in. Each chart is handed to {@code onChart} as soon as
 * it is added, so that it can be drawn while the rest of the page is built.
 */
final class Page {
    private final String title;
    private final String subtitle;
    private final StringBuilder html = new StringBuilder();
    private final StringBuilder md = new StringBuilder();
    private final List<NamedChart> charts = new ArrayList<>();
    /** What the slide deck takes from the page: findings, tables and each chart with its reading. */
    private final List<String> verdict = new ArrayList<>();
    private final List<Outline.TableBlock> tables = new ArrayList<>();
    private final List<Outline.ChartSlide> chartSlides = new ArrayList<>();
    private final Set<ChartFormat> formats;
    private final Consumer<NamedChart> onChart;
    /** The currency its charts show money in; null to keep the word "money" (a run that named none). */
    private final String currency;

    Page(String title, String subtitle) {
        this(title, subtitle, ChartFormat.ALL, chart -> { }, null);
    }

    /**
     * A page whose charts are drawn in {@code formats}, with money in {@code currency} (null: as
     * "money"); {@code onChart} hears of each chart once added.
     */
    Page(String title, String subtitle, Set<ChartFormat> formats, Consumer<NamedChart> onChart, String currency) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("a report draws its charts in at least one format");
        }
        this.title = title;
        this.subtitle = subtitle;
        this.formats = Set.copyOf(formats);
        this.onChart = onChart;
        this.currency = currency;
        md.append("# ").append(Markdown.text(title)).append("\n\n").append(Markdown.text(subtitle)).append("\n\n");
    }

    /** The charts added so far, in order. */
    List<NamedChart> charts() {
        return List.copyOf(charts);
    }

    /** The page as the deck sees it: the first findings, the tables and every chart with its reading. */
    Outline outline() {
        return new Outline(title, subtitle, verdict, tables, chartSlides);
    }

    /** The verdict: the paragraph a manager repeats, first on the page. */
    Page verdict(List<String> sentences) {
        verdict.clear(); // the deck's verdict slide says the same
        verdict.addAll(sentences);
        html.append("<section class=\"verdict\" id=\"verdict\"><h2>Verdict</h2>\n");
        md.append("## Verdict\n\n");
        for (String s : sentences) {
            html.append("<p>").append(Html.text(s)).append("</p>\n");
            md.append(Markdown.text(s)).append("\n\n");
        }
        html.append("</section>\n");
        return this;
    }

    /** A visible warning box (overloaded departments); nothing when there is no warning. */
    Page warnings(String heading, String note, List<String> sentences) {
        if (sentences.isEmpty()) {
            return this;
        }
        html.append("<section class=\"warnings\" role=\"alert\"><h2>").append(Html.text(heading)).append("</h2><ul>\n");
        md.append("## ").append(Markdown.text(heading)).append("\n\n");
        for (String s : sentences) {
            html.append("<li>").append(Html.text(s)).append("</li>\n");
            md.append("- **").append(Markdown.text(s)).append("**\n");
        }
        html.append("</ul><p>").append(Html.text(note)).append("</p></section>\n");
        md.append('\n').append(Markdown.text(note)).append("\n\n");
        return this;
    }

    /** Key findings: short sentences with their numbers. */
    Page findings(String heading, List<String> sentences) {
        if (verdict.isEmpty()) { // pages without a verdict paragraph: their first findings stand in
            verdict.addAll(sentences);
        }
        html.append("<section class=\"findings\"><h2>").append(Html.text(heading)).append("</h2><ul>\n");
        md.append("## ").append(Markdown.text(heading)).append("\n\n");
        for (String s : sentences) {
            html.append("<li>").append(Html.text(s)).append("</li>\n");
            md.append("- ").append(Markdown.text(s)).append('\n');
        }
        html.append("</ul></section>\n");
        md.append('\n');
        return this;
    }

    /** A table in both outputs. */
    Page table(String heading, String note, List<String> header, List<List<String>> rows) {
        tables.add(new Outline.TableBlock(heading, note, header, rows));
        html.append("<section><h2>").append(Html.text(heading)).append("</h2>\n");
        if (!note.isEmpty()) {
            html.append("<p class=\"note\">").append(Html.text(note)).append("</p>\n");
        }
        html.append(Html.table(header, rows)).append("</section>\n");
        md.append("## ").append(Markdown.text(heading)).append("\n\n");
        if (!note.isEmpty()) {
            md.append(Markdown.text(note)).append("\n\n");
        }
        md.append(Markdown.table(header, rows)).append('\n');
        return this;
    }

    /** A chart (inline SVG) with its caption and a plain-language reading that quotes its numbers. */
    Page chart(NamedChart drawn, String reading) {
        NamedChart chart = add(drawn);
        chartSlides.add(new Outline.ChartSlide(chart.name(), chart.title(), reading));
        html.append("<section class=\"chart\" id=\"").append(Html.text(chart.name())).append("\"><h2>")
                .append(Html.text(chart.title())).append("</h2>\n").append(figure(chart))
                .append("<p class=\"reading\">").append(Html.text(reading)).append("</p></section>\n");
        md.append("### ").append(Markdown.text(chart.title())).append("\n\n![").append(Markdown.text(chart.title()))
                .append("](").append(linked(chart)).append(")\n\n").append(Markdown.text(reading))
                .append("\n\n");
        return this;
    }

    /** Small charts side by side under one heading, each with its reading below the grid. */
    Page chartGrid(String heading, List<NamedChart> small, List<String> readings) {
        html.append("<section class=\"chart\"><h2>").append(Html.text(heading)).append("</h2>\n<div class=\"grid\">");
        md.append("## ").append(Markdown.text(heading)).append("\n\n");
        for (int i = 0; i < small.size(); i++) {
            NamedChart chart = add(small.get(i));
            // the readings of a grid follow its charts in order; a chart without one is read by the heading
            chartSlides.add(new Outline.ChartSlide(chart.name(), chart.title(), i < readings.size() ? readings.get(i)
                    : heading));
            html.append(figure(chart));
            md.append("![").append(Markdown.text(chart.title())).append("](").append(linked(chart)).append(")\n");
        }
        html.append("</div>\n<ul class=\"reading\">");
        md.append('\n');
        for (String r : readings) {
            html.append("<li>").append(Html.text(r)).append("</li>");
            md.append("- ").append(Markdown.text(r)).append('\n');
        }
        html.append("</ul></section>\n");
        md.append('\n');
        return this;
    }

    /** Adds the chart, with money in the page's currency, and hands it on to be drawn. */
    private NamedChart add(NamedChart drawn) {
        NamedChart chart = currency == null ? drawn : drawn.inCurrency(currency);
        charts.add(chart);
        onChart.accept(chart);
        return chart;
    }

    /** The file summary.md shows: the PNG, or the first format drawn when there is no PNG. */
    private String linked(NamedChart chart) {
        ChartFormat shown = formats.contains(ChartFormat.PNG) ? ChartFormat.PNG : first();
        return "charts/" + chart.name() + "." + shown.extension();
    }

    private ChartFormat first() {
        for (ChartFormat f : ChartFormat.values()) {
            if (formats.contains(f)) {
                return f;
            }
        }
        throw new IllegalStateException("no chart format");
    }

    /** The chart inline (SVG if drawn, else PNG, else nothing) and links to the files drawn, and no others. */
    private String figure(NamedChart chart) {
        String mark = formats.contains(ChartFormat.SVG) ? SVG_MARK : formats.contains(ChartFormat.PNG) ? PNG_MARK : null;
        StringBuilder b = new StringBuilder("<figure data-chart=\"").append(Html.text(chart.name())).append("\">");
        if (mark != null) {
            b.append(mark).append(chart.name()).append(MARK_END);
        }
        b.append("<figcaption>").append(Html.text(chart.caption())).append(" <span class=\"files\">Files: ");
        for (ChartFormat f : ChartFormat.values()) {
            if (formats.contains(f)) {
                b.append("<a href=\"charts/").append(Html.text(chart.name())).append('.').append(f.extension())
                        .append("\">").append(f.name()).append("</a> ");
            }
        }
        return b.append("</span></figcaption></figure>\n").toString();
    }

    /** A section of prose paragraphs (HTML only: the summary stays short). */
    Page prose(String heading, List<String> paragraphs) {
        html.append("<section><h2>").append(Html.text(heading)).append("</h2>\n");
        for (String p : paragraphs) {
            html.append("<p>").append(Html.text(p)).append("</p>\n");
        }
        html.append("</section>\n");
        return this;
    }

    /** The manifest, verbatim (HTML only). */
    Page manifest(String json) {
        html.append("<section><h2>Manifest</h2><p class=\"note\">Everything needed to reproduce these numbers: "
                + "<code>ordercycle rerun manifest.json</code>.</p><details><summary>manifest.json</summary><pre>")
                .append(Html.text(json)).append("</pre></details></section>\n");
        md.append("Reproduce with `ordercycle rerun manifest.json`; every table is in `tables/`.\n");
        return this;
    }

    /** Marks where a chart's image goes: it is read from the file written for it, not drawn twice. */
    private static final String SVG_MARK = "<!--svg:";
    private static final String PNG_MARK = "<!--png:";
    private static final String MARK_END = "-->";

    /** The page with every chart inline: its SVG from {@code svgOf(name)} or its PNG from {@code pngOf(name)}. */
    String html(Function<String, String> svgOf, Function<String, byte[]> pngOf) {
        StringBuilder body = new StringBuilder(html.length() + 200_000 * charts.size());
        int at = 0;
        for (int mark = nextMark(at); mark >= 0; mark = nextMark(at)) {
            int end = html.indexOf(MARK_END, mark);
            String name = html.substring(mark + SVG_MARK.length(), end);
            body.append(html, at, mark).append(html.indexOf(SVG_MARK, mark) == mark ? scalable(svgOf.apply(name))
                    : image(name, pngOf.apply(name)));
            at = end + MARK_END.length();
        }
        body.append(html, at, html.length());
        return page(body);
    }

    private int nextMark(int from) {
        int svg = html.indexOf(SVG_MARK, from);
        int png = html.indexOf(PNG_MARK, from);
        return svg < 0 ? png : png < 0 ? svg : Math.min(svg, png);
    }

    /** The PNG as an image inside the page (a data URI), so that report.html still stands alone. */
    private String image(String name, byte[] png) {
        String alt = charts.stream().filter(c -> c.name().equals(name)).map(NamedChart::title).findFirst().orElse(name);
        return "<img alt=\"" + Html.text(alt) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png) + "\">";
    }

    private String page(CharSequence body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + Html.text(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<header><h1>"
                + Html.text(title) + "</h1><p class=\"subtitle\">" + Html.text(subtitle) + "</p></header>\n<main>\n"
                + body + "</main>\n<footer>Made by OrderCycle. Charts are drawn from <code>tables/</code> alone; "
                + "<code>ordercycle report FOLDER</code> draws this page again.</footer>\n<script>" + CHECK
                + "</script>\n</body></html>\n";
    }

    String markdown() {
        return md.toString();
    }

    /**
     * The SVG ready to inline: no XML prolog or doctype inside HTML. Its viewBox (VectorGraphics2D
     * writes one) lets the CSS width scale it with the page.
     */
    static String scalable(String svg) {
        int start = svg.indexOf("<svg");
        return start > 0 ? svg.substring(start) : svg;
    }

    /** Marks each figure whose chart has a visible size: a cheap self-check, also read by the browser test. */
    private static final String CHECK = "window.addEventListener('load',function(){"
            + "var figs=document.querySelectorAll('figure[data-chart]'),ok=0;"
            + "figs.forEach(function(f){var s=f.querySelector('svg,img');var r=s?s.getBoundingClientRect():null;"
            + "var v=!!r&&r.width>100&&r.height>50&&getComputedStyle(s).visibility!=='hidden';"
            + "f.setAttribute('data-visible',v?'yes':'no');if(v)ok++;});"
            + "document.body.setAttribute('data-charts',ok+'/'+figs.length);});";

    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;margin:0;color:#1b1b1b;background:#fff;\
            line-height:1.5}
            header{background:#0b3954;color:#fff;padding:1.5rem 2rem}
            header h1{margin:0;font-size:1.8rem}.subtitle{margin:.3rem 0 0;opacity:.9}
            main{max-width:1100px;margin:0 auto;padding:1rem 2rem}
            section{margin:2rem 0}h2{font-size:1.35rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
            .findings li{margin:.35rem 0}
            .verdict{background:#eef6ee;border-left:6px solid #009e73;padding:.2rem 1rem;font-size:1.08rem}
            .warnings{background:#fff4e5;border:2px solid #d55e00;border-radius:4px;padding:.2rem 1rem}
            .warnings h2{color:#a33a00;border-bottom-color:#f0c8a8}
            figure{margin:0}figure svg,figure img{width:100%;height:auto;display:block}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:1rem}
            ul.reading{list-style:none}ul.reading li{margin:.4rem 0}
            figcaption{color:#555;font-size:.92rem;margin-top:.3rem}.files a{margin-right:.4rem}
            .reading{background:#f4f7fa;border-left:4px solid #0072b2;padding:.6rem 1rem}
            .note{color:#555}.table{overflow-x:auto}
            table{border-collapse:collapse;font-size:.92rem}th,td{padding:.3rem .7rem;border-bottom:1px solid #e3e3e3}
            th{text-align:left;background:#f2f2f2}td.num{text-align:right;font-variant-numeric:tabular-nums}
            pre{background:#f6f6f6;padding:1rem;overflow-x:auto;font-size:.85rem}
            footer{max-width:1100px;margin:2rem auto;padding:0 2rem 2rem;color:#666;font-size:.9rem}
            """;
}
