package org.supracluster.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;

/**
 * The finding in words (DESIGN.md; issue 4, item 11): for one set of link types, one sentence in
 * English and one in Korean naming the {@link ClusterRole#CORE_HUB core-hub} clusters with their
 * internal share {@code I_c / Σ I} and external share {@code E_c / Σ E}, e.g. "In trade and
 * co-patent links together, the Capital region and Chungcheong–Daejeon are core hubs: 41% and 23%
 * of internal links, 38% and 27% of external links." / "거래와 공동특허 연결 전체에서 수도권과
 * 충청·대전이 핵심 허브입니다: 내부 연결의 41%와 23%, 외부 연결의 38%와 27%."
 *
 * <p>Every figure is read from a {@link ClusterRoles} (the role and the two link-count shares of
 * {@link ClusterMetrics}), never recomputed, so the sentence agrees with the tables. Core hubs are
 * named most internal links first (ties: lower index first); shares are rounded to whole percent
 * (half up). When no cluster is a core hub the sentence says so and why: no links between
 * clustered firms, or no cluster reaching the fair share 1/K of both.
 *
 * <p>Cluster names come from the scheme ({@link ClusterScheme.Cluster#displayName}). English: a
 * name whose last word is a common noun (region, area, zone, belt, corridor, cluster) takes "the"
 * ("the Capital region"). Korean: the particles 이/가 and 와/과 follow the name's last syllable
 * (batchim), digits by their Sino-Korean reading; after a Latin letter both forms are written,
 * "이(가)", "과(와)".
 *
 * @param linkTypes the link types of the view the figures come from
 * @param coreHubs the core-hub clusters in the order named
 * @param clusterCount K, the clusters with a firm in the view, for the fair share 1/K
 * @param hasClusterLinks whether any link has an end in a cluster
 */
public record Finding(Set<LinkType> linkTypes, List<CoreHub> coreHubs, int clusterCount, boolean hasClusterLinks) {

    /** A core hub as the sentence names it, with the shares of its {@link ClusterMetrics}. */
    public record CoreHub(int cluster, String englishName, String koreanName, double internalShare,
                          double externalShare) {
    }

    private static final Set<String> COMMON_NOUNS = Set.of("region", "area", "zone", "belt", "corridor", "cluster");

    public Finding {
        EnumSet<LinkType> types = EnumSet.noneOf(LinkType.class);
        types.addAll(linkTypes);
        linkTypes = Collections.unmodifiableSet(types);
        coreHubs = List.copyOf(coreHubs);
    }

    /**
     * The finding of one {@link ClusterRoles}, named with {@code scheme}'s clusters.
     *
     * @throws IllegalArgumentException when the scheme has another number of clusters
     */
    public static Finding of(ClusterRoles roles, ClusterScheme scheme) {
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(scheme, "scheme");
        if (scheme.clusterCount() != roles.clusterCount()) {
            throw new IllegalArgumentException("the scheme has " + scheme.clusterCount() + " clusters, the figures "
                    + roles.clusterCount());
        }
        List<CoreHub> hubs = new ArrayList<>();
        roles.clusters().stream()
                .filter(c -> c.role() == ClusterRole.CORE_HUB)
                .sorted(Comparator.comparingLong(ClusterMetrics::internalLinks).reversed()
                        .thenComparingInt(ClusterMetrics::cluster))
                .forEach(c -> {
                    ClusterScheme.Cluster named = scheme.clusters().get(c.cluster());
                    hubs.add(new CoreHub(c.cluster(), named.displayName(Locale.ENGLISH),
                            named.displayName(Locale.KOREAN), c.internalShare(), c.externalShare()));
                });
        // A cluster–other link is a link of a clustered firm too (it counts in the external shares).
        boolean links = roles.internalLinks() + roles.interClusterLinks() + roles.clusterOtherLinks() > 0;
        return new Finding(roles.graph().view().filter().linkTypes(), hubs, roles.clustersInView(), links);
    }

    /**
     * The three findings of the study: trade links, co-patent links, both together, each from the
     * view {@code base.withLinkTypes(...)} of the network with {@code scheme}'s partition.
     */
    public static List<Finding> forEachLinkType(Network network, Filter base, ClusterScheme scheme) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(base, "base");
        Partition partition = Partition.of(scheme, network);
        List<Finding> out = new ArrayList<>(3);
        for (Set<LinkType> types : List.of(EnumSet.of(LinkType.TRADE), EnumSet.of(LinkType.COPATENT),
                EnumSet.allOf(LinkType.class))) {
            LinkGraph graph = LinkGraph.of(NetworkView.of(network, base.withLinkTypes(types)));
            out.add(of(ClusterRoles.of(graph, partition), scheme));
        }
        return List.copyOf(out);
    }

    /** The sentence in Korean for a {@code ko} locale, in English otherwise. */
    public String text(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? korean() : english();
    }

    /** The sentence in English. */
    public String english() {
        String in = "In " + englishTypes() + ", ";
        if (coreHubs.isEmpty()) {
            return in + "no cluster is a core hub: " + (hasClusterLinks
                    ? "none has at least the fair share " + fairShare() + " of both internal and external links."
                    : "there are no links between firms in clusters.");
        }
        String names = list(coreHubs, h -> article(h.englishName()) + h.englishName(), " and ");
        return in + names + (coreHubs.size() == 1 ? " is a core hub: " : " are core hubs: ")
                + list(coreHubs, h -> percent(h.internalShare()), " and ") + " of internal links, "
                + list(coreHubs, h -> percent(h.externalShare()), " and ") + " of external links.";
    }

    /**
     * The finding in Korean, two sentences as a Korean analyst writes them: what the hubs are, then
     * what share they hold ("각각" when several), rather than one sentence joined by a colon.
     */
    public String korean() {
        if (coreHubs.isEmpty()) {
            return koreanTypes() + "는 핵심 허브인 클러스터가 없습니다. " + (hasClusterLinks
                    ? "내부 연결과 외부 연결 모두에서 공정 몫 " + fairShare() + " 이상을 차지하는 클러스터가 없습니다."
                    : "클러스터에 속한 기업끼리 이어진 연결이 없습니다.");
        }
        // The list ends in a percentage, read 퍼센트: the object particle is always 를.
        return koreanTypes() + " 핵심 허브는 " + koreanList(coreHubs, CoreHub::koreanName) + "입니다. "
                + (coreHubs.size() > 1 ? "각각 " : "") + "내부 연결의 "
                + koreanList(coreHubs, h -> percent(h.internalShare())) + ", 외부 연결의 "
                + koreanList(coreHubs, h -> percent(h.externalShare())) + "를 차지합니다.";
    }

    private String englishTypes() {
        if (linkTypes.size() == LinkType.values().length) {
            return "trade and co-patent links together";
        }
        if (linkTypes.size() == 1) {
            return linkTypes.contains(LinkType.TRADE) ? "trade links" : "co-patent links";
        }
        return "the shown links";
    }

    private String koreanTypes() {
        if (linkTypes.size() == LinkType.values().length) {
            return "거래와 공동특허 연결 전체에서";
        }
        if (linkTypes.size() == 1) {
            return linkTypes.contains(LinkType.TRADE) ? "거래 연결에서" : "공동특허 연결에서";
        }
        return "표시된 연결에서";
    }

    private String fairShare() {
        return "1/" + clusterCount + " (" + Math.round(100.0 / clusterCount) + "%)";
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String article(String englishName) {
        String[] words = englishName.strip().split("\\s+");
        return COMMON_NOUNS.contains(words[words.length - 1].toLowerCase(Locale.ROOT)) ? "the " : "";
    }

    /** "a", "a and b", "a, b and c". */
    private static String list(List<CoreHub> hubs, Function<CoreHub, String> text, String and) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < hubs.size(); i++) {
            b.append(i == 0 ? "" : i == hubs.size() - 1 ? and : ", ").append(text.apply(hubs.get(i)));
        }
        return b.toString();
    }

    /** "가", "가와 나", "가, 나와 다": 와/과 after the second to last item. */
    private static String koreanList(List<CoreHub> hubs, Function<CoreHub, String> text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < hubs.size(); i++) {
            String item = text.apply(hubs.get(i));
            b.append(item);
            if (i == hubs.size() - 2) {
                b.append(particle(item, "과", "와")).append(' ');
            } else if (i < hubs.size() - 2) {
                b.append(", ");
            }
        }
        return b.toString();
    }

    /**
     * The particle form after {@code word}: {@code afterConsonant} when its last sound ends in a
     * consonant (batchim), {@code afterVowel} otherwise, both ("이(가)") when unknown. A percent
     * sign is read 퍼센트 (vowel).
     */
    static String particle(String word, String afterConsonant, String afterVowel) {
        for (int i = word.length() - 1; i >= 0; i--) {
            char c = word.charAt(i);
            if (c >= '\uAC00' && c <= '\uD7A3') {
                return (c - '\uAC00') % 28 != 0 ? afterConsonant : afterVowel;
            }
            if (c >= '0' && c <= '9') {
                return "013678".indexOf(c) >= 0 ? afterConsonant : afterVowel; // 영 일 삼 육 칠 팔
            }
            if (c == '%') {
                return afterVowel;
            }
            if (Character.isLetter(c)) {
                return afterConsonant + "(" + afterVowel + ")";
            }
        }
        return afterConsonant + "(" + afterVowel + ")";
    }
}
