package org.supracluster.ingest;

import java.util.Arrays;

/**
 * An open-addressing set of non-negative longs, for the sample generator's link keys: checks the
 * uniqueness of 500,000 (source, target, type, year) keys without boxing them. It is only ever
 * asked "is this new?", never iterated, so the generator's output cannot depend on its layout.
 */
final class SampleLongSet {
    private long[] slots = filled(1 << 12);
    private int used;

    boolean add(long key) {
        if (2 * (used + 1) > slots.length) {
            long[] old = slots;
            slots = filled(old.length * 2);
            for (long k : old) {
                if (k >= 0) {
                    insert(k);
                }
            }
        }
        if (insert(key)) {
            used++;
            return true;
        }
        return false;
    }

    private boolean insert(long key) {
        int mask = slots.length - 1;
        int i = (int) (mix(key) & mask);
        while (slots[i] >= 0) {
            if (slots[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = key;
        return true;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        return k ^ (k >>> 33);
    }

    private static long[] filled(int n) {
        long[] a = new long[n];
        Arrays.fill(a, -1L);
        return a;
    }
}
