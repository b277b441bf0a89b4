package org.supracluster.ingest;

import static org.supracluster.ingest.XlsxCells.clip;
import static org.supracluster.ingest.XlsxCells.dateOrTime;
import static org.supracluster.ingest.XlsxCells.decodeEscapes;
import static org.supracluster.ingest.XlsxCells.isoDate;
import static org.supracluster.ingest.XlsxCells.name;
import static org.supracluster.ingest.XlsxCells.plain;
import static org.supracluster.ingest.XlsxCells.smallInt;
import static org.supracluster.ingest.XlsxSheet.LAST_COLUMN;
import static org.supracluster.ingest.XlsxSheet.LAST_ROW;
import static org.supracluster.ingest.XlsxSheet.MAX_CELLS;
import static org.supracluster.ingest.XlsxSheet.MAX_CELL_CHARS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import org.supracluster.ingest.XlsxSheet.Refusal;
import org.supracluster.model.Message;

/**
 * One worksheet part read into rows of text: the rows of {@code <sheetData>} in order, each cell at
 * its column, its value as {@link XlsxSheet} describes. Row numbers and cell references are checked
 * as they come (in order, within Excel's last row and column), and the cell positions kept, gaps
 * included, are counted against {@link XlsxSheet#MAX_CELLS}: a few far-apart values would otherwise
 * pad the rows with millions of empty cells. Cells that read oddly for a reason the user should know
 * are told through {@link XlsxSheetWarnings}.
 */
final class XlsxSheetReader {

    /** The longest number text worth parsing: a double needs at most 24 characters. */
    private static final int MAX_NUMBER_CHARS = 40;

    /** A cell as stored: its type, its format's index, its value, its inline text, whether it has a formula. */
    private record Stored(String type, Integer style, String v, String inline, boolean formula) { }

    private final XlsxPart p;
    private final XlsxStyles styles;
    private final List<String> shared;
    private final boolean date1904;
    private final XlsxSheetWarnings warnings;
    private final List<SheetRow> rows = new ArrayList<>();
    private long cells;
    private long lastRow;

    XlsxSheetReader(XlsxPart p, XlsxStyles styles, List<String> shared, boolean date1904, String file,
                    ImportReport report) {
        this.p = p;
        this.styles = styles;
        this.shared = shared;
        this.date1904 = date1904;
        this.warnings = new XlsxSheetWarnings(file, report);
    }

    /** The sheet's rows that hold a value, in order; closes the part and then gives the warnings. */
    List<SheetRow> read() throws Refusal {
        try (p) {
            boolean inData = false;
            while (p.next() != XMLStreamConstants.END_DOCUMENT) {
                if (p.isStart() && p.local().equals("sheetData")) {
                    inData = true;
                } else if (p.isEnd() && p.local().equals("sheetData")) {
                    inData = false;
                } else if (inData && p.isStart() && p.local().equals("row")) {
                    row();
                }
            }
        }
        warnings.tell();
        return rows;
    }

    /** One {@code <row>}, the reader on its start element: its values at their columns, kept when any. */
    private void row() throws Refusal {
        long line = rowNumber(p.attr("r"));
        lastRow = line;
        p.row = line;
        List<String> values = new ArrayList<>();
        int lastColumn = -1;
        int base = p.depth();
        while (true) {
            int ev = p.next();
            if (ev == XMLStreamConstants.END_DOCUMENT || ev == XMLStreamConstants.END_ELEMENT && p.depth() < base) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT && p.local().equals("c")) {
                int column = column(p.attr("r"), lastColumn, line);
                lastColumn = column;
                String value = cell(line, column);
                if (!value.isEmpty()) {
                    keep(values, column, value, line);
                }
            }
        }
        if (!values.isEmpty()) {
            rows.add(new SheetRow(line, values));
        }
    }

    /** The row's number: its {@code r} attribute, else the one after the previous row; in order. */
    private long rowNumber(String r) throws Refusal {
        long line;
        if (r == null) {
            line = lastRow + 1;
        } else {
            Integer n = smallInt(r);
            if (n == null || n < 1) {
                throw new Refusal(lastRow + 1, Message.of("ingest.xlsx.badRowNumber", Message.quoted(clip(r))));
            }
            line = n;
        }
        if (line > LAST_ROW) {
            throw new Refusal(line, Message.of("ingest.xlsx.rowBeyondLast"));
        }
        if (line <= lastRow) {
            throw new Refusal(line, Message.of("ingest.xlsx.rowsOutOfOrder", Long.toString(line),
                    Long.toString(lastRow)));
        }
        return line;
    }

    /** Puts a value at its column, the gap before it filled with empty cells that count against the cap. */
    private void keep(List<String> values, int column, String value, long line) throws Refusal {
        cells += column - values.size() + 1;
        if (cells > MAX_CELLS) {
            throw new Refusal(line, Message.of("ingest.xlsx.tooManyCells",
                    String.format(Locale.ROOT, "%,d", MAX_CELLS)));
        }
        while (values.size() < column) {
            values.add("");
        }
        values.add(value);
    }

    /** The 0-based column of a cell: its reference's, else the one after the previous cell. */
    private int column(String ref, int previous, long line) throws Refusal {
        int column;
        if (ref == null) {
            column = previous + 1;
        } else {
            String t = ref.strip();
            int i = 0;
            long c = 0;
            while (i < t.length() && i < 6 && (t.charAt(i) >= 'A' && t.charAt(i) <= 'Z'
                    || t.charAt(i) >= 'a' && t.charAt(i) <= 'z')) {
                c = c * 26 + (Character.toUpperCase(t.charAt(i)) - 'A' + 1);
                i++;
            }
            if (i == 0 || smallInt(t.substring(i)) == null) {
                throw new Refusal(line, Message.of("ingest.xlsx.badCellReference", Message.quoted(clip(ref))));
            }
            column = (int) Math.min(c - 1, LAST_COLUMN);
        }
        if (column >= LAST_COLUMN) {
            throw new Refusal(line, Message.of("ingest.xlsx.columnBeyondLast"));
        }
        if (column <= previous) {
            throw new Refusal(line, Message.of("ingest.xlsx.cellsOutOfOrder", name(column, line),
                    name(previous, line)));
        }
        return column;
    }

    /** The cell's value as text, the reader on its start element; leaves it on its end element. */
    private String cell(long line, int column) throws Refusal {
        return value(stored(line, column), line, column);
    }

    /** The cell's type, format, value and inline text as stored; leaves the reader on its end element. */
    private Stored stored(long line, int column) throws Refusal {
        String type = p.attr("t");
        type = type == null ? "n" : type.strip();
        Integer style = smallInt(p.attr("s"));
        String v = null;
        String inline = null;
        boolean formula = false;
        int base = p.depth();
        StringBuilder text = null;
        while (true) {
            int ev = p.next();
            if (ev == XMLStreamConstants.END_DOCUMENT || ev == XMLStreamConstants.END_ELEMENT && p.depth() < base) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (p.local()) {
                    case "v" -> text = new StringBuilder();
                    case "is" -> inline = XlsxSharedStrings.richText(p, "is", line,
                            Message.of("ingest.xlsx.cell", name(column, line)));
                    case "f" -> formula = true;
                    default -> { }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && p.local().equals("v") && text != null) {
                v = text.toString();
                text = null;
            } else if (text != null && p.isText()) {
                text.append(p.r.getTextCharacters(), p.r.getTextStart(), p.r.getTextLength());
                if (text.length() > MAX_CELL_CHARS) {
                    throw new Refusal(line, XlsxSharedStrings.tooManyChars(Message.of("ingest.xlsx.cell",
                            name(column, line))));
                }
            }
        }
        return new Stored(type, style, v, inline, formula);
    }

    /** A stored cell's value as text, by its type. */
    private String value(Stored c, long line, int column) throws Refusal {
        String v = c.v();
        boolean formula = c.formula();
        switch (c.type()) {
            case "inlineStr":
                return c.inline() != null ? c.inline() : v == null ? "" : v;
            case "s":
                return sharedText(v, line, column);
            case "str":
                return v == null ? warnings.withoutValue(formula, line, column) : decodeEscapes(v);
            case "b":
                if (v == null) {
                    return warnings.withoutValue(formula, line, column);
                }
                return switch (v.strip()) {
                    case "1", "true" -> "TRUE";
                    case "0", "false" -> "FALSE";
                    default -> warnings.odd(v, line, column);
                };
            case "e":
                return warnings.error(v, line, column);
            case "d":
                return v == null ? warnings.withoutValue(formula, line, column) : isoDate(v);
            case "n":
                if (v == null || v.isBlank()) {
                    return v == null ? warnings.withoutValue(formula, line, column) : "";
                }
                return number(v, c.style(), line, column);
            default:
                return v == null ? "" : warnings.odd(v, line, column);
        }
    }

    /** A shared-string cell: the table's text of that number; refused when the table lacks it. */
    private String sharedText(String v, long line, int column) throws Refusal {
        if (v == null || v.isBlank()) {
            return "";
        }
        Integer i = smallInt(v);
        if (i == null || i >= shared.size()) {
            throw new Refusal(line, Message.of("ingest.xlsx.sharedTextMissing", name(column, line),
                    clip(v.strip())));
        }
        return shared.get(i);
    }

    /** A number cell: a date or time when its format shows one, else in plain decimal notation. */
    private String number(String raw, Integer style, long line, int column) {
        String t = raw.strip();
        if (t.length() > MAX_NUMBER_CHARS) {
            return warnings.odd(raw, line, column);
        }
        BigDecimal d;
        try {
            d = new BigDecimal(t);
        } catch (NumberFormatException e) {
            return warnings.odd(raw, line, column);
        }
        if (style != null && (styles.dates.get(style) || styles.times.get(style))) {
            String shown = dateOrTime(d, styles.dates.get(style), date1904);
            if (shown != null) {
                return shown;
            }
        }
        return plain(d, t);
    }
}
