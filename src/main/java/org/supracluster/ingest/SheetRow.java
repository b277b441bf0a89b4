package org.supracluster.ingest;

import java.util.List;

/**
 * One row of a table that did not come as CSV text (a spreadsheet's sheet): its line (the
 * sheet's 1-based row number, as the user sees it in Excel) and its cells as text, in column
 * order. Empty cells are {@code ""}; a row may be shorter than the header (trailing empty cells).
 */
public record SheetRow(long line, List<String> cells) {
    public SheetRow {
        cells = List.copyOf(cells);
    }
}
