package org.supracluster.store;

import java.util.Arrays;

/**
 * Sorting positions by a long key without boxing: sorting an {@code Integer[]} with a comparator
 * took a tenth of a 500,000-link import. The keys are packed with their positions into pairs of
 * longs and sorted by key with a radix sort on the key's bytes (LSD, stable).
 */
final class KeyOrder {

    private KeyOrder() {
    }

    /** Positions 0..n-1 ordered by {@code keys} (non-negative), ties in position order. */
    static int[] sortedIndices(long[] keys) {
        int n = keys.length;
        long max = 0;
        for (long k : keys) {
            if (k < 0) {
                throw new IllegalArgumentException("negative key " + k);
            }
            max = Math.max(max, k);
        }
        // Keys move with their positions, so each pass reads both arrays in order instead of
        // looking keys up at scattered positions.
        long[] key = keys.clone();
        long[] keyTmp = new long[n];
        int[] idx = new int[n];
        int[] tmp = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        int[] count = new int[257];
        for (int shift = 0; shift < 64 && (max >>> shift) != 0; shift += 8) {
            Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) ((key[i] >>> shift) & 0xFF) + 1]++;
            }
            if (count[(int) ((key[0] >>> shift) & 0xFF) + 1] == n) {
                continue; // every key has this byte: the pass would change nothing
            }
            for (int b = 0; b < 256; b++) {
                count[b + 1] += count[b];
            }
            for (int i = 0; i < n; i++) {
                int to = count[(int) ((key[i] >>> shift) & 0xFF)]++;
                keyTmp[to] = key[i];
                tmp[to] = idx[i];
            }
            long[] kt = key;
            key = keyTmp;
            keyTmp = kt;
            int[] t = idx;
            idx = tmp;
            tmp = t;
        }
        return idx;
    }
}
