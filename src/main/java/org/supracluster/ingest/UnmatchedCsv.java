package org.supracluster.ingest;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The unmatched names of an import as a CSV file ({@code import --unmatched-out FILE}, and the
 * window's Export): {@code name,records,years,did_you_mean_1,did_you_mean_2,did_you_mean_3,file,line}.
 * UTF-8 with a BOM so that Excel on Korean Windows shows the Hangul; text cells that a spreadsheet
 * would run as a formula get a leading apostrophe (the import removes it again, see
 * {@link CsvRows#unneutralise}). Written beside the target and moved into place, so a failure
 * leaves no half-written file.
 */
public final class UnmatchedCsv {

    private UnmatchedCsv() {
    }

    public static void write(List<UnmatchedNames.Name> names, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".unmatched", ".csv.part");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 CsvWriter csv = CsvWriter.builder().build(w)) {
                w.write('\uFEFF');
                csv.writeRecord("name", "records", "years", "did_you_mean_1", "did_you_mean_2", "did_you_mean_3",
                        "file", "line");
                for (UnmatchedNames.Name n : names) {
                    String[] row = new String[8];
                    row[0] = neutralise(n.name());
                    row[1] = Long.toString(n.records());
                    row[2] = years(n.years());
                    for (int i = 0; i < 3; i++) {
                        row[3 + i] = i < n.didYouMean().size() ? neutralise(n.didYouMean().get(i)) : "";
                    }
                    row[6] = neutralise(n.file());
                    row[7] = Long.toString(n.line());
                    csv.writeRecord(row);
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Years as a reader scans them: {@code 2019–2021} for a run, else {@code 2018; 2020}. */
    public static String years(List<Integer> years) {
        if (years.isEmpty()) {
            return "";
        }
        boolean run = years.get(years.size() - 1) - years.get(0) == years.size() - 1;
        return run && years.size() > 2 ? years.get(0) + "–" + years.get(years.size() - 1)
                : years.stream().map(String::valueOf).collect(Collectors.joining("; "));
    }

    /** One more leading apostrophe on a text a spreadsheet would read as a formula (OWASP CSV injection). */
    private static String neutralise(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && "=+-@\t\r".indexOf(text.charAt(i)) >= 0 ? "'" + text : text;
    }
}
