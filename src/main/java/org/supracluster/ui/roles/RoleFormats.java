package org.supracluster.ui.roles;

import java.util.Locale;

/**
 * How the cluster tabs write numbers, in the current language: counts with grouping, shares as
 * percentages with one decimal, E-I indices with two decimals, and {@link #UNDEFINED} for a
 * figure the analysis leaves undefined (NaN).
 */
public final class RoleFormats {

    /** Written for an undefined figure (an E-I index or share without links). */
    public static final String UNDEFINED = "—";

    private RoleFormats() {
    }

    /** A count with grouping: 1,234. */
    public static String count(long n, Locale locale) {
        return String.format(locale, "%,d", n);
    }

    /** A share in [0, 1] as a percentage with one decimal ("41.3%"), or {@link #UNDEFINED}. */
    public static String percent(double share, Locale locale) {
        return Double.isNaN(share) ? UNDEFINED : String.format(locale, "%.1f%%", share * 100);
    }

    /** An E-I index with two decimals ("-0.42"), or {@link #UNDEFINED}. */
    public static String eiIndex(double ei, Locale locale) {
        return Double.isNaN(ei) ? UNDEFINED : String.format(locale, "%.2f", ei);
    }
}
