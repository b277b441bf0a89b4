package org.supracluster.ingest;

import java.util.Arrays;

/**
 * Numbers distinct texts 0, 1, 2, … in the order they are first given, the same text always
 * getting the same number. Kept in flat arrays rather than a map of strings: a links file names
 * 100,000 firms a million times, and a map's look-up reads its table, a node, the key string and
 * the key's characters, each somewhere else in the heap. Here a slot of the open-addressing table
 * is four longs (one cache line of 32 bytes): the hash and the number, then the text itself when
 * it has at most {@value #INLINE} characters (as firm ids do), so most look-ups read one place.
 * Every text is also kept in one array of characters, for {@link #text} and for longer texts.
 */
final class TextNumbers {

    /** Characters a slot holds: a length of 16 bits and 11 characters of 16 bits in three longs. */
    static final int INLINE = 11;
    private static final int STRIDE = 4;
    private static final long LONG_TEXT = 0xFFFF;

    /**
     * Per slot: at {@code STRIDE * i} the text's spread hash (high half) and number + 1 (low half),
     * 0 when free; then the length and characters of a short text, or {@link #LONG_TEXT}.
     */
    private long[] table = new long[(1 << 10) * STRIDE];
    private char[] chars = new char[1 << 12];
    /** Where text {@code k} starts in {@link #chars}; it ends where text {@code k + 1} starts. */
    private int[] start = new int[1 << 9];
    private int size;

    /** The number of {@code text}, given now if it has none yet. */
    int number(String text) {
        int h = spread(text.hashCode());
        int n = text.length();
        long a = n <= INLINE ? packed(text, n, 0) : LONG_TEXT;
        long b = n <= INLINE ? packed(text, n, 1) : 0;
        long c = n <= INLINE ? packed(text, n, 2) : 0;
        int slots = table.length / STRIDE;
        int mask = slots - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int at = i * STRIDE;
            long e = table[at];
            if (e == 0) {
                table[at] = (long) h << 32 | (add(text) + 1L);
                table[at + 1] = a;
                table[at + 2] = b;
                table[at + 3] = c;
                if (size * 2 > slots) {
                    grow();
                }
                return size - 1;
            }
            if ((int) (e >>> 32) == h && table[at + 1] == a && table[at + 2] == b && table[at + 3] == c) {
                int k = (int) e - 1;
                if (a != LONG_TEXT || equal(k, text)) {
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

    /**
     * Long {@code part} (0–2) of a short text: the length and characters 0–2, then 3–6, then 7–10,
     * 16 bits each; characters past the end are 0 (the length tells "a" from "a\0").
     */
    private static long packed(String text, int n, int part) {
        long v = part == 0 ? n : 0;
        int from = part == 0 ? 0 : part * 4 - 1;
        int count = part == 0 ? 3 : 4;
        for (int j = 0; j < count && from + j < n; j++) {
            v |= (long) text.charAt(from + j) << (16 * (part == 0 ? j + 1 : j));
        }
        return v;
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

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length / STRIDE - 1;
        for (int at = 0; at < old.length; at += STRIDE) {
            if (old[at] != 0) {
                int i = (int) (old[at] >>> 32) & mask;
                while (table[i * STRIDE] != 0) {
                    i = (i + 1) & mask;
                }
                System.arraycopy(old, at, table, i * STRIDE, STRIDE);
            }
        }
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
