package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The unmatched names of an import as a table ({@code import --unmatched-out FILE}, and the
 * window's Export): {@link #HEADER} and one {@link #rows row} per name. The callers write it with
 * {@code export.ResultTable} (UTF-8 with a BOM for Excel on Korean Windows, text cells
 * neutralised against formula injection, written beside the target and moved into place).
 */
public final class UnmatchedCsv {

    /** The columns: the name, its records and years, up to three firms like it, where it was first seen. */
    public static final List<String> HEADER = List.of("name", "records", "years", "did_you_mean_1",
            "did_you_mean_2", "did_you_mean_3", "file", "line");

    private UnmatchedCsv() {
    }

    /** One row per name, in {@link #HEADER}'s order; counts and lines as numbers, the rest as text. */
    public static List<Object[]> rows(List<UnmatchedNames.Name> names) {
        List<Object[]> out = new ArrayList<>(names.size());
        for (UnmatchedNames.Name n : names) {
            Object[] row = new Object[HEADER.size()];
            row[0] = n.name();
            row[1] = n.records();
            row[2] = years(n.years());
            for (int i = 0; i < 3; i++) {
                row[3 + i] = i < n.didYouMean().size() ? n.didYouMean().get(i) : "";
            }
            row[6] = n.file();
            row[7] = n.line();
            out.add(row);
        }
        return out;
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
}
