package org.supracluster.analysis;

/**
 * The five brokerage roles of Gould and Fernandez (1989): the role firm b plays in an open
 * two-path a→b→c (a supplies b, b supplies c, a does not supply c), by the groups of a, b and c.
 * The groups are the clusters and the group "other" ({@link Partition#OTHER}, the firms in no
 * cluster), which is a group like any cluster here: Gould and Fernandez assign every actor to a
 * group, as R's {@code sna::brokerage} does (DESIGN.md, "Analysis definitions").
 *
 * <table>
 *   <caption>Roles by cluster</caption>
 *   <tr><th>role</th><th>clusters</th></tr>
 *   <tr><td>{@link #COORDINATOR}</td><td>a, b, c all in one cluster</td></tr>
 *   <tr><td>{@link #ITINERANT}</td><td>a and c in one cluster, b in another</td></tr>
 *   <tr><td>{@link #REPRESENTATIVE}</td><td>a and b in one cluster, c in another</td></tr>
 *   <tr><td>{@link #GATEKEEPER}</td><td>b and c in one cluster, a in another</td></tr>
 *   <tr><td>{@link #LIAISON}</td><td>a, b, c in three different clusters</td></tr>
 * </table>
 *
 * <p>Source: R. V. Gould and R. M. Fernandez, "Structures of mediation: a formal approach to
 * brokerage in transaction networks", Sociological Methodology 19 (1989) 89–126; DESIGN.md,
 * "Analysis definitions". See {@link Brokerage} for the counting.
 */
public enum BrokerageRole {
    /** a, b, c in one cluster: local supplier → local fab → local packager. */
    COORDINATOR,
    /** Itinerant (consultant): a and c in one cluster, b in another; b serves a region from outside. */
    ITINERANT,
    /** a and b in one cluster, c in another: b sells its own cluster's output out. */
    REPRESENTATIVE,
    /** b and c in one cluster, a in another: b buys in from outside for its cluster. */
    GATEKEEPER,
    /** a, b, c in three different clusters. */
    LIAISON;

    /**
     * The role of b in a two-path a→b→c whose firms are in groups {@code a}, {@code b}, {@code c}.
     *
     * @param a group of the supplier: a cluster index, 0 or more, or {@link Partition#OTHER}
     * @param b group of the broker, likewise
     * @param c group of the customer, likewise
     * @throws IllegalArgumentException for a negative group other than {@link Partition#OTHER}
     */
    public static BrokerageRole of(int a, int b, int c) {
        if (!isGroup(a) || !isGroup(b) || !isGroup(c)) {
            throw new IllegalArgumentException("not a group: " + a + ", " + b + ", " + c);
        }
        if (a == b) {
            return b == c ? COORDINATOR : REPRESENTATIVE;
        }
        if (b == c) {
            return GATEKEEPER;
        }
        return a == c ? ITINERANT : LIAISON;
    }

    private static boolean isGroup(int g) {
        return g >= 0 || g == Partition.OTHER;
    }
}
