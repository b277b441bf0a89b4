package org.supracluster.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * How a cell's stored value reads as text, kept apart from the sheet's XML so that each rule can be
 * checked on its own: numbers in plain decimal notation (an identifier such as a business number
 * must not read as {@code 1.23456789E9}), serial day numbers as ISO dates or times of day (Excel's
 * 1900 and 1904 date systems, with its phantom 29 February 1900), Excel's {@code _xHHHH_} escapes
 * decoded; and the small helpers the readers share: a cell's name for messages, a clipped value,
 * a non-negative attribute number.
 */
final class XlsxCells {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final long DAY_MS = 86_400_000L;

    private XlsxCells() {
    }

    /** A cell's name as Excel shows it, e.g. {@code C12}. */
    static String name(int column, long row) {
        StringBuilder b = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.append(row).toString();
    }

    /** A value as a message quotes it: its first 30 characters, and an ellipsis when there are more. */
    static String clip(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    /** A number in plain decimal notation: no exponent, no trailing zeros; beyond any double, as written. */
    static String plain(BigDecimal d, String written) {
        if (d.signum() == 0) {
            return "0";
        }
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() > 400 || (long) s.precision() - s.scale() > 400) {
            return written;
        }
        return s.toPlainString();
    }

    /**
     * An Excel serial day number as an ISO date ({@code date}) or time of day; null when it is no
     * day Excel can show (negative, or after 9999-12-31), so that it reads as a number.
     */
    static String dateOrTime(BigDecimal serial, boolean date, boolean date1904) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_466)) >= 0) {
            return null;
        }
        long ms = serial.multiply(BigDecimal.valueOf(DAY_MS)).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        long days = Math.floorDiv(ms, DAY_MS);
        if (!date) {
            return days == 0 ? LocalTime.ofNanoOfDay(Math.floorMod(ms, DAY_MS) * 1_000_000L).format(TIME) : null;
        }
        LocalDate day;
        if (date1904) {
            day = LocalDate.of(1904, 1, 1).plusDays(days);
        } else if (days < 61) {
            // Excel counts a 29 February 1900 that never was (serial 60); days before it start on 1900-01-01 = 1.
            day = LocalDate.of(1899, 12, 31).plusDays(days);
        } else {
            day = LocalDate.of(1899, 12, 30).plusDays(days);
        }
        return day.toString();
    }

    /** A {@code t="d"} cell (ISO 8601 text, as LibreOffice may write): its date part, else as written. */
    static String isoDate(String v) {
        String t = v.strip();
        if (t.length() >= 10 && t.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(t.substring(0, 10)).toString();
            } catch (DateTimeException e) {
                return v;
            }
        }
        return v;
    }

    /** Excel writes control characters as {@code _xHHHH_} (and a literal {@code _x} as {@code _x005F_x}). */
    static String decodeEscapes(CharSequence s) {
        if (s.length() == 0) {
            return "";
        }
        String t = s.toString();
        if (t.indexOf("_x") < 0) {
            return t;
        }
        StringBuilder b = new StringBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            if (i + 7 <= t.length() && t.charAt(i) == '_' && t.charAt(i + 1) == 'x' && t.charAt(i + 6) == '_'
                    && hex4(t, i + 2)) {
                b.append((char) Integer.parseInt(t.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                b.append(t.charAt(i++));
            }
        }
        return b.toString();
    }

    private static boolean hex4(String t, int at) {
        for (int k = at; k < at + 4; k++) {
            if (Character.digit(t.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A non-negative int of at most 9 digits, else null. */
    static Integer smallInt(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty() || t.length() > 9) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.valueOf(t);
    }
}
