package org.supracluster.ui.scheme;

import java.util.Objects;
import org.supracluster.analysis.DerivedSchemes;
import org.supracluster.model.ClusterScheme;

/**
 * One entry of the scheme chooser: a scheme stored under a name (the default among them), K
 * clusters from the coordinates (K is chosen beside the list), or the detected communities.
 *
 * @param name the stored scheme's name; empty for the derived kinds
 */
public record SchemeChoice(Kind kind, String name) {

    /** What the entry stands for. */
    public enum Kind { STORED, GEO, COMMUNITIES }

    public static final SchemeChoice DEFAULT = new SchemeChoice(Kind.STORED, ClusterScheme.DEFAULT_NAME);
    public static final SchemeChoice GEO = new SchemeChoice(Kind.GEO, "");
    public static final SchemeChoice COMMUNITIES = new SchemeChoice(Kind.COMMUNITIES, "");

    public SchemeChoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static SchemeChoice stored(String name) {
        return new SchemeChoice(Kind.STORED, name);
    }

    /** The entry of a scheme, told by its name ({@code geo:K}, {@code communities[:unweighted]}, or stored). */
    public static SchemeChoice of(ClusterScheme scheme) {
        String n = scheme.name();
        if (DerivedSchemes.geoK(n).isPresent()) {
            return GEO;
        }
        return DerivedSchemes.isCommunitiesName(n) ? COMMUNITIES : stored(n);
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }
}
