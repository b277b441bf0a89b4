package org.supracluster.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.NetworkView;
import org.supracluster.model.PatentRecord;
import org.supracluster.model.Progress;
import org.supracluster.model.TradeRecord;

/**
 * The records behind a view's links as CSV files that import again as raw records
 * ({@code export --format csv --with-records}): {@code patents.csv} (patent_id, year (the date as it
 * came, when there was one), title, applicants as written, ipc, and the ids of the applicants that
 * matched a firm) and
 * {@code trades.csv} (supplier, customer, amount, year, by firm id), with {@code aliases.csv}. A record is written when its
 * firms are shown: a patent with at least two matched applicants in the view, a transaction with
 * both firms in the view and trade links shown.
 */
public final class RecordsCsv {

    private RecordsCsv() {
    }

    /**
     * Writes patents.csv, trades.csv and aliases.csv ({@code aliases}: alias → firm id; the
     * records' applicants are as written, so the aliases that matched them go along).
     */
    public static void write(NetworkView view, List<PatentRecord> patents, List<TradeRecord> trades,
                             java.util.Map<String, String> aliases, Path dir) throws IOException {
        Files.createDirectories(dir);
        java.util.Map<Path, FilesAside.Into> files = new java.util.LinkedHashMap<>();
        files.put(dir.resolve("aliases.csv"), beside -> writeAliases(view, aliases, beside));
        files.put(dir.resolve("patents.csv"), beside -> writePatents(view, patents, beside));
        files.put(dir.resolve("trades.csv"), beside -> writeTrades(view, trades, beside));
        FilesAside.writeAll(files, Progress.NONE);
    }

    private static boolean shown(NetworkView view, String firmId) {
        int f = view.network().indexOf(firmId);
        return f >= 0 && view.isFirmShown(f);
    }

    private static void writePatents(NetworkView view, List<PatentRecord> patents, Path file) throws IOException {
        boolean copatents = view.filter().linkTypes().contains(LinkType.COPATENT);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w)) {
            // The date as it came goes in the year column (the import reads a date there and keeps it).
            csv.writeRecord("patent_id", "year", "title", "applicants", "ipc", "firms");
            for (PatentRecord p : patents) {
                if (!copatents || p.firmIds().stream().filter(id -> shown(view, id)).count() < 2) {
                    continue;
                }
                String year = !p.date().isEmpty() ? p.date() : p.year() == Link.NO_YEAR ? "" : Integer.toString(p.year());
                csv.writeRecord(CsvCells.neutralise(p.number()), CsvCells.neutralise(year), CsvCells.neutralise(p.title()),
                        CsvCells.neutralise(String.join("; ", p.applicants())), CsvCells.neutralise(String.join("; ",
                                p.ipc())), CsvCells.neutralise(String.join("; ", p.firmIds())));
            }
        }
    }

    private static void writeAliases(NetworkView view, java.util.Map<String, String> aliases, Path file)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w)) {
            csv.writeRecord("alias", "firm");
            for (java.util.Map.Entry<String, String> a : aliases.entrySet()) {
                if (shown(view, a.getValue())) {
                    csv.writeRecord(CsvCells.neutralise(a.getKey()), CsvCells.neutralise(a.getValue()));
                }
            }
        }
    }

    private static void writeTrades(NetworkView view, List<TradeRecord> trades, Path file) throws IOException {
        boolean shownTrades = view.filter().linkTypes().contains(LinkType.TRADE);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w)) {
            csv.writeRecord("supplier", "customer", "amount", "year");
            for (TradeRecord t : trades) {
                if (!shownTrades || !shown(view, t.supplier()) || !shown(view, t.customer())) {
                    continue;
                }
                csv.writeRecord(CsvCells.neutralise(t.supplier()), CsvCells.neutralise(t.customer()),
                        CsvExporter.num(t.amount()), t.year() == Link.NO_YEAR ? "" : Integer.toString(t.year()));
            }
        }
    }
}
