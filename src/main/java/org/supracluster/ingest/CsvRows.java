package org.supracluster.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A CSV text read with FastCSV: a required header row (column order free), then rows handed out
 * one at a time with their line numbers. Structural faults become report errors naming the line
 * and, where there is one, the column: a row with more or fewer fields than the header, a quoted
 * field never closed, text after a closing quote. Blank lines, and rows whose cells are all empty
 * (what a spreadsheet writes for an empty row), are skipped.
 *
 * <p>Quote faults are found by {@link QuoteFault}'s scan of the text, which follows FastCSV's rules
 * (a field is quoted only when its first character is a quote; inside it {@code ""} is a quote; a
 * quote elsewhere is ordinary text), so the report names the line where the faulty field starts,
 * not wherever the parser happened to stop.
 */
public final class CsvRows {

    /** One data row: its first line in the file and its fields by header position. */
    public final class Row {
        private final long line;
        private final List<String> fields;

        private Row(long line, List<String> fields) {
            this.line = line;
            this.fields = fields;
        }

        public long line() {
            return line;
        }

        /** The stripped value of a column, or "" when the column is absent or the cell empty. */
        public String get(String column) {
            Integer i = index.get(column);
            return i == null ? "" : CsvCells.unneutralise(fields.get(i).strip());
        }

        /** Values of the columns the reader does not know, by their header name as written. */
        public Map<String, String> extras(Set<String> known) {
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i);
                if (!known.contains(headerKeys.get(i)) && !fields.get(i).isBlank()) {
                    out.put(CsvCells.unneutralise(h.strip()), CsvCells.unneutralise(fields.get(i).strip()));
                }
            }
            return out;
        }
    }

    private final String fileName;
    private final String text;
    /** The rows of a sheet read by a spreadsheet reader, or {@code null} for CSV text. */
    private final List<SheetRow> sheet;
    private final HeaderNames names;
    private final ImportReport report;
    private final List<String> header = new ArrayList<>();
    /** {@link #key} of each header name, computed once rather than per row. */
    private final List<String> headerKeys = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    /** The first quote fault, scanned for on first use (never, for a text without quotes). */
    private QuoteFault fault;
    private boolean scanned;
    private long headerLine = 1;
    /** Records read up to and including the header (blank ones before it included). */
    private int skippedBeforeHeader;
    private long rowCount;

    private CsvRows(String fileName, String text, List<SheetRow> sheet, HeaderNames names, ImportReport report) {
        this.fileName = fileName;
        this.text = text == null ? null : bareCrAsLf(text);
        this.sheet = sheet;
        this.names = names;
        this.report = report;
    }

    private QuoteFault fault() {
        if (sheet != null) {
            return null;
        }
        if (!scanned) {
            fault = QuoteFault.first(text);
            scanned = true;
        }
        return fault;
    }

    /**
     * The text with every CR that is not followed by LF turned into LF. Both are one line break,
     * so line numbers stay as they were; and FastCSV 3.4 mishandles a quoted field that holds a
     * bare CR and ends its row (the field is lost and the next row joins this one), which this
     * sidesteps. CRLF is left alone.
     */
    private static String bareCrAsLf(String text) {
        int n = text.length();
        int bare = -1;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) {
            if (cr + 1 == n || text.charAt(cr + 1) != '\n') {
                bare = cr;
                break;
            }
        }
        if (bare < 0) {
            return text;
        }
        char[] c = text.toCharArray();
        for (int i = bare; i < n; i++) {
            if (c[i] == '\r' && (i + 1 == n || c[i + 1] != '\n')) {
                c[i] = '\n';
            }
        }
        return new String(c);
    }

    /** Reads the header; on a missing or malformed header the report has an error and the result is empty. */
    public static Optional<CsvRows> open(String fileName, String text, ImportReport report) {
        return open(fileName, text, HeaderNames.standard(), report);
    }

    /** As {@link #open(String, String, ImportReport)}, with the headers read by {@code names}. */
    public static Optional<CsvRows> open(String fileName, String text, HeaderNames names, ImportReport report) {
        CsvRows rows = new CsvRows(fileName, text, null, names, report);
        return rows.readHeader() ? Optional.of(rows) : Optional.empty();
    }

    /**
     * The rows of a spreadsheet's sheet, read as a CSV file's would be: the first row with a
     * value is the header, blank rows are skipped, a row's line is its sheet row number.
     */
    public static Optional<CsvRows> ofSheet(String fileName, List<SheetRow> rows, HeaderNames names,
                                            ImportReport report) {
        CsvRows r = new CsvRows(fileName, null, List.copyOf(rows), names, report);
        return r.readHeader() ? Optional.of(r) : Optional.empty();
    }

    /**
     * Header names as normalised keys: stripped, lower case, each run of spaces, hyphens and
     * underscores as one underscore ({@code " Patent  ID"} and {@code patent-id} are {@code patent_id}).
     */
    public static String key(String header) {
        String s = header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '-' || c == '_' || c == '\u00a0') {
                gap = true;
            } else {
                if (gap && b.length() > 0) {
                    b.append('_');
                }
                gap = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    private CsvReader<CsvRecord> reader() {
        return CsvReader.builder().ignoreDifferentFieldCount(true).skipEmptyLines(true)
                .acceptCharsAfterQuotes(false).ofCsvRecord(text);
    }

    private boolean readHeader() {
        if (sheet != null) {
            for (SheetRow row : sheet) {
                skippedBeforeHeader++;
                if (!allBlank(row.cells())) {
                    headerLine = row.line();
                    return columns(row.cells());
                }
            }
            report.error(fileName, 0, null, "the sheet is empty: a header row is required.");
            return false;
        }
        try (CsvReader<CsvRecord> r = reader()) {
            var it = r.iterator();
            CsvRecord h = null;
            while (it.hasNext() && h == null) {
                CsvRecord rec = it.next();
                if (!allBlank(rec) || (fault() != null && fault().recordLine() == rec.getStartingLineNumber())) {
                    h = rec;
                }
                skippedBeforeHeader++;
            }
            if (h == null) {
                report.error(fileName, 0, null, "the file is empty: a header row is required.");
                return false;
            }
            headerLine = h.getStartingLineNumber();
            if (fault() != null && fault().recordLine() == headerLine) {
                reportFault();
                return false;
            }
            return columns(h.getFields());
        } catch (CsvParseException e) {
            if (fault() != null) {
                reportFault();
            } else {
                report.error(fileName, headerLine, null, "the header row is not valid CSV.");
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes the header's names: each column gets the key of the field it names (see
     * {@link HeaderNames}). Two columns with the same name are an error; two different names of
     * one field (주소 and 본사주소) give the field to the user's mapping, else to the field's own
     * English name, else to the first, and keep the other as an attribute, with a warning.
     */
    private boolean columns(List<String> names) {
        int last = names.size();
        while (last > 0 && names.get(last - 1).isBlank() && sheet != null) {
            last--; // a sheet's header row may end in formatted but empty cells
        }
        Map<String, Integer> byOwnKey = new HashMap<>();
        for (int i = 0; i < last; i++) {
            String name = names.get(i);
            String own = key(name);
            if (own.isEmpty()) {
                report.error(fileName, headerLine, null, "header column " + (i + 1) + " has no name.");
                return false;
            }
            if (byOwnKey.putIfAbsent(own, i) != null) {
                report.error(fileName, headerLine, name.strip(), "the column '" + name.strip()
                        + "' appears twice in the header.");
                return false;
            }
            header.add(name);
            headerKeys.add(this.names.key(name));
        }
        for (int i = 0; i < header.size(); i++) {
            String k = headerKeys.get(i);
            Integer other = index.get(k);
            if (other == null) {
                index.put(k, i);
                continue;
            }
            int winner = rank(other, k) <= rank(i, k) ? other : i;
            int loser = winner == i ? other : i;
            index.put(k, winner);
            String kept = key(header.get(loser));
            if (index.containsKey(kept) || kept.equals(k)) {
                report.error(fileName, headerLine, header.get(loser).strip(), "the columns '"
                        + header.get(winner).strip() + "' and '" + header.get(loser).strip() + "' both mean '" + k
                        + "'; rename one of them.");
                return false;
            }
            headerKeys.set(loser, kept);
            index.put(kept, loser);
            report.warning(fileName, headerLine, header.get(loser).strip(), "the columns '"
                    + header.get(winner).strip() + "' and '" + header.get(loser).strip() + "' both mean '" + k
                    + "': '" + header.get(winner).strip() + "' was used and '" + header.get(loser).strip()
                    + "' kept as an attribute (choose with --column " + k + "=HEADER).");
        }
        return true;
    }

    /** Which of two columns naming one field wins: the user's mapping, the field's own name, the first. */
    private int rank(int column, String field) {
        String h = header.get(column);
        return names.isMapped(h) ? 0 : HeaderNames.isOwnName(h, field) ? 1 : 2;
    }

    /** Whether the header has this column (by normalised key). */
    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** The header's column names as written. */
    public List<String> header() {
        return List.copyOf(header);
    }

    /** Each column's key (the field it is read as, or its own normalised name), in column order. */
    public List<String> headerKeys() {
        return List.copyOf(headerKeys);
    }

    /**
     * Hands up to {@code limit} data rows' cells to {@code handler}, as they are (for a preview):
     * ragged rows are padded or cut to the header, nothing is reported.
     */
    public void forEachRaw(int limit, Consumer<List<String>> handler) {
        ImportReport quiet = new ImportReport();
        CsvRows copy = sheet != null ? new CsvRows(fileName, null, sheet, names, quiet)
                : new CsvRows(fileName, text, null, names, quiet);
        if (!copy.readHeader()) {
            return;
        }
        long[] seen = {0};
        copy.forEachUntil(row -> {
            handler.accept(row.fields);
            return ++seen[0] < limit;
        });
    }

    /** The header's keys, normalised. */
    public Set<String> keys() {
        return index.keySet();
    }

    /** The line the header row is on (1 unless blank lines come first). */
    public long headerLine() {
        return headerLine;
    }

    /** The data rows {@link #forEach} has seen (blank rows not counted). */
    public long rowCount() {
        return rowCount;
    }

    /** Stops {@link #forEachUntil} early. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    /** As {@link #forEach}, until {@code handler} answers false. */
    private void forEachUntil(java.util.function.Predicate<Row> handler) {
        try {
            forEach(row -> {
                if (!handler.test(row)) {
                    throw new Enough();
                }
            });
        } catch (Enough e) {
            // the preview has its rows
        }
    }

    /**
     * Hands every data row to {@code handler}. Ragged rows and quote faults are reported and
     * skipped (the import will then stop, since they are errors). Returns the number of data
     * rows seen.
     */
    public long forEach(Consumer<Row> handler) {
        if (sheet != null) {
            return forEachSheetRow(handler);
        }
        long count = 0;
        boolean faultReported = false;
        QuoteFault fault = fault();
        try (CsvReader<CsvRecord> r = reader()) {
            var it = r.iterator();
            for (int i = 0; i < skippedBeforeHeader; i++) {
                it.next();
            }
            while (it.hasNext()) {
                CsvRecord rec = it.next();
                long line = rec.getStartingLineNumber();
                if (fault != null && fault.recordLine() == line) {
                    // The record runs from an unclosed quote to the end of the file: its fields mean nothing.
                    count++;
                    reportFault();
                    faultReported = true;
                    break;
                }
                if (allBlank(rec)) {
                    continue;
                }
                count++;
                if (rec.getFieldCount() != header.size()) {
                    boolean few = rec.getFieldCount() < header.size();
                    report.error(fileName, line, few ? header.get(rec.getFieldCount()).strip() : null,
                            "this row has " + rec.getFieldCount() + " fields but the header has " + header.size()
                            + (few ? "; the cells from the column '" + header.get(rec.getFieldCount()).strip()
                                    + "' on are missing."
                                    : "; a field holding a comma must be written in quotes."));
                    continue;
                }
                handler.accept(new Row(line, rec.getFields()));
            }
        } catch (CsvParseException e) {
            if (fault != null) {
                count++;
                reportFault();
            } else {
                report.error(fileName, 0, null, "the file is not valid CSV after row " + count + ".");
            }
            faultReported = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (fault != null && !faultReported) {
            reportFault();
        }
        rowCount = count;
        return count;
    }

    private long forEachSheetRow(Consumer<Row> handler) {
        long count = 0;
        for (SheetRow row : sheet.subList(skippedBeforeHeader, sheet.size())) {
            List<String> cells = row.cells();
            if (allBlank(cells)) {
                continue;
            }
            count++;
            int beyond = -1;
            for (int i = header.size(); i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    beyond = i;
                    break;
                }
            }
            if (beyond >= 0) {
                report.error(fileName, row.line(), null, "this row has a value in column " + columnLetters(beyond)
                        + ", right of the last header column (" + columnLetters(header.size() - 1)
                        + "); give that column a header or clear the cell.");
                continue;
            }
            List<String> fields = new ArrayList<>(header.size());
            for (int i = 0; i < header.size(); i++) {
                fields.add(i < cells.size() ? cells.get(i) : "");
            }
            handler.accept(new Row(row.line(), fields));
        }
        rowCount = count;
        return count;
    }

    /** A column's letters as a spreadsheet shows them: 0 is A, 25 Z, 26 AA. */
    static String columnLetters(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    private static boolean allBlank(List<String> cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean allBlank(CsvRecord rec) {
        for (int i = 0; i < rec.getFieldCount(); i++) {
            if (!rec.getField(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private void reportFault() {
        fault().report(report, fileName, header);
    }
}
