package org.supracluster.ingest;

import java.util.Arrays;

/**
 * Numbers distinct texts 0, 1, 2, … in the order they are first given, the same text always
 * getting the same number. Kept in three flat arrays (an open-addressing table of hash and
 * number, the characters of every text one after the other, and where each text starts) rather
 * than a map of strings: a links file names 100,000 firms a million times, and each look-up then
 * touches three compact arrays instead of a map's node, key and characters scattered over the
 * heap, while the garbage collector has a few arrays to move instead of 100,000 strings.
 */
final class TextNumbers {

    /** Per slot: the text's spread hash in the high half, its number + 1 in the low half; 0 when free. */
    private long[] table = new long[1 << 10];
    private char[] chars = new char[1 << 12];
    /** Where text {@code k} starts in {@link #chars}; it ends where text {@code k + 1} starts. */
    private int[] start = new int[1 << 9];
    private int size;

    /** The number of {@code text}, given now if it has none yet. */
    int number(String text) {
        int h = spread(text.hashCode());
        int mask = table.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long e = table[i];
            if (e == 0) {
                table[i] = (long) h << 32 | (add(text) + 1L);
                if (size * 2 > table.length) {
                    table = doubled(table);
                }
                return size - 1;
            }
            if ((int) (e >>> 32) == h) {
                int k = (int) e - 1;
                if (equal(k, text)) {
                    return k;
                }
            }
        }
    }

    /** How many distinct texts have been numbered. */
    int size() {
        return size;
    }

    /** The text numbered {@code k} (a new string each call). */
    String text(int k) {
        java.util.Objects.checkIndex(k, size);
        return new String(chars, start[k], start[k + 1] - start[k]);
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    private boolean equal(int k, String text) {
        int from = start[k];
        int n = start[k + 1] - from;
        if (n != text.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (chars[from + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int add(String text) {
        int from = start[size];
        int n = text.length();
        if (from + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, from + n));
        }
        text.getChars(0, n, chars, from);
        if (size + 2 > start.length) {
            start = Arrays.copyOf(start, start.length * 2);
        }
        start[size + 1] = from + n;
        return size++;
    }

    /**
     * An open-addressing table of twice the size with the same entries: each entry is a hash in
     * its high half (which places it) and a nonzero number in its low half, 0 marking a free slot.
     */
    static long[] doubled(long[] old) {
        long[] table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long e : old) {
            if (e != 0) {
                int i = (int) (e >>> 32) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = e;
            }
        }
        return table;
    }
}
