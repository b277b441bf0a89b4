package org.supracluster.ui.tables;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.supracluster.export.CsvCells;
import org.supracluster.model.Progress;

/**
 * Writes a {@link TableSnapshot} as the command line writes its tables ({@code analyze --out}):
 * UTF-8 with a byte-order mark (Excel on Korean Windows reads a file without one as CP949 and
 * garbles the Hangul), CRLF line ends, the header first. Numbers are written in full precision
 * without grouping or exponent ({@code 1234567.125}, {@code -3}), so a spreadsheet reads them as
 * values; NaN and empty cells stay empty. Text cells, the header included, are neutralised against
 * formula injection ({@link CsvCells}); numbers are not, since a spreadsheet never runs a number.
 * Fields holding a comma, a quote or a line break are quoted (FastCSV).
 *
 * <p>Pure Java, no JavaFX: runs on any thread.
 */
public final class TableCsv {

    /** How many rows are written between two questions to the caller whether to stop. */
    static final int ROWS_PER_STOP_CHECK = 1000;

    private TableCsv() {
    }

    /**
     * Writes {@code table} to {@code target}: into a file beside it, moved into place only when
     * complete, so a failed or stopped export leaves the file that was there before (or none),
     * never half a table.
     *
     * @param progress asked every {@value #ROWS_PER_STOP_CHECK} rows and before the move; when it
     *                 is cancelled nothing is put in place and {@link Progress.Cancelled} is thrown
     */
    public static void write(TableSnapshot table, Path target, Progress progress) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            // Moving the finished file onto an empty folder would replace the folder.
            throw new FolderInTheWay(abs);
        }
        Path tmp = org.supracluster.export.FilesAside.besideOf(abs);
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write('\uFEFF');
                write(table, w, ',', progress);
            }
            progress.checkCancelled();
            org.supracluster.export.FilesAside.moveIntoPlace(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The table as tab-separated text with CRLF line ends, the header first: what spreadsheets
     * paste into cells. Cells are written and neutralised as in the CSV file.
     */
    public static String tabSeparated(TableSnapshot table) {
        StringWriter w = new StringWriter();
        try {
            write(table, w, '\t', Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    private static void write(TableSnapshot table, Writer w, char separator, Progress progress)
            throws IOException {
        // Not closed here: closing the CSV writer would close the caller's writer. Flushed instead.
        CsvWriter csv = CsvWriter.builder().fieldSeparator(separator).lineDelimiter(LineDelimiter.CRLF).build(w);
        List<String> header = new ArrayList<>(table.header().size());
        for (String h : table.header()) {
            header.add(cell(h));
        }
        csv.writeRecord(header);
        int rows = 0;
        List<String> out = new ArrayList<>(header.size());
        for (List<Object> r : table.rows()) {
            if (++rows % ROWS_PER_STOP_CHECK == 0) {
                progress.checkCancelled();
            }
            out.clear();
            for (Object v : r) {
                out.add(cell(v));
            }
            csv.writeRecord(out);
        }
        csv.flush();
    }

    /**
     * One cell as written: a number in full precision (no grouping, no exponent, {@code -3} for
     * -3.0), empty for null, NaN or infinity, text neutralised against formula injection.
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return number(n);
        }
        return CsvCells.neutralise(value.toString());
    }

    private static String number(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            return n.toString();
        }
        if (n instanceof BigDecimal b) {
            return b.toPlainString();
        }
        // A float goes through its own shortest text, so 0.1f is written 0.1, not 0.10000000149.
        double d = n instanceof Float f ? Double.parseDouble(f.toString()) : n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        // BigDecimal.valueOf takes Double.toString's shortest exact text; plain, without exponent.
        String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** The chosen name is a folder's: nothing was written. */
    public static final class FolderInTheWay extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path folder;

        FolderInTheWay(Path folder) {
            super(folder + " is a folder");
            this.folder = folder;
        }

        public Path folder() {
            return folder;
        }
    }
}
