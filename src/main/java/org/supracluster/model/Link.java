package org.supracluster.model;

import java.util.Objects;

/**
 * One link between two firms, by firm id. For a co-patent link the order of the two ends means
 * nothing; for a trade link the source is the supplier and the target the customer.
 *
 * @param year the year of the link, or {@link #NO_YEAR} when the data gives none
 */
public record Link(String source, String target, LinkType type, double weight, int year) {

    /** Stands for "no year given" (no real link is dated year 0). */
    public static final int NO_YEAR = 0;

    public Link {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(type, "type");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be a positive number: " + weight);
        }
    }

    public boolean hasYear() {
        return year != NO_YEAR;
    }

    /**
     * The same link with its ends in a canonical order: co-patent links have no direction, so
     * (a, b) and (b, a) are one link; trade links keep their direction.
     */
    public Link canonical() {
        if (type.isDirected() || source.compareTo(target) <= 0) {
            return this;
        }
        return new Link(target, source, type, weight, year);
    }
}
