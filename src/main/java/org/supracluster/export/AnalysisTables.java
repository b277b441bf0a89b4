package org.supracluster.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.supracluster.analysis.Betweenness;
import org.supracluster.analysis.BrokerageRole;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.analysis.ClusterGraphCentrality;
import org.supracluster.analysis.ClusterMetrics;
import org.supracluster.analysis.ClusterRoles;
import org.supracluster.analysis.Communities;
import org.supracluster.analysis.DerivedSchemes;
import org.supracluster.analysis.DistanceBand;
import org.supracluster.analysis.EIPermutationTest;
import org.supracluster.analysis.Finding;
import org.supracluster.analysis.FirmMetric;
import org.supracluster.analysis.FirmMetrics;
import org.supracluster.analysis.GeographySummary;
import org.supracluster.analysis.InterClusterMatrix;
import org.supracluster.analysis.LinkGeography;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.LinkScope;
import org.supracluster.analysis.PartitionAgreement;
import org.supracluster.analysis.YearSeries;
import org.supracluster.analysis.Partition;
import org.supracluster.analysis.Structure;
import org.supracluster.analysis.SupraRegionalCommunities;
import org.supracluster.analysis.TradeCopatentComparison;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Messages;
import org.supracluster.model.Network;
import org.supracluster.model.Progress;

/**
 * The analysis module's results for one view and partition, as named tables: what the command
 * line's {@code analyze} prints and writes, what the HTML report shows, and what the explorer's
 * File menu exports. Only arranges numbers: every figure comes from the analysis classes, so the
 * terminal, the report and the window say the same.
 */
public final class AnalysisTables {

    /** The seed of everything random (Leiden, permutations) unless the user chooses another. */
    public static final long SEED_DEFAULT = DerivedSchemes.SEED_DEFAULT;
    /** Permutations of the E-I and QAP tests unless the user chooses another number. */
    public static final int PERMUTATIONS_DEFAULT = 1000;

    private final LinkGraph graph;
    private final Network network;
    private final ClusterScheme scheme;
    private final Partition partition;
    private final Locale locale;
    /** The words the tables write of their own ("other", "all", a corner heading), in {@link #locale}. */
    private final Messages words;
    private final long seed;
    private final int permutations;
    private final boolean weightedCommunities;
    private final ClusterRoles roles;
    /** Leiden's result, found once for the communities and comparison tables. */
    private Communities.Result communities;
    /** The firms' figures but betweenness, found once for the firms and top-firms tables. */
    private FirmMetrics quickFigures;

    /**
     * @param graph the view's merged links
     * @param scheme the cluster scheme, for the clusters' names
     * @param partition the scheme's partition of the view's network
     * @param locale language of names and roles (Korean or English)
     * @param seed for Leiden and the permutation tests
     * @param permutations of the E-I and QAP tests, at least 1
     */
    public AnalysisTables(LinkGraph graph, ClusterScheme scheme, Partition partition, Locale locale, long seed,
                          int permutations) {
        this(graph, scheme, partition, locale, seed, permutations, true);
    }

    /**
     * @param weightedCommunities detect communities by weighted modularity (the default), else unweighted
     * @see #AnalysisTables(LinkGraph, ClusterScheme, Partition, Locale, long, int)
     */
    public AnalysisTables(LinkGraph graph, ClusterScheme scheme, Partition partition, Locale locale, long seed,
                          int permutations, boolean weightedCommunities) {
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1: " + permutations);
        }
        this.graph = Objects.requireNonNull(graph, "graph");
        this.network = graph.network();
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.partition = Objects.requireNonNull(partition, "partition");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.words = Messages.of(locale);
        this.seed = seed;
        this.permutations = permutations;
        this.weightedCommunities = weightedCommunities;
        this.roles = ClusterRoles.of(graph, partition);
    }

    public ClusterRoles roles() {
        return roles;
    }

    public String clusterName(int c) {
        return c == Partition.OTHER ? words.get("cli.info.other") : scheme.clusters().get(c).displayName(locale);
    }

    /**
     * One row per cluster of the scheme, then the group "other" when the view shows a firm in no
     * cluster, with the groups' brokerage ({@link ClusterTable}).
     */
    public ResultTable clusters() {
        return ClusterTable.of(roles, ClusterGraphCentrality.of(roles), quickFigures().brokerageByGroup(),
                this::clusterName, locale);
    }

    /** One sentence on K and the fair share, for under the clusters table ({@link ClusterTable#fairShareNote}). */
    public String fairShareNote() {
        return ClusterTable.fairShareNote(roles, words);
    }

    /** The finding in words for each link type shown, and for both together when both are shown. */
    public List<Finding> findings() {
        Filter f = graph.view().filter();
        if (f.linkTypes().size() == LinkType.values().length) {
            return Finding.forEachLinkType(network, f, scheme);
        }
        return List.of(Finding.of(roles, scheme));
    }

    public ResultTable findingsTable() {
        ResultTable t = new ResultTable("finding", "link_types", "english", "korean");
        for (Finding finding : findings()) {
            t.row(finding.linkTypes().stream().map(LinkType::code).collect(Collectors.joining("+")), finding.english(),
                    finding.korean());
        }
        return t;
    }

    /** How betweenness is computed: exact up to a size and sampled above it, or always exact. */
    public enum BetweennessMode { AUTO, EXACT }

    /**
     * Every shown firm with its figures: names, then the {@link FirmMetric} columns (coreness and the
     * articulation flag last), the Guimerà–Amaral role and the Gould–Fernandez brokerage counts by role.
     *
     * @param progress progress and cancel of the betweenness
     */
    public ResultTable firms(BetweennessMode mode, Progress progress) {
        FirmMetrics m = quickFigures().withBetweenness(mode == BetweennessMode.EXACT
                ? Betweenness.exact(graph, Betweenness.defaultThreads(), progress)
                : Betweenness.compute(graph, progress));
        List<String> header = new ArrayList<>(List.of("id", "name", "region", "cluster", "segment"));
        header.addAll(FirmMetric.csvColumns());
        header.add("role");
        for (BrokerageRole r : BrokerageRole.values()) {
            header.add(r.name().toLowerCase(Locale.ROOT));
        }
        ResultTable t = new ResultTable("firms", header.toArray(new String[0]));
        for (int f = 0; f < network.firmCount(); f++) {
            if (!graph.isShown(f)) {
                continue;
            }
            List<Object> row = new ArrayList<>(Arrays.asList(network.firmId(f), network.firmName(f),
                    network.region(f).displayName(locale), clusterName(partition.of(f)),
                    words.isKorean() ? network.segment(f).koreanName() : network.segment(f).code()));
            row.addAll(FirmMetric.csvCells(m, f));
            row.add(RoleNames.of(m.role(f), locale));
            for (BrokerageRole r : BrokerageRole.values()) {
                row.add(m.brokerage(f).get(r));
            }
            t.row(row.toArray());
        }
        return t;
    }

    /** The firms' figures but betweenness, computed once for the firms and top-firms tables. */
    private FirmMetrics quickFigures() {
        if (quickFigures == null) {
            quickFigures = FirmMetrics.withoutBetweenness(graph, partition, Progress.NONE);
        }
        return quickFigures;
    }

    /**
     * Every bridge of the neighbour view (a pair of firms whose links alone join two parts of the
     * network, {@link Structure}): its two firms' ids and groups, and the firms on its smaller side
     * ({@code cut_off}), ranked by that. The firm with the lower network index is the source.
     */
    public ResultTable bridges() {
        ResultTable t = new ResultTable("bridges", "source", "target", "source_cluster", "target_cluster", "cut_off");
        for (Structure.Bridge b : quickFigures().structure().bridges()) {
            t.row(network.firmId(b.first()), network.firmId(b.second()), clusterName(partition.of(b.first())),
                    clusterName(partition.of(b.second())), b.cutOff());
        }
        return t;
    }

    public ResultTable matrix(LinkType type) {
        InterClusterMatrix m = InterClusterMatrix.of(graph, partition, type);
        String[] header = new String[m.size() + 1];
        header[0] = type == LinkType.TRADE ? words.get("report.matrix.tradeCorner") : "cluster";
        for (int c = 0; c < m.size(); c++) {
            header[c + 1] = clusterName(c);
        }
        ResultTable t = new ResultTable("matrix_" + type.code(), header);
        for (int r = 0; r < m.size(); r++) {
            Object[] row = new Object[m.size() + 1];
            row[0] = clusterName(r);
            for (int c = 0; c < m.size(); c++) {
                row[c + 1] = m.count(r, c);
            }
            t.row(row);
        }
        return t;
    }

    private Communities.Result leiden() {
        if (communities == null) {
            communities = Communities.detect(graph, weightedCommunities, seed, Progress.NONE);
        }
        return communities;
    }

    /**
     * Every detected community, largest first, with its clusters and whether it is
     * supra-regional, and the partition's modularity Q, its column named by its weighting
     * ({@code weighted_modularity} or {@code unweighted_modularity}). A shown firm with no link is a
     * community of its own here too, a row of one firm.
     */
    public ResultTable communities() {
        Communities.Result comm = leiden();
        SupraRegionalCommunities.Result sr = SupraRegionalCommunities.of(graph, comm.partition(), partition);
        ResultTable t = new ResultTable("communities", "community", "firms", "clusters_spanned", "internal_links",
                "cross_cluster_share", "supra_regional", "firms_per_cluster",
                comm.weighted() ? "weighted_modularity" : "unweighted_modularity");
        for (SupraRegionalCommunities.Row row : sr.rows()) {
            List<String> per = new ArrayList<>();
            for (int c = 0; c < row.firmsPerCluster().size(); c++) {
                if (row.firmsPerCluster().get(c) > 0) {
                    per.add(clusterName(c) + " " + row.firmsPerCluster().get(c));
                }
            }
            // The analysis names communities in English ("Community 4"); the table in its language.
            String name = row.name().startsWith(Communities.NAME_PREFIX)
                    ? words.format("report.community", row.name().substring(Communities.NAME_PREFIX.length()))
                    : row.name();
            t.row(name, row.firms(), row.clustersSpanned(), row.internalLinks(), row.crossShare(),
                    row.supraRegional(), String.join("; ", per), comm.modularity());
        }
        return t;
    }

    public ResultTable comparison(Progress progress) {
        TradeCopatentComparison.Result c = TradeCopatentComparison.compute(graph, partition, false, permutations, seed,
                progress);
        EIPermutationTest.Result ei = new EIPermutationTest(permutations, seed, false).test(graph, partition, progress);
        ResultTable t = new ResultTable("comparison", "measure", "value");
        t.row("trade_pairs", c.tradePairs());
        t.row("copatent_pairs", c.copatentPairs());
        t.row("shared_pairs", c.sharedPairs());
        t.row("jaccard", c.jaccard());
        // Correlation of cluster-pair densities, trade vs co-patent, with its QAP over the clusters.
        t.row("density_correlation", c.densityQap().observed());
        t.row("density_qap_p_at_least", c.densityQap().pAtLeast());
        t.row("density_qap_p_at_most", c.densityQap().pAtMost());
        t.row("density_qap_permutations", c.densityQap().permutations());
        t.row("density_qap_exact", c.densityQap().exact());
        // Firm level: do the same firms trade and co-patent? QAP over the firms.
        t.row("firm_correlation", c.firmQap().observed());
        t.row("firm_qap_p_at_least", c.firmQap().pAtLeast());
        t.row("firm_qap_p_at_most", c.firmQap().pAtMost());
        t.row("firm_qap_permutations", c.firmQap().permutations());
        t.row("ei_index", ei.overall().observed());
        t.row("ei_permutation_mean", ei.overall().mean());
        t.row("ei_p_at_least", ei.overall().pAtLeast());
        t.row("ei_p_at_most", ei.overall().pAtMost());
        // How far the partition agrees with the provinces' default clusters and with the
        // communities found in the links (adjusted Rand index, NMI).
        Partition provinces = Partition.of(ClusterScheme.defaultFive(), network);
        PartitionAgreement withDefault = PartitionAgreement.of(partition, provinces, graph.view());
        t.row("agreement_with_default_ari", withDefault.adjustedRand());
        t.row("agreement_with_default_nmi", withDefault.nmi());
        Partition communities = leiden().partition();
        PartitionAgreement withCommunities = PartitionAgreement.of(partition, communities, graph.view());
        t.row("agreement_with_communities_ari", withCommunities.adjustedRand());
        t.row("agreement_with_communities_nmi", withCommunities.nmi());
        return t;
    }

    /**
     * The cluster metrics and the supra-regional share year by year (each year its own view of the
     * same filter), so change over time shows.
     */
    public ResultTable years() {
        ResultTable t = new ResultTable("years", "year", "cluster", "internal", "external", "internal_share",
                "external_share", "role", "supra_regional_share");
        Filter base = graph.view().filter();
        for (YearSeries.Point<ClusterRoles> point : YearSeries.clusterRoles(network, base, partition, Progress.NONE)) {
            ClusterRoles r = point.value();
            LinkGeography geo = LinkGeography.of(r.graph(), partition);
            for (ClusterMetrics m : r.clusters()) {
                t.row(point.year(), clusterName(m.cluster()), m.internalLinks(), m.externalLinks(), m.internalShare(),
                        m.externalShare(), RoleNames.of(m, locale), geo.byCluster(m.cluster()).supraRegionalShare());
            }
            if (r.otherFirms() > 0) {
                ClusterMetrics o = r.other();
                t.row(point.year(), clusterName(Partition.OTHER), o.internalLinks(), o.externalLinks(), Double.NaN,
                        Double.NaN, "", Double.NaN);
            }
            // All groups together: links inside one group, links between two ("other" a group).
            t.row(point.year(), words.get("report.all"), r.internalLinks() + r.other().internalLinks(),
                    r.interClusterLinks() + r.clusterOtherLinks(), Double.NaN, Double.NaN, "",
                    geo.all().supraRegionalShare());
        }
        return t;
    }

    public ResultTable geography() {
        LinkGeography geo = LinkGeography.of(graph, partition);
        List<String> header = new ArrayList<>(List.of("links", "cluster", "count", "same_province", "same_cluster",
                "cross_cluster", "outside_clusters"));
        for (DistanceBand b : DistanceBand.values()) {
            header.add(b.name().toLowerCase(Locale.ROOT));
        }
        header.addAll(List.of("median_km", "supra_regional_share"));
        ResultTable t = new ResultTable("geography", header.toArray(new String[0]));
        List<LinkType> types = new ArrayList<>(EnumSet.allOf(LinkType.class));
        for (int c = -1; c < partition.count(); c++) {
            for (int k = -1; k < types.size(); k++) {
                LinkType type = k < 0 ? null : types.get(k);
                GeographySummary s = c < 0 ? (type == null ? geo.all() : geo.byType(type))
                        : (type == null ? geo.byCluster(c) : geo.byCluster(c, type));
                List<Object> row = new ArrayList<>(List.of(type == null ? "all" : type.code(),
                        c < 0 ? words.get("report.all") : clusterName(c), s.total().links()));
                for (LinkScope scope : LinkScope.values()) {
                    row.add(s.share(scope));
                }
                for (DistanceBand b : DistanceBand.values()) {
                    row.add(s.share(b));
                }
                row.add(s.medianKm());
                row.add(s.supraRegionalShare());
                t.row(row.toArray());
            }
        }
        return t;
    }

    /**
     * For each firm role (Guimerà–Amaral's, from the highest, hubs first), the {@code perRole}
     * shown firms with the most links (ties by weighted degree, then name).
     */
    public ResultTable topFirmsByRole(int perRole) {
        FirmMetrics m = quickFigures();
        List<FirmMetric> figures = List.of(FirmMetric.DEGREE, FirmMetric.WEIGHTED_DEGREE, FirmMetric.WITHIN_MODULE_Z,
                FirmMetric.PARTICIPATION);
        List<String> header = new ArrayList<>(List.of("role", "rank", "id", "name", "cluster"));
        figures.forEach(x -> header.add(x.csvColumn()));
        ResultTable t = new ResultTable("top_firms", header.toArray(new String[0]));
        CartographyRole[] order = CartographyRole.values();
        for (int r = order.length - 1; r >= 0; r--) {
            CartographyRole role = order[r];
            List<Integer> firms = new ArrayList<>();
            for (int f = 0; f < network.firmCount(); f++) {
                if (graph.isShown(f) && m.role(f) == role) {
                    firms.add(f);
                }
            }
            firms.sort(Comparator.<Integer>comparingInt(m::degree).reversed()
                    .thenComparing(Comparator.<Integer>comparingDouble(m::weightedDegree).reversed())
                    .thenComparing(network::firmName));
            for (int k = 0; k < Math.min(perRole, firms.size()); k++) {
                int f = firms.get(k);
                List<Object> row = new ArrayList<>(Arrays.asList(RoleNames.of(role, locale), k + 1, network.firmId(f),
                        network.firmName(f), clusterName(partition.of(f))));
                figures.forEach(x -> row.add(x.csvCell(m, f)));
                t.row(row.toArray());
            }
        }
        return t;
    }

    /**
     * Every table, in the order {@code analyze --out} writes them: clusters, firms, bridges, the trade
     * and co-patent matrices, communities, trade vs co-patent, geography of links, years and the
     * finding. The command line and the explorer's File menu both write this set, so a folder from
     * either holds the same files ({@link ResultTable#name()} + ".csv").
     *
     * @param firmsProgress progress and cancel of the firms' betweenness, the longest step on a big network
     * @param testsProgress progress and cancel of the permutation tests
     * @throws Progress.Cancelled when either progress asks to stop
     */
    public List<ResultTable> everyTable(BetweennessMode mode, Progress firmsProgress, Progress testsProgress) {
        List<ResultTable> all = new ArrayList<>();
        all.add(clusters());
        firmsProgress.checkCancelled();
        all.add(firms(mode, firmsProgress));
        all.add(bridges());
        all.add(matrix(LinkType.TRADE));
        all.add(matrix(LinkType.COPATENT));
        testsProgress.checkCancelled();
        all.add(communities());
        all.add(comparison(testsProgress));
        testsProgress.checkCancelled();
        all.add(geography());
        all.add(years());
        all.add(findingsTable());
        return all;
    }
}
