package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.store.LinkTable;

/**
 * Gathers the links of one file. Links are keyed by their canonical ends (a co-patent link a–b is
 * b–a), type and year; rows with the same key merge into one link whose weight is the sum of
 * theirs, as DESIGN.md defines a link. Callers drop self-loops before adding.
 *
 * <p>Firm ids are interned to ints and links kept in parallel arrays with an open-addressing
 * table, because a links file has hundreds of thousands of rows and a map of records per row was
 * the slowest part of an import.
 */
final class LinkCollector {

    /** Firm ids by number; numbered in flat arrays, not a map of 100,000 strings to boxed numbers. */
    private final TextNumbers firmIndex = new TextNumbers();
    private final List<String> firmIds = new ArrayList<>();
    private int[] src;
    private int[] dst;
    private byte[] type;
    private int[] year;
    private double[] weight;
    private long[] line;
    private int size;
    /** Open addressing: per slot the link's hash (high half) and its index + 1 (low half); 0 when free. */
    private long[] table;

    LinkCollector() {
        this(1024);
    }

    /** A collector with room for about {@code expected} links before it grows. */
    LinkCollector(int expected) {
        int cap = Math.max(16, expected);
        src = new int[cap];
        dst = new int[cap];
        type = new byte[cap];
        year = new int[cap];
        weight = new double[cap];
        line = new long[cap];
        table = new long[Integer.highestOneBit(cap - 1) * 4];
    }

    /** What {@link #add} returns when the summed weight would no longer be a finite number. */
    static final long OVERFLOW = -1;

    /**
     * Adds one row's link (not a self-loop); returns the line of the row it merged into, 0 if new,
     * or {@link #OVERFLOW} (leaving the link as it was) when the sum of the weights would be infinite.
     */
    long add(String source, String target, LinkType linkType, double w, int y, long rowLine) {
        return add(intern(source), intern(target), linkType, w, y, rowLine);
    }

    /**
     * As {@link #add(String, String, LinkType, double, int, long)}, the ends given by
     * {@link #intern}: a caller that resolves each firm once need not hash its id for every row.
     */
    long add(int source, int target, LinkType linkType, double w, int y, long rowLine) {
        int s = source;
        int d = target;
        if (!linkType.isDirected() && firmIds.get(s).compareTo(firmIds.get(d)) > 0) {
            s = target;
            d = source;
        }
        int h = hash(s, d, linkType.ordinal(), y);
        int mask = table.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long e = table[i];
            if (e == 0) {
                table[i] = (long) h << 32 | (append(s, d, linkType, y, w, rowLine) + 1L);
                if (size * 2 > table.length) {
                    table = TextNumbers.doubled(table);
                }
                return 0;
            }
            // The hash kept in the table tells most other links apart without reading their columns.
            int slot = (int) e - 1;
            if ((int) (e >>> 32) == h && src[slot] == s && dst[slot] == d && type[slot] == linkType.ordinal()
                    && year[slot] == y) {
                double sum = weight[slot] + w;
                if (Double.isInfinite(sum)) {
                    // Amounts near Double.MAX_VALUE are finite one by one but not together; a link
                    // of infinite weight cannot be stored, so the caller reports the row instead.
                    return OVERFLOW;
                }
                weight[slot] = sum;
                return line[slot];
            }
        }
    }

    /** The number {@link #add(int, int, LinkType, double, int, long)} knows a firm id by. */
    int intern(String id) {
        int k = firmIndex.number(id);
        if (k == firmIds.size()) {
            firmIds.add(id);
        }
        return k;
    }

    private static int hash(int s, int d, int t, int y) {
        int h = s * 0x9E3779B1 + d;
        h = h * 0x85EBCA6B + (y << 1 | t);
        return h ^ (h >>> 15);
    }

    private int append(int s, int d, LinkType t, int y, double w, long rowLine) {
        if (size == src.length) {
            int cap = size * 2;
            src = Arrays.copyOf(src, cap);
            dst = Arrays.copyOf(dst, cap);
            type = Arrays.copyOf(type, cap);
            year = Arrays.copyOf(year, cap);
            weight = Arrays.copyOf(weight, cap);
            line = Arrays.copyOf(line, cap);
        }
        src[size] = s;
        dst[size] = d;
        type[size] = (byte) t.ordinal();
        year[size] = y;
        weight[size] = w;
        line[size] = rowLine;
        return size++;
    }

    int size() {
        return size;
    }

    /** The firm id {@link #intern} numbered {@code firm}. */
    String id(int firm) {
        return firmIds.get(firm);
    }

    /** The links and, for each, the line of the first row that gave it (0 when unknown). */
    record Collected(LinkTable table, long[] lines) {
        static Collected empty() {
            return new Collected(LinkTable.of(List.of()), new long[0]);
        }

        /** Links as they are, no line known. */
        static Collected of(List<Link> links) {
            return new Collected(LinkTable.of(links), new long[links.size()]);
        }

        /** The links as values (made on demand). */
        List<Link> links() {
            return table.links();
        }
    }

    /** What was collected; the collector hands its arrays over and is not to be used after. */
    Collected collected() {
        return new Collected(new LinkTable(firmIds.toArray(new String[0]), src, dst, type, weight, year, size),
                Arrays.copyOf(line, size));
    }
}
