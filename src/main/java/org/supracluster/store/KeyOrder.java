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
        int[] idx = new int[n];
        int[] tmp = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        long max = 0;
        for (long k : keys) {
            if (k < 0) {
                throw new IllegalArgumentException("negative key " + k);
            }
            max = Math.max(max, k);
        }
        int[] count = new int[257];
        for (int shift = 0; shift < 64 && (max >>> shift) != 0; shift += 8) {
            Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) ((keys[idx[i]] >>> shift) & 0xFF) + 1]++;
            }
            for (int b = 0; b < 256; b++) {
                count[b + 1] += count[b];
            }
            for (int i = 0; i < n; i++) {
                tmp[count[(int) ((keys[idx[i]] >>> shift) & 0xFF)]++] = idx[i];
            }
            int[] t = idx;
            idx = tmp;
            tmp = t;
        }
        return idx;
    }
}
