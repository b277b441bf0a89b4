package org.supracluster.store;

/**
 * The link table's integer key: source fid (24 bits), target fid (24 bits), type (1 bit) and
 * year (8 bits: 0 for none, else year − 1899, so 1900–2154), in that order from the high bits,
 * so keys sort as (source, target, type, year) and are unique exactly when those four are. Bit
 * 57 and above stay 0, so a key is never negative. {@link Schema}'s virtual columns read the
 * same layout.
 */
final class LinkKey {

    /** Largest firm key that fits the packed link key (24 bits). */
    static final long MAX_FID = (1L << 24) - 1;

    private LinkKey() {
    }

    /**
     * The key of a link.
     *
     * @param type 0 or 1 (a {@code LinkType} ordinal)
     * @param year 0 for none, else 1900–2154
     * @throws IllegalStateException when a fid exceeds {@link #MAX_FID}
     * @throws IllegalArgumentException for a year outside 1900–2154
     */
    static long of(long source, long target, int type, int year) {
        if (source > MAX_FID || target > MAX_FID) {
            throw new IllegalStateException("more than " + MAX_FID + " firms have been stored in this database");
        }
        if (year != 0 && (year < 1900 || year > 2154)) {
            throw new IllegalArgumentException("year outside 1900–2154: " + year);
        }
        return source << 33 | target << 9 | (long) type << 8 | (year == 0 ? 0 : year - 1899);
    }

    static long source(long key) {
        return key >>> 33;
    }

    static long target(long key) {
        return (key >>> 9) & MAX_FID;
    }

    static int type(long key) {
        return (int) (key >>> 8) & 1;
    }

    /** The year, or 0 for none. */
    static int year(long key) {
        int code = (int) (key & 0xFF);
        return code == 0 ? 0 : code + 1899;
    }
}
