package org.supracluster.export;

import java.util.Locale;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.analysis.ClusterMetrics;
import org.supracluster.analysis.ClusterRole;
import org.supracluster.model.Messages;

/**
 * Role names for the tables of the command line and the report, read from the window's keys
 * ({@code clusterRole.*}, {@code cartographyRole.*}, {@code roles.notInView}) so that both name a
 * role alike. A table cell is a word mid-sentence, lower-case in English ("core hub"), as the CSV
 * files have always written it; the report capitalises it again in its cells.
 */
public final class RoleNames {

    private RoleNames() {
    }

    /**
     * A cluster role's name; {@code null} (a cluster with no firm in the view, which has no role)
     * is "not in view".
     */
    public static String of(ClusterRole r, Locale locale) {
        if (r == null) {
            return notInView(locale);
        }
        Messages m = Messages.of(locale);
        // The tables' English names this role "externally oriented / gateway", the window "… (gateway)".
        return r == ClusterRole.EXTERNALLY_ORIENTED ? m.get("report.clusterRole.externally_oriented")
                : midSentence(m.get("clusterRole." + r.name().toLowerCase(Locale.ROOT)));
    }

    /** What a cluster with no firm in the view shows in place of a role. */
    public static String notInView(Locale locale) {
        return midSentence(Messages.of(locale).get("roles.notInView"));
    }

    /** The role cell of a cluster's row: its role, "not in view", or nothing for "other". */
    public static String of(ClusterMetrics m, Locale locale) {
        return m.isOther() ? "" : of(m.role(), locale);
    }

    /** Guimerà & Amaral's (2005) names for the seven roles, after their code ("R3 non-hub connector"). */
    public static String of(CartographyRole r, Locale locale) {
        if (r == null) {
            return "—";
        }
        Messages m = Messages.of(locale);
        return m.format("cartographyRole.withCode", r.name(),
                midSentence(m.get("cartographyRole." + r.name().toLowerCase(Locale.ROOT))));
    }

    /** The window's label as a word mid-sentence: its first letter lower-case (Hangul has no case). */
    private static String midSentence(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }
}
