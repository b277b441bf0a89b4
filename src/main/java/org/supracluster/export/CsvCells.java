package org.supracluster.export;

/**
 * Formula injection (OWASP, "CSV Injection"): a spreadsheet opening a CSV runs a cell that starts
 * with {@code = + - @}, a tab or a carriage return as a formula, so a firm named
 * {@code =HYPERLINK("http://…")} in someone's data would act when an analyst opens the export.
 * Such a text cell is written with a leading apostrophe, which spreadsheets show as plain text.
 *
 * <p>Only text cells (ids, names, cities, attributes, their column names) are neutralised; numbers
 * the program formats itself (coordinates such as {@code -0.5}, weights, years) stay numbers, since
 * a spreadsheet reads them as values, never as formulas. A text that already starts with
 * apostrophes before such a character gets one more, and the CSV import removes exactly one from
 * a cell of that shape, so an export imports again unchanged.
 */
public final class CsvCells {

    /** The characters that make a spreadsheet read a cell as a formula. */
    public static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    /** The text as a spreadsheet-safe cell: with one more leading apostrophe when it could start a formula. */
    public static String neutralise(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0 ? "'" + text : text;
    }
}
