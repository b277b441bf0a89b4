package org.supracluster.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A table read row by row: a required header row (column order free, see {@link CsvHeader}), then
 * rows handed out one at a time with their line numbers, from a CSV text ({@link TextRecords}) or
 * a spreadsheet's sheet ({@link SheetRecords}). Faults of the table's form become report errors
 * naming the line and, where there is one, the column. Blank rows are skipped.
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
            Integer i = header.column(column);
            return i == null ? "" : CsvCells.unneutralise(fields.get(i).strip());
        }

        /** Values of the columns the reader does not know, by their header name as written. */
        public Map<String, String> extras(Set<String> known) {
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String h = header.name(i);
                if (!known.contains(header.key(i)) && !fields.get(i).isBlank()) {
                    out.put(CsvCells.unneutralise(h.strip()), CsvCells.unneutralise(fields.get(i).strip()));
                }
            }
            return out;
        }
    }

    private final String fileName;
    private final RecordSource source;
    private final HeaderNames names;
    private final ImportReport report;
    /** The header's columns, once read. */
    private CsvHeader header;
    private long headerLine = 1;
    private long rowCount;

    private CsvRows(String fileName, RecordSource source, HeaderNames names, ImportReport report) {
        this.fileName = fileName;
        this.source = source;
        this.names = names;
        this.report = report;
    }

    /** Reads the header; on a missing or malformed header the report has an error and the result is empty. */
    public static Optional<CsvRows> open(String fileName, String text, ImportReport report) {
        return open(fileName, text, HeaderNames.standard(), report);
    }

    /** As {@link #open(String, String, ImportReport)}, with the headers read by {@code names}. */
    public static Optional<CsvRows> open(String fileName, String text, HeaderNames names, ImportReport report) {
        CsvRows rows = new CsvRows(fileName, new TextRecords(fileName, text, report), names, report);
        return rows.readHeader() ? Optional.of(rows) : Optional.empty();
    }

    /**
     * The rows of a spreadsheet's sheet, read as a CSV file's would be: the first row with a
     * value is the header, blank rows are skipped, a row's line is its sheet row number.
     */
    public static Optional<CsvRows> ofSheet(String fileName, List<SheetRow> rows, HeaderNames names,
                                            ImportReport report) {
        CsvRows r = new CsvRows(fileName, new SheetRecords(fileName, rows, report), names, report);
        return r.readHeader() ? Optional.of(r) : Optional.empty();
    }

    private boolean readHeader() {
        Optional<RecordSource.HeaderRow> row = source.header();
        if (row.isEmpty()) {
            return false;
        }
        headerLine = row.get().line();
        header = CsvHeader.read(row.get().cells(), names, fileName, headerLine, report).orElse(null);
        return header != null;
    }

    /** Whether the header has this column (by normalised key). */
    public boolean has(String column) {
        return header.column(column) != null;
    }

    /** The header's column names as written. */
    public List<String> header() {
        return header.names();
    }

    /** Each column's key (the field it is read as, or its own normalised name), in column order. */
    public List<String> headerKeys() {
        return header.keys();
    }

    /**
     * Hands up to {@code limit} data rows' cells to {@code handler}, as they are (for a preview):
     * ragged rows are padded or cut to the header, nothing is reported.
     */
    public void forEachRaw(int limit, Consumer<List<String>> handler) {
        ImportReport quiet = new ImportReport();
        CsvRows copy = new CsvRows(fileName, source.reportingTo(quiet), names, quiet);
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
        return header.keySet();
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
    private void forEachUntil(Predicate<Row> handler) {
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
        long count = source.forEach(header.names(), (line, fields) -> handler.accept(new Row(line, fields)));
        rowCount = count;
        return count;
    }
}
