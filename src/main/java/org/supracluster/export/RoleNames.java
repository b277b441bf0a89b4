package org.supracluster.export;

import java.util.Locale;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.analysis.ClusterMetrics;
import org.supracluster.analysis.ClusterRole;

/** Role names in English and Korean for the tables of the command line and the report. */
public final class RoleNames {

    private RoleNames() {
    }

    /**
     * A cluster role's name; {@code null} (a cluster with no firm in the view, which has no role)
     * is "not in view".
     */
    public static String of(ClusterRole r, Locale locale) {
        boolean ko = locale.getLanguage().equals("ko");
        if (r == null) {
            return notInView(locale);
        }
        return switch (r) {
            case CORE_HUB -> ko ? "핵심 허브" : "core hub";
            case INTERNALLY_ORIENTED -> ko ? "내부 지향" : "internally oriented";
            case EXTERNALLY_ORIENTED -> ko ? "외부 지향(관문)" : "externally oriented / gateway";
            case PERIPHERAL -> ko ? "주변" : "peripheral";
        };
    }

    /** What a cluster with no firm in the view shows in place of a role. */
    public static String notInView(Locale locale) {
        return locale.getLanguage().equals("ko") ? "표시 안 됨" : "not in view";
    }

    /** The role cell of a cluster's row: its role, "not in view", or nothing for "other". */
    public static String of(ClusterMetrics m, Locale locale) {
        return m.isOther() ? "" : of(m.role(), locale);
    }

    /** Guimerà & Amaral's (2005) names for the seven roles. */
    public static String of(CartographyRole r, Locale locale) {
        if (r == null) {
            return "—";
        }
        boolean ko = locale.getLanguage().equals("ko");
        return r.name() + " " + switch (r) {
            case R1 -> ko ? "극주변" : "ultra-peripheral";
            case R2 -> ko ? "주변" : "peripheral";
            case R3 -> ko ? "비허브 연결자" : "non-hub connector";
            case R4 -> ko ? "비허브 무소속" : "non-hub kinless";
            case R5 -> ko ? "지역 허브" : "provincial hub";
            case R6 -> ko ? "연결 허브" : "connector hub";
            case R7 -> ko ? "무소속 허브" : "kinless hub";
        };
    }
}
