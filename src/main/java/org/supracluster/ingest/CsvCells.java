package org.supracluster.ingest;

/**
 * A table cell's text read as what it holds: the text as the user wrote it (an export's formula
 * neutralisation undone) and decimal numbers in the plain syntax people type. Counterpart of
 * {@code export.CsvCells}, which neutralises on the way out.
 */
final class CsvCells {

    private CsvCells() {
    }

    /**
     * Undoes the export's formula neutralisation (export.CsvCells): a cell of apostrophes followed by
     * one of {@code = + - @}, tab or carriage return loses one apostrophe, so an exported file
     * imports as it was. Other text is left alone.
     */
    static String unneutralise(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i > 0 && i < cell.length() && "=+-@\t\r".indexOf(cell.charAt(i)) >= 0 ? cell.substring(1) : cell;
    }

    /**
     * A decimal number as people write it in a CSV cell ({@code 37.5}, {@code -2}, {@code .5},
     * {@code 1e3}), or {@code null}: not Java's wider syntax ({@code 37.5d}, {@code 0x1p3},
     * {@code NaN}, {@code Infinity}), and nothing that overflows to infinity.
     */
    static Double decimal(String text) {
        int n = text.length();
        int i = 0;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) {
                return null;
            }
        }
        if (i != n) {
            return null;
        }
        double d = Double.parseDouble(text);
        return Double.isFinite(d) ? d : null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
