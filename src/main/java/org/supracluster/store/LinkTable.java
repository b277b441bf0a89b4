package org.supracluster.store;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;

/**
 * Links to store, in columns: each end an index into one array of firm ids, so an import of
 * 500,000 links hands over a few arrays and one id per firm instead of half a million
 * {@link Link} objects, and the store looks each firm's key up once rather than twice per link.
 * The rows are stored as they are, in order (no merging: a later row with the same source,
 * target, type and year replaces the earlier one's weight, as for a list of links).
 */
public final class LinkTable {

    private static final LinkType[] TYPES = LinkType.values();

    private final String[] ids;
    private final int[] source;
    private final int[] target;
    private final byte[] type;
    private final double[] weight;
    private final int[] year;
    private final int size;

    /**
     * Links whose {@code i}-th row runs from {@code ids[source[i]]} to {@code ids[target[i]]}, with
     * {@code type[i]} a {@link LinkType} ordinal. The arrays are taken, not copied; only the first
     * {@code size} rows are read.
     *
     * @throws IllegalArgumentException for an end outside {@code ids}, an unknown type or a weight
     *                                  that is not a positive finite number (as {@link Link})
     */
    public LinkTable(String[] ids, int[] source, int[] target, byte[] type, double[] weight, int[] year, int size) {
        if (size < 0 || size > source.length || size > target.length || size > type.length
                || size > weight.length || size > year.length) {
            throw new IllegalArgumentException("size " + size + " exceeds the columns");
        }
        for (int i = 0; i < size; i++) {
            if (source[i] < 0 || source[i] >= ids.length || target[i] < 0 || target[i] >= ids.length) {
                throw new IllegalArgumentException("link end is not a firm index: " + source[i] + ", " + target[i]);
            }
            if (type[i] < 0 || type[i] >= TYPES.length) {
                throw new IllegalArgumentException("unknown link type " + type[i]);
            }
            if (!(weight[i] > 0) || Double.isInfinite(weight[i])) {
                throw new IllegalArgumentException("weight must be a positive number: " + weight[i]);
            }
        }
        for (String id : ids) {
            Objects.requireNonNull(id, "id");
        }
        this.ids = ids;
        this.source = source;
        this.target = target;
        this.type = type;
        this.weight = weight;
        this.year = year;
        this.size = size;
    }

    /** The same links in columns, in the collection's order. */
    public static LinkTable of(Collection<Link> links) {
        int n = links.size();
        Map<String, Integer> index = new HashMap<>();
        List<String> ids = new ArrayList<>();
        int[] source = new int[n];
        int[] target = new int[n];
        byte[] type = new byte[n];
        double[] weight = new double[n];
        int[] year = new int[n];
        int i = 0;
        for (Link l : links) {
            source[i] = intern(l.source(), index, ids);
            target[i] = intern(l.target(), index, ids);
            type[i] = (byte) l.type().ordinal();
            weight[i] = l.weight();
            year[i] = l.year();
            i++;
        }
        return new LinkTable(ids.toArray(new String[0]), source, target, type, weight, year, n);
    }

    private static int intern(String id, Map<String, Integer> index, List<String> ids) {
        Integer i = index.putIfAbsent(id, ids.size());
        if (i == null) {
            ids.add(id);
            return ids.size() - 1;
        }
        return i;
    }

    public int size() {
        return size;
    }

    /** Number of firm ids the ends index into. */
    int idCount() {
        return ids.length;
    }

    /** The firm id at an end index. */
    String id(int index) {
        return ids[index];
    }

    int source(int row) {
        return source[row];
    }

    int target(int row) {
        return target[row];
    }

    LinkType type(int row) {
        return TYPES[type[row]];
    }

    double weight(int row) {
        return weight[row];
    }

    int year(int row) {
        return year[row];
    }

    /** The row as a {@link Link} (allocates). */
    public Link link(int row) {
        Objects.checkIndex(row, size);
        return new Link(ids[source[row]], ids[target[row]], TYPES[type[row]], weight[row], year[row]);
    }

    /** The rows as links, made on demand (a view, not a copy). */
    public List<Link> links() {
        return new AbstractList<>() {
            @Override
            public Link get(int row) {
                return link(row);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
