package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The parties of raw patent and trade records that matched no firm (DESIGN.md: outside the study
 * population). Each distinct name as written is one entry, with how many records named it, in
 * which years, where it was first seen, and up to three similar firm names ("did you mean"),
 * which are offered to the user and never applied by themselves.
 */
public final class UnmatchedNames {

    /** How many similar firm names are offered per unmatched name. */
    public static final int SUGGESTIONS = 3;

    /**
     * One unmatched name.
     *
     * @param years the distinct years of its records (undated records add none)
     * @param line the line of its first record
     * @param didYouMean up to {@link #SUGGESTIONS} firm names like it, best first
     * @param didYouMeanIds the ids of those firms, in the same order (what an accepted suggestion
     *                      becomes an alias of)
     */
    public record Name(String name, String file, String column, long line, long records, List<Integer> years,
                       List<String> didYouMean, List<String> didYouMeanIds) {
        public Name {
            years = List.copyOf(years);
            didYouMean = List.copyOf(didYouMean);
            didYouMeanIds = List.copyOf(didYouMeanIds);
        }
    }

    private static final class Entry {
        final String file;
        final String column;
        final long line;
        long records;
        final TreeSet<Integer> years = new TreeSet<>();

        Entry(String file, String column, long line) {
            this.file = file;
            this.column = column;
            this.line = line;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** Counts one record that named {@code name} ({@code year} or {@link org.supracluster.model.Link#NO_YEAR}). */
    synchronized void add(String name, String file, String column, long line, int year) {
        Entry e = entries.computeIfAbsent(name, n -> new Entry(file, column, line));
        e.records++;
        if (year != org.supracluster.model.Link.NO_YEAR) {
            e.years.add(year);
        }
    }

    public synchronized boolean isEmpty() {
        return entries.isEmpty();
    }

    public synchronized int size() {
        return entries.size();
    }

    /** The names with their suggestions from {@code firms}, most records first, then by name. */
    synchronized List<Name> list(FirmDirectory firms) {
        List<Name> out = new ArrayList<>(entries.size());
        entries.forEach((name, e) -> {
            List<SimilarNames.Suggestion> like = firms.similar(name, SUGGESTIONS);
            out.add(new Name(name, e.file, e.column, e.line, e.records, new ArrayList<>(e.years),
                    like.stream().map(SimilarNames.Suggestion::name).toList(),
                    like.stream().map(SimilarNames.Suggestion::id).toList()));
        });
        out.sort((a, b) -> a.records() != b.records() ? Long.compare(b.records(), a.records())
                : a.name().compareTo(b.name()));
        return out;
    }
}
