package org.ordercycle.report;

import java.util.ArrayList;
import java.util.List;
import org.ordercycle.report.chart.NamedChart;

/**
 * One report, built once and written twice: as a self-contained {@code report.html} (charts as
 * inline SVG, no network) and as {@code summary.md} (the headline table and the findings, charts
 * linked as PNG). Every user-supplied text is escaped on the way in.
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

    Page(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
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
    Page chart(NamedChart chart, String reading) {
        charts.add(chart);
        chartSlides.add(new Outline.ChartSlide(chart.name(), chart.title(), reading));
        html.append("<section class=\"chart\" id=\"").append(Html.text(chart.name())).append("\"><h2>")
                .append(Html.text(chart.title())).append("</h2>\n").append(figure(chart))
                .append("<p class=\"reading\">").append(Html.text(reading)).append("</p></section>\n");
        md.append("### ").append(Markdown.text(chart.title())).append("\n\n![").append(Markdown.text(chart.title()))
                .append("](charts/").append(chart.name()).append(".png)\n\n").append(Markdown.text(reading))
                .append("\n\n");
        return this;
    }

    /** Small charts side by side under one heading, each with its reading below the grid. */
    Page chartGrid(String heading, List<NamedChart> small, List<String> readings) {
        html.append("<section class=\"chart\"><h2>").append(Html.text(heading)).append("</h2>\n<div class=\"grid\">");
        md.append("## ").append(Markdown.text(heading)).append("\n\n");
        for (int i = 0; i < small.size(); i++) {
            NamedChart chart = small.get(i);
            charts.add(chart);
            // the readings of a grid follow its charts in order; a chart without one is read by the heading
            chartSlides.add(new Outline.ChartSlide(chart.name(), chart.title(), i < readings.size() ? readings.get(i)
                    : heading));
            html.append(figure(chart));
            md.append("![").append(Markdown.text(chart.title())).append("](charts/").append(chart.name())
                    .append(".png)\n");
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

    private static String figure(NamedChart chart) {
        StringBuilder b = new StringBuilder("<figure data-chart=\"").append(Html.text(chart.name())).append("\">")
                .append(SVG_MARK).append(chart.name()).append(SVG_END).append("<figcaption>").append(Html.text(chart.caption()))
                .append(" <span class=\"files\">Files: ");
        for (String ext : new String[] {"png", "svg", "pdf"}) {
            b.append("<a href=\"charts/").append(Html.text(chart.name())).append('.').append(ext).append("\">")
                    .append(ext.toUpperCase(java.util.Locale.ROOT)).append("</a> ");
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

    /** Marks where a chart's SVG goes: the SVG is read from the file written for it, not drawn twice. */
    private static final String SVG_MARK = "<!--svg:";
    private static final String SVG_END = "-->";

    /** The page with every chart's SVG inlined, each taken from {@code svgOf(name)}. */
    String html(java.util.function.Function<String, String> svgOf) {
        StringBuilder body = new StringBuilder(html.length() + 200_000 * charts.size());
        int at = 0;
        for (int mark = html.indexOf(SVG_MARK); mark >= 0; mark = html.indexOf(SVG_MARK, at)) {
            int end = html.indexOf(SVG_END, mark);
            body.append(html, at, mark).append(scalable(svgOf.apply(html.substring(mark + SVG_MARK.length(), end))));
            at = end + SVG_END.length();
        }
        body.append(html, at, html.length());
        return page(body);
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
            + "figs.forEach(function(f){var s=f.querySelector('svg');var r=s?s.getBoundingClientRect():null;"
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
            figure{margin:0}figure svg{width:100%;height:auto;display:block}
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
