package org.ordercycle.model;

import java.util.List;
import java.util.function.Supplier;
import org.ordercycle.stats.TimeAverage;

/**
 * What the company holds whose cost the measures value over the run: the products (their stock),
 * the production lines (their hours) and the money customers owe. The lists fill as the company
 * is built and billing, which keeps the receivables, is built after the measures: all three are
 * read only at the end of the run.
 */
record Assets(List<ProductModel> products, List<LineModel> lines, Supplier<TimeAverage> receivables) {
}
