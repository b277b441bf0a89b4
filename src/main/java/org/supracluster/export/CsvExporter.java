package org.supracluster.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.supracluster.model.Link;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;

/**
 * Writes the shown part of a network as {@code firms.csv} and {@code links.csv} in the
 * interchange format of DESIGN.md, so that what is exported imports again unchanged: UTF-8
 * without BOM, region as ISO code, numbers with a dot, firm attributes as extra columns. Text
 * cells that a spreadsheet would run as formulas are neutralised ({@link CsvCells}).
 *
 * <p>Each file is written beside its final name and moved into place only when complete, so an
 * export that fails or is stopped leaves the files that were there before (or none), never half a
 * file. The two moves are separate: a failure between them leaves a new {@code firms.csv} beside
 * the old {@code links.csv}, each whole.
 */
public final class CsvExporter {

    /** How many rows are written between two questions to the caller's progress whether to stop. */
    static final int ROWS_PER_STOP_CHECK = 1000;

    private CsvExporter() {
    }

    /** Writes {@code firms.csv} and {@code links.csv} into {@code dir} (created if needed). */
    public static void write(NetworkView view, Path dir) throws IOException {
        write(view, dir, Progress.NONE);
    }

    /**
     * Writes as {@link #write(NetworkView, Path)}, asking {@code progress} every
     * {@value #ROWS_PER_STOP_CHECK} rows and before the files are moved into place; when it is
     * cancelled, nothing is put in place and {@link Progress.Cancelled} is thrown.
     */
    public static void write(NetworkView view, Path dir, Progress progress) throws IOException {
        Files.createDirectories(dir);
        java.util.Map<Path, FilesAside.Into> files = new java.util.LinkedHashMap<>();
        files.put(dir.resolve("firms.csv"), beside -> writeFirms(view, beside, progress));
        files.put(dir.resolve("links.csv"), beside -> writeLinks(view, beside, progress));
        FilesAside.writeAll(files, progress);
    }

    private static void writeFirms(NetworkView view, Path file, Progress progress) throws IOException {
        Network n = view.network();
        // Sorted by name, as in the XML exports: a firm's attribute map has no fixed order, and
        // the same view must always give the same file.
        Set<String> extra = new java.util.TreeSet<>();
        for (int f = view.nextFirm(0); f >= 0; f = view.nextFirm(f + 1)) {
            extra.addAll(n.attributes(f).keySet());
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w)) {
            List<String> header = new ArrayList<>(List.of("id", "name", "region", "city", "lat", "lon", "segment",
                    "employees", "brn", "placement"));
            extra.forEach(k -> header.add(CsvCells.neutralise(attributeColumn(k))));
            csv.writeRecord(header);
            int rows = 0;
            for (int f = view.nextFirm(0); f >= 0; f = view.nextFirm(f + 1)) {
                if (++rows % ROWS_PER_STOP_CHECK == 0) {
                    progress.checkCancelled();
                }
                List<String> row = new ArrayList<>(List.of(text(n.firmId(f)), text(n.firmName(f)), n.region(f).iso(),
                        text(n.city(f)), num(n.lat(f)), num(n.lon(f)), n.segment(f).code(),
                        n.employees(f) < 0 ? "" : Integer.toString(n.employees(f)), n.brn(f),
                        n.placement(f).code()));
                for (String k : extra) {
                    row.add(text(n.attributes(f).getOrDefault(k, "")));
                }
                csv.writeRecord(row);
            }
        }
    }

    /**
     * The column of an attribute: its name, unless a reader would take that name for a field
     * (an attribute called {@code City} or {@code address} from a GraphML file): then
     * {@code attribute: NAME}, so that no column name repeats and the import keeps it an attribute.
     */
    static String attributeColumn(String name) {
        String k = name.strip().toLowerCase(java.util.Locale.ROOT);
        return ViewColumns.RESERVED.contains(k) || FIELD_NAMES.contains(k) ? "attribute: " + name : name;
    }

    /** Further names the CSV import reads as a field (DESIGN.md's header table, English). */
    private static final Set<String> FIELD_NAMES = Set.of("address", "source", "target", "type", "weight", "year",
            "patent_id", "applicants", "supplier", "customer", "amount", "alias", "firm", "title", "ipc");

    private static void writeLinks(NetworkView view, Path file, Progress progress) throws IOException {
        Network n = view.network();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w)) {
            csv.writeRecord("source", "target", "type", "weight", "year");
            int rows = 0;
            for (int l = view.nextLink(0); l >= 0; l = view.nextLink(l + 1)) {
                if (++rows % ROWS_PER_STOP_CHECK == 0) {
                    progress.checkCancelled();
                }
                int y = n.linkYear(l);
                csv.writeRecord(text(n.firmId(n.linkSource(l))), text(n.firmId(n.linkTarget(l))),
                        n.linkType(l).code(), num(n.linkWeight(l)), y == Link.NO_YEAR ? "" : Integer.toString(y));
            }
        }
    }

    private static String text(String s) {
        return CsvCells.neutralise(s);
    }

    /** Shortest text that reads back as the same double, without exponent for ordinary values. */
    static String num(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String s = Double.toString(d);
        return s.contains("E") ? String.format(Locale.ROOT, "%.10f", d).replaceAll("0+$", "") : s;
    }
}
