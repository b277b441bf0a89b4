package org.supracluster.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A partition of firms into named clusters: each province belongs to at most one cluster, and a
 * scheme read from a firm list may also place single firms. Firms in no cluster are "other"
 * ({@link #OTHER}) and are left out of cluster-level figures.
 *
 * @param name the scheme's name, unique in a database
 * @param clusters the clusters, numbered by their position
 * @param regionClusters cluster index of each assigned province
 * @param firmClusters cluster index of single firms by id; wins over the province
 */
public record ClusterScheme(String name, List<Cluster> clusters, Map<Region, Integer> regionClusters,
                            Map<String, Integer> firmClusters) {

    /** Cluster index of a firm outside every cluster. */
    public static final int OTHER = -1;

    /** Name of the built-in scheme. */
    public static final String DEFAULT_NAME = "default";

    /** A cluster's names in English and Korean. */
    public record Cluster(String englishName, String koreanName) {
        public Cluster {
            Objects.requireNonNull(englishName, "englishName");
            koreanName = koreanName == null || koreanName.isBlank() ? englishName : koreanName;
        }

        public String displayName(Locale locale) {
            return "ko".equals(locale.getLanguage()) ? koreanName : englishName;
        }
    }

    public ClusterScheme {
        Objects.requireNonNull(name, "name");
        clusters = List.copyOf(clusters);
        regionClusters = regionClusters.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(regionClusters));
        firmClusters = Map.copyOf(firmClusters);
        for (int c : regionClusters.values()) {
            checkIndex(c, clusters.size());
        }
        for (int c : firmClusters.values()) {
            checkIndex(c, clusters.size());
        }
    }

    private static void checkIndex(int c, int k) {
        if (c < 0 || c >= k) {
            throw new IllegalArgumentException("cluster index " + c + " outside 0.." + (k - 1));
        }
    }

    /**
     * The "five super-regions" of DESIGN.md: the 5+2 wide-area economic regions (2008) without
     * Gangwon and Jeju, which stay "other" until a user assigns them.
     */
    public static ClusterScheme defaultFive() {
        Map<Region, Integer> m = new EnumMap<>(Region.class);
        put(m, 0, Region.SEOUL, Region.INCHEON, Region.GYEONGGI);
        put(m, 1, Region.DAEJEON, Region.SEJONG, Region.CHUNGBUK, Region.CHUNGNAM);
        put(m, 2, Region.DAEGU, Region.GYEONGBUK);
        put(m, 3, Region.BUSAN, Region.ULSAN, Region.GYEONGNAM);
        put(m, 4, Region.GWANGJU, Region.JEONBUK, Region.JEONNAM);
        return new ClusterScheme(DEFAULT_NAME, List.of(
                new Cluster("Capital region", "수도권"),
                new Cluster("Chungcheong–Daejeon", "충청·대전"),
                new Cluster("Daegu–Gyeongbuk", "대구·경북"),
                new Cluster("Southeast", "동남권"),
                new Cluster("Honam", "호남권")), m, Map.of());
    }

    private static void put(Map<Region, Integer> m, int cluster, Region... regions) {
        for (Region r : regions) {
            m.put(r, cluster);
        }
    }

    public int clusterCount() {
        return clusters.size();
    }

    /** Cluster of a province, or {@link #OTHER}. */
    public int clusterOf(Region region) {
        return regionClusters.getOrDefault(region, OTHER);
    }

    /** Cluster of one firm of a network: its own assignment if any, else its province's. */
    public int clusterOf(Network network, int firm) {
        Integer own = firmClusters.isEmpty() ? null : firmClusters.get(network.firmId(firm));
        return own != null ? own : clusterOf(network.region(firm));
    }

    /** Cluster index of every firm of a network, {@link #OTHER} for firms in no cluster. */
    public int[] assign(Network network) {
        int[] out = new int[network.firmCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = clusterOf(network, i);
        }
        return out;
    }

    /**
     * Index of the cluster with this English or Korean name, or -1 (also for {@code null}). Case,
     * spaces and the kind of dash are ignored: "chungcheong-daejeon" finds "Chungcheong–Daejeon".
     */
    public int indexOf(String clusterName) {
        if (clusterName == null) {
            return -1;
        }
        String k = nameKey(clusterName);
        if (k.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            if (nameKey(c.englishName()).equals(k) || nameKey(c.koreanName()).equals(k)) {
                return i;
            }
        }
        return -1;
    }

    private static String nameKey(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            b.append(c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                    || c == '\u2212' ? '-' : c);
        }
        return b.toString();
    }
}
