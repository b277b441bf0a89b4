package org.supracluster.ui.inspector;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.analysis.FirmMetric;
import org.supracluster.analysis.Partition;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;

/**
 * How the firm panels write names and numbers in the current language (read at each call, so a
 * caller that asks again after {@link I18n#addListener a language switch} gets the new language).
 */
public final class FirmText {

    /** Shown for a figure that does not apply (a firm without a role, a hidden firm's z). */
    public static final String NOT_APPLICABLE = "–";

    private FirmText() {
    }

    /**
     * A cluster's name: the scheme's English or Korean name while the partition is the scheme's,
     * the partition's own name otherwise, and "Other" for {@link Partition#OTHER}.
     */
    public static String clusterName(ExplorerViewModel model, int cluster) {
        if (cluster == Partition.OTHER) {
            return I18n.get("legend.other");
        }
        ClusterScheme scheme = model.scheme();
        Partition partition = model.partition();
        if (cluster < scheme.clusterCount()
                && scheme.clusters().get(cluster).englishName().equals(partition.names().get(cluster))) {
            return scheme.clusters().get(cluster).displayName(I18n.locale());
        }
        return partition.names().get(cluster);
    }

    public static String regionName(Region region) {
        return region.displayName(I18n.locale());
    }

    /**
     * A business registration number as Koreans write it, {@code 123-45-67890} (three, two and
     * five digits); anything that is not ten digits as it is.
     */
    public static String brn(String digits) {
        if (digits == null || !digits.matches("\\d{10}")) {
            return digits == null ? "" : digits;
        }
        return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }

    public static String segmentName(Segment segment) {
        return I18n.name(segment);
    }

    /** "R6 Connector hub", or {@link #NOT_APPLICABLE} for no role. */
    public static String roleName(CartographyRole role) {
        return role == null ? NOT_APPLICABLE : I18n.format("cartographyRole.withCode", role.name(), I18n.name(role));
    }

    /** A count with grouping: 1,234. */
    public static String integer(long value) {
        return NumberFormat.getIntegerInstance(I18n.locale()).format(value);
    }

    /**
     * A measure with about three significant digits and grouping: 1,234, 12.35, 0.000667; {@link
     * #NOT_APPLICABLE} for {@code NaN}.
     */
    public static String decimal(double value) {
        if (Double.isNaN(value)) {
            return NOT_APPLICABLE;
        }
        double a = Math.abs(value);
        String pattern = a >= 100 || a == 0 ? "#,##0" : a >= 1 ? "#,##0.##"
                : "0." + "#".repeat(2 - (int) Math.floor(Math.log10(a)));
        return format(pattern, value);
    }

    /** A value with a fixed number of decimals (z with 2, P with 3); {@link #NOT_APPLICABLE} for NaN. */
    public static String fixed(double value, int decimals) {
        if (Double.isNaN(value)) {
            return NOT_APPLICABLE;
        }
        return format(decimals == 0 ? "0" : "0." + "0".repeat(decimals), value);
    }

    /**
     * A figure as its kind reads best: a count with grouping, a measure with about three
     * significant digits, z with 2 decimals, a share with 3; "computing" for a figure that comes
     * later and is not there yet; {@link #NOT_APPLICABLE} for any other {@code NaN}.
     */
    public static String figure(FirmMetric metric, double value) {
        if (Double.isNaN(value) && metric.arrivesLater()) {
            return I18n.get("inspector.computing");
        }
        return switch (metric.kind()) {
            case COUNT -> integer((long) value);
            case MEASURE -> decimal(value);
            case Z_SCORE -> fixed(value, 2);
            case SHARE -> fixed(value, 3);
        };
    }

    private static String format(String pattern, double value) {
        Locale locale = I18n.locale();
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale)).format(value);
    }
}
