package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Firm names like a given one, for "did you mean" (shown to the user, never applied by itself).
 * Two names are alike by the Dice coefficient of the character bigrams of their normalised keys
 * ({@link FirmNames#key}): 2·|A ∩ B| / (|A| + |B|), at least {@link #THRESHOLD}. An inverted index
 * from bigram to names keeps one look-up proportional to the names that share a bigram, not to
 * all firms (20,000 unmatched applicants against 20,000 firms stay well under a second).
 */
final class SimilarNames {

    /** Below this the names have too little in common to suggest (0.5: half their bigrams shared). */
    static final double THRESHOLD = 0.5;

    /** A firm like the name looked up: its id and name. */
    record Suggestion(String id, String name) { }

    private final List<Suggestion> names;
    private final int[] bigramCounts;
    private final Map<String, List<Integer>> byBigram = new HashMap<>();

    SimilarNames(List<Suggestion> names) {
        this.names = List.copyOf(names);
        bigramCounts = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            List<String> grams = bigrams(FirmNames.key(names.get(i).name()));
            bigramCounts[i] = grams.size();
            for (String g : grams) {
                List<Integer> list = byBigram.computeIfAbsent(g, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != i) {
                    list.add(i);
                }
            }
        }
    }

    /** Up to {@code max} firms whose names are alike, best first (ties by name). */
    List<Suggestion> like(String ref, int max) {
        List<String> grams = bigrams(FirmNames.key(ref));
        if (grams.isEmpty()) {
            return List.of();
        }
        Map<Integer, Integer> shared = new HashMap<>();
        for (String g : new java.util.LinkedHashSet<>(grams)) {
            for (int i : byBigram.getOrDefault(g, List.of())) {
                shared.merge(i, 1, Integer::sum);
            }
        }
        int distinct = new java.util.HashSet<>(grams).size();
        record Scored(Suggestion firm, double score) { }
        List<Scored> scored = new ArrayList<>();
        shared.forEach((i, n) -> {
            double dice = 2.0 * n / (distinct + bigramCounts[i]);
            if (dice >= THRESHOLD) {
                scored.add(new Scored(names.get(i), dice));
            }
        });
        scored.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
                : a.firm().name().compareTo(b.firm().name()));
        return scored.stream().limit(max).map(Scored::firm).toList();
    }

    /** The distinct character bigrams of a key (a one-character key is its own gram). */
    private static List<String> bigrams(String key) {
        if (key.length() == 1) {
            return List.of(key);
        }
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i + 2 <= key.length(); i++) {
            out.add(key.substring(i, i + 2));
        }
        return new ArrayList<>(out);
    }
}
