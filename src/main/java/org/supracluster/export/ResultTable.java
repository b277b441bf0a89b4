package org.supracluster.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.supracluster.model.Progress;

/**
 * One table of results (a name, a header, rows of values) and its three outputs: aligned text,
 * CSV (UTF-8 with BOM, so Excel on Korean Windows reads the Hangul) and JSON (an array of objects).
 * Numbers keep full precision in CSV and JSON and are rounded for text; NaN means "undefined"
 * and is written as "—" in text, an empty cell in CSV and {@code null} in JSON.
 */
public final class ResultTable {

    private final String name;
    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    public ResultTable(String name, String... header) {
        this.name = name;
        this.header = List.of(header);
    }

    /** A table of {@code rows}, each in {@code header}'s order (a caller's table, e.g. the unmatched names). */
    public static ResultTable of(String name, List<String> header, List<Object[]> rows) {
        ResultTable t = new ResultTable(name, header.toArray(String[]::new));
        rows.forEach(t::row);
        return t;
    }

    public String name() {
        return name;
    }

    /** The column names, in order. */
    public List<String> header() {
        return header;
    }

    public ResultTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(name + ": " + cells.length + " cells for " + header.size() + " columns");
        }
        rows.add(java.util.Arrays.asList(cells));
        return this;
    }

    /**
     * The named columns (all when none are named) as a table of the HTML report, its values
     * formatted for reading in {@code locale} ({@link ReportCells}).
     */
    public HtmlReport.Table html(Locale locale, String caption, String... columns) {
        List<String> cols = columns.length == 0 ? header : List.of(columns);
        int[] idx = cols.stream().mapToInt(header::indexOf).toArray();
        for (int i = 0; i < idx.length; i++) {
            if (idx[i] < 0) {
                throw new IllegalArgumentException(name + " has no column " + cols.get(i));
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (List<Object> r : rows) {
            List<String> cells = new ArrayList<>();
            for (int i : idx) {
                cells.add(ReportCells.format(header.get(i), r.get(i), locale));
            }
            out.add(cells);
        }
        return new HtmlReport.Table(caption, cols, out);
    }

    /** The value in {@code column} of row {@code row}. */
    public Object value(int row, String column) {
        return rows.get(row).get(header.indexOf(column));
    }

    public int rowCount() {
        return rows.size();
    }

    public void printText(PrintWriter out) {
        printText(out, header.toArray(new String[0]));
    }

    /** Prints only the named columns, in the order given (a terminal is narrower than a file). */
    public void printText(PrintWriter out, String... columns) {
        int[] idx = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            idx[i] = header.indexOf(columns[i]);
            if (idx[i] < 0) {
                throw new IllegalArgumentException(name + " has no column " + columns[i]);
            }
        }
        Table t = new Table(columns);
        for (List<Object> r : rows) {
            Object[] cells = new Object[idx.length];
            for (int i = 0; i < idx.length; i++) {
                cells[i] = text(r.get(idx[i]));
            }
            t.row(cells);
        }
        t.print(out);
    }

    /** Writes into a file beside {@code file} and moves it into place: never half a table under the name. */
    private static void writeAside(Path file, WriteTo content) throws IOException {
        FilesAside.writeText(file, content::write);
    }

    @FunctionalInterface
    private interface WriteTo {
        void write(Writer w) throws IOException;
    }

    /** Writes the table as CSV into {@code file}, beside it first and then moved into place. */
    public void writeCsv(Path file) throws IOException {
        writeAside(file, this::writeCsv);
    }

    /**
     * Writes every table into {@code folder} as {@code NAME.csv} or {@code NAME.json}: all of them
     * beside their names first, then all moved into place, so a failure half-way (a full disk, a
     * name taken by a folder) leaves the folder's tables as they were, not half new and half old.
     *
     * @return the files written, in table order
     * @throws IOException naming the file that failed
     */
    public static List<Path> writeAll(List<ResultTable> tables, Path folder, boolean json) throws IOException {
        java.nio.file.Files.createDirectories(folder);
        java.util.Map<Path, FilesAside.Into> files = new java.util.LinkedHashMap<>();
        for (ResultTable t : tables) {
            Path file = folder.resolve(t.name() + (json ? ".json" : ".csv"));
            if (java.nio.file.Files.isDirectory(file)) {
                // Its move would fail after the tables before it had been replaced.
                throw new IOException(file + ": a folder has this name; no table was replaced.");
            }
            files.put(file, beside -> {
                try (Writer w = java.nio.file.Files.newBufferedWriter(beside, java.nio.charset.StandardCharsets.UTF_8)) {
                    if (json) {
                        w.write(t.json());
                        w.write('\n');
                    } else {
                        t.writeCsv(w);
                    }
                }
            });
        }
        return FilesAside.writeAll(files, Progress.NONE);
    }

    private void writeCsv(Writer w) throws IOException {
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(w)) {
            w.write('\uFEFF');
            // The header too: a matrix's columns are cluster names, which come from the user's files.
            csv.writeRecord(header.stream().map(CsvCells::neutralise).toList());
            for (List<Object> r : rows) {
                // Text cells (firm and cluster names) are neutralised against formula injection;
                // numbers stay numbers (export.CsvCells).
                csv.writeRecord(r.stream().map(v -> v instanceof Number ? plain(v)
                        : CsvCells.neutralise(plain(v))).toList());
            }
        }
    }

    public void writeJson(Path file) throws IOException {
        writeAside(file, w -> {
            w.write(json());
            w.write('\n');
        });
    }

    public String json() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            b.append(i == 0 ? "\n  {" : ",\n  {");
            for (int c = 0; c < header.size(); c++) {
                b.append(c == 0 ? "" : ", ").append(quote(header.get(c))).append(": ").append(jsonValue(rows.get(i).get(c)));
            }
            b.append('}');
        }
        return b.append(rows.isEmpty() ? "]" : "\n]").toString();
    }

    private static String text(Object v) {
        if (v instanceof Double d) {
            if (d.isNaN()) {
                return "—";
            }
            double a = Math.abs(d);
            return a != 0 && (a < 0.001 || a >= 1e7) ? String.format(Locale.ROOT, "%.3g", d)
                    : String.format(Locale.ROOT, "%.3f", d);
        }
        return v == null ? "—" : v.toString();
    }

    private static String plain(Object v) {
        if (v == null || (v instanceof Double d && d.isNaN())) {
            return "";
        }
        return v.toString();
    }

    private static String jsonValue(Object v) {
        if (v == null || (v instanceof Double d && (d.isNaN() || d.isInfinite()))) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return quote(v.toString());
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
