package org.ordercycle.report;

import java.util.List;

/**
 * What a report says, without its layout: the title, the verdict sentences, the tables as shown
 * and every chart with its reading. The slide deck is built from it; like the page it comes from,
 * it is drawn from the saved tables only. Immutable.
 *
 * @param title    the report's title
 * @param subtitle one sentence on what was run
 * @param findings the first list of findings of the page (for a comparison, "What changes")
 * @param tables   the page's tables in order (for a comparison the first is the headline table)
 * @param charts   every chart of the page in order, with its reading
 */
public record Outline(String title, String subtitle, List<String> findings, List<TableBlock> tables,
                      List<ChartSlide> charts) {

    public Outline {
        findings = List.copyOf(findings);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    /**
     * The verdict a reader takes away: the page's verdict paragraph, or its first findings on
     * pages without one.
     */
    public List<String> verdict() {
        return findings;
    }

    /** A table as the page shows it: cells are formatted text. */
    public record TableBlock(String heading, String note, List<String> header, List<List<String>> rows) {
        public TableBlock {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A chart of the page.
     *
     * @param name    file stem of its files in {@code charts/}
     * @param title   its title
     * @param reading the plain-language reading printed under it
     */
    public record ChartSlide(String name, String title, String reading) {
    }
}
