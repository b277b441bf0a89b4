package org.supracluster.export;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A value of a {@link ResultTable} as the HTML report shows it, for reading rather than for a
 * program (the CSV and JSON keep full precision): counts grouped by thousands ({@code 1,131}),
 * shares as percentages with one decimal ({@code 71.5%}), other numbers grouped with at most three
 * decimals and no trailing zeros ({@code 7,716.8}), undefined as "—", a role's name capitalised
 * ({@code Core hub}), each in the report's language.
 */
final class ReportCells {

    /** Below this a number is shown with three significant digits: it would round to 0.000. */
    private static final double SMALL = 0.001;

    private ReportCells() {
    }

    /** The cell of {@code value} in the column {@code column}. */
    static String format(String column, Object value, Locale locale) {
        if (value == null || value instanceof Double d && d.isNaN()) {
            return "—";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return NumberFormat.getIntegerInstance(locale).format(((Number) value).longValue());
        }
        if (value instanceof Double d) {
            return isShare(column) ? percent(d, locale) : decimal(d, locale);
        }
        String text = value.toString();
        return column.equals("role") ? capitalised(text, locale) : text;
    }

    /** Columns whose values are fractions of a whole (internal_share, cross_cluster_share, …). */
    static boolean isShare(String column) {
        return column.endsWith("_share");
    }

    static String percent(double share, Locale locale) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    static String decimal(double v, Locale locale) {
        double a = Math.abs(v);
        if (a != 0 && a < SMALL) {
            return String.format(locale, "%.3g", v);
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(3);
        String s = f.format(v);
        return s.equals("-0") ? "0" : s;
    }

    /** The first letter upper-case: English role names are lower-case mid-sentence, not in a cell. */
    static String capitalised(String text, Locale locale) {
        if (text.isEmpty()) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
