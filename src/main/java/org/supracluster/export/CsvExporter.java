package org.supracluster.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.supracluster.model.Link;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;

/**
 * Writes the shown part of a network as {@code firms.csv} and {@code links.csv} in the
 * interchange format of DESIGN.md, so that what is exported imports again unchanged: UTF-8
 * without BOM, region as ISO code, numbers with a dot, firm attributes as extra columns.
 */
public final class CsvExporter {

    private CsvExporter() {
    }

    /** Writes {@code firms.csv} and {@code links.csv} into {@code dir} (created if needed). */
    public static void write(NetworkView view, Path dir) throws IOException {
        Files.createDirectories(dir);
        Network n = view.network();
        Set<String> extra = new LinkedHashSet<>();
        for (int f = view.nextFirm(0); f >= 0; f = view.nextFirm(f + 1)) {
            extra.addAll(n.attributes(f).keySet());
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("firms.csv"), StandardCharsets.UTF_8);
             CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w)) {
            List<String> header = new ArrayList<>(List.of("id", "name", "region", "city", "lat", "lon", "segment",
                    "employees"));
            header.addAll(extra);
            csv.writeRecord(header);
            for (int f = view.nextFirm(0); f >= 0; f = view.nextFirm(f + 1)) {
                List<String> row = new ArrayList<>(List.of(n.firmId(f), n.firmName(f), n.region(f).iso(), n.city(f),
                        num(n.lat(f)), num(n.lon(f)), n.segment(f).code(),
                        n.employees(f) < 0 ? "" : Integer.toString(n.employees(f))));
                for (String k : extra) {
                    row.add(n.attributes(f).getOrDefault(k, ""));
                }
                csv.writeRecord(row);
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("links.csv"), StandardCharsets.UTF_8);
             CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w)) {
            csv.writeRecord("source", "target", "type", "weight", "year");
            for (int l = view.nextLink(0); l >= 0; l = view.nextLink(l + 1)) {
                int y = n.linkYear(l);
                csv.writeRecord(n.firmId(n.linkSource(l)), n.firmId(n.linkTarget(l)), n.linkType(l).code(),
                        num(n.linkWeight(l)), y == Link.NO_YEAR ? "" : Integer.toString(y));
            }
        }
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
