package org.supracluster.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A CSV text read with FastCSV: a required header row (column order free), then rows handed out
 * one at a time with their line numbers. Structural faults become report errors naming the line:
 * a row with more or fewer fields than the header, a quoted field never closed, text after a
 * closing quote. Blank lines are skipped.
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
            return i == null ? "" : fields.get(i).strip();
        }

        /** Values of the columns the reader does not know, by their header name as written. */
        public Map<String, String> extras(java.util.Set<String> known) {
            Map<String, String> out = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i);
                if (!known.contains(key(h)) && !fields.get(i).isBlank()) {
                    out.put(h.strip(), fields.get(i).strip());
                }
            }
            return out;
        }
    }

    private final String fileName;
    private final String text;
    private final ImportReport report;
    private final List<String> header = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    private CsvRows(String fileName, String text, ImportReport report) {
        this.fileName = fileName;
        this.text = text;
        this.report = report;
    }

    /** Reads the header; on a missing or malformed header the report has an error and the result is empty. */
    public static Optional<CsvRows> open(String fileName, String text, ImportReport report) {
        CsvRows rows = new CsvRows(fileName, text, report);
        return rows.readHeader() ? Optional.of(rows) : Optional.empty();
    }

    /** Header names as normalised keys: stripped, lower case, spaces and hyphens as underscores. */
    public static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private CsvReader<CsvRecord> reader() {
        return CsvReader.builder().ignoreDifferentFieldCount(true).skipEmptyLines(true)
                .acceptCharsAfterQuotes(false).ofCsvRecord(text);
    }

    private boolean readHeader() {
        try (CsvReader<CsvRecord> r = reader()) {
            var it = r.iterator();
            if (!it.hasNext()) {
                report.error(fileName, 0, null, "the file is empty: a header row is required.");
                return false;
            }
            CsvRecord h = it.next();
            for (int i = 0; i < h.getFieldCount(); i++) {
                String name = h.getField(i);
                String k = key(name);
                if (k.isEmpty()) {
                    report.error(fileName, h.getStartingLineNumber(), null,
                            "header column " + (i + 1) + " has no name.");
                    return false;
                }
                if (index.putIfAbsent(k, i) != null) {
                    report.error(fileName, h.getStartingLineNumber(), name, "the column '" + name.strip()
                            + "' appears twice in the header.");
                    return false;
                }
                header.add(name);
            }
            return true;
        } catch (CsvParseException e) {
            report.error(fileName, 1, null, "the header row is not valid CSV (" + e.getMessage() + ").");
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the header has this column (by normalised key). */
    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** The header's column names as written. */
    public List<String> header() {
        return List.copyOf(header);
    }

    /** The header's keys, normalised. */
    public java.util.Set<String> keys() {
        return index.keySet();
    }

    /**
     * Hands every data row to {@code handler}. Ragged rows are reported and skipped (the
     * import will then stop, since they are errors). Returns the number of data rows seen.
     */
    public long forEach(Consumer<Row> handler) {
        long count = 0;
        long lastLine = 1;
        CsvRecord last = null;
        try (CsvReader<CsvRecord> r = reader()) {
            var it = r.iterator();
            it.next();
            while (it.hasNext()) {
                CsvRecord rec = it.next();
                last = rec;
                lastLine = rec.getStartingLineNumber();
                count++;
                if (rec.getFieldCount() != header.size()) {
                    report.error(fileName, lastLine, null, "this row has " + rec.getFieldCount() + " fields but the "
                            + "header has " + header.size() + ".");
                    continue;
                }
                handler.accept(new Row(lastLine, rec.getFields()));
            }
        } catch (CsvParseException e) {
            report.error(fileName, lastLine + 1, null, "this row is not valid CSV: a quote is followed by other "
                    + "text (write a quote inside a quoted field as two quotes: \"\").");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (quoteCountIsOdd()) {
            report.error(fileName, last == null ? 1 : last.getStartingLineNumber(), null, "a quoted field starts on this line and is "
                    + "never closed: it runs to the end of the file.");
        }
        return count;
    }

    /** In valid CSV quotes come in pairs; an odd count means a quote was left open. */
    private boolean quoteCountIsOdd() {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                n++;
            }
        }
        return (n & 1) == 1;
    }
}
