package org.supracluster.analysis;

import java.util.Objects;
import org.supracluster.model.Progress;

/**
 * The one computation of the per-firm figures for the links of one view and one partition (the
 * inspector, the "Firms" tab, the map's circle sizes, the role cartography and the exported
 * {@code firms.csv} all read one of these, so the window and the files say the same):
 * <ul>
 *   <li>degree {@code k_i}, weighted degree {@code s_i = Σ_j w_ij} and trade in/out-degree
 *   ({@link Degrees}; Freeman 1978, Barrat et al. 2004);</li>
 *   <li>betweenness {@code C_B(v) = Σ_{s,t} σ_st(v)/σ_st} on the neighbour view, each unordered pair
 *   once, not normalised ({@link Betweenness}; Brandes 2001), exact up to
 *   {@value Betweenness#EXACT_LIMIT_DEFAULT} shown firms and sampled above with its standard error,
 *   or always exact when the caller asks ({@link Betweenness#exact});</li>
 *   <li>PageRank, unweighted, damping {@value PageRank#DAMPING_DEFAULT}, trade links as arcs
 *   supplier → customer and co-patent links both ways ({@link PageRank}; Brin &amp; Page 1998);</li>
 *   <li>Guimerà–Amaral within-cluster z, participation P and role with the partition's clusters
 *   and the group "other" as modules ({@link GuimeraAmaral}; Guimerà &amp; Amaral 2005);</li>
 *   <li>Gould–Fernandez brokerage counts on the trade links, "other" a group of its own
 *   ({@link Brokerage}; Gould &amp; Fernandez 1989).</li>
 * </ul>
 * {@link FirmMetric} names the numeric figures (CSV column, message key) for every reader. Plain
 * Java, immutable, safe to share between threads.
 *
 * <p>Betweenness is the slow one (seconds at 100,000 firms), so it can come later:
 * {@link #withoutBetweenness} computes the rest, {@link #withBetweenness} adds it. Until then
 * {@link #hasBetweenness()} is false and {@link #betweenness(int)} is {@code NaN}.
 */
public final class FirmMetrics {

    private final LinkGraph graph;
    private final Partition partition;
    private final Degrees.Result degrees;
    private final PageRank.Result pageRank;
    private final GuimeraAmaral.Result cartography;
    private final Brokerage.Result brokerage;
    private final Betweenness.Result betweenness;

    private FirmMetrics(LinkGraph graph, Partition partition, Degrees.Result degrees, PageRank.Result pageRank,
            GuimeraAmaral.Result cartography, Brokerage.Result brokerage, Betweenness.Result betweenness) {
        this.graph = graph;
        this.partition = partition;
        this.degrees = degrees;
        this.pageRank = pageRank;
        this.cartography = cartography;
        this.brokerage = brokerage;
        this.betweenness = betweenness;
    }

    /**
     * Every figure, betweenness included.
     *
     * @throws IllegalArgumentException if the partition does not have one entry per firm
     * @throws Progress.Cancelled when {@code progress} cancels
     */
    public static FirmMetrics compute(LinkGraph graph, Partition partition, Progress progress) {
        FirmMetrics m = withoutBetweenness(graph, partition, progress);
        return m.withBetweenness(Betweenness.compute(graph, progress));
    }

    /**
     * Every figure but betweenness (milliseconds at the sample size).
     *
     * @throws IllegalArgumentException if the partition does not have one entry per firm
     * @throws Progress.Cancelled when {@code progress} cancels
     */
    public static FirmMetrics withoutBetweenness(LinkGraph graph, Partition partition, Progress progress) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(progress, "progress");
        if (partition.firmCount() != graph.firmCount()) {
            throw new IllegalArgumentException("partition has " + partition.firmCount() + " firms, graph "
                    + graph.firmCount());
        }
        Degrees.Result degrees = Degrees.compute(graph);
        progress.checkCancelled();
        PageRank.Result pageRank = PageRank.compute(graph, false, PageRank.DAMPING_DEFAULT,
                PageRank.TOLERANCE_DEFAULT, PageRank.MAX_ITERATIONS_DEFAULT, progress);
        GuimeraAmaral.Result cartography = GuimeraAmaral.compute(graph, partition, progress);
        Brokerage.Result brokerage = Brokerage.compute(graph, partition, progress);
        return new FirmMetrics(graph, partition, degrees, pageRank, cartography, brokerage, null);
    }

    /**
     * These figures with betweenness added.
     *
     * @throws IllegalArgumentException if the result is for another number of firms
     */
    public FirmMetrics withBetweenness(Betweenness.Result result) {
        Objects.requireNonNull(result, "result");
        if (result.scores().length != graph.firmCount()) {
            throw new IllegalArgumentException("betweenness for " + result.scores().length + " firms, graph "
                    + graph.firmCount());
        }
        return new FirmMetrics(graph, partition, degrees, pageRank, cartography, brokerage, result);
    }

    /** The links these figures were computed on. */
    public LinkGraph graph() {
        return graph;
    }

    public Partition partition() {
        return partition;
    }

    /** Number of firms of the network (shown or not); indices run 0..firmCount()-1. */
    public int firmCount() {
        return graph.firmCount();
    }

    /** Whether the view shows the firm (a hidden firm's figures are all zero or absent). */
    public boolean isShown(int firm) {
        return graph.isShown(check(firm));
    }

    public int degree(int firm) {
        return degrees.degree(check(firm));
    }

    public double weightedDegree(int firm) {
        return degrees.weightedDegree(check(firm));
    }

    /** Merged trade links into the firm: its suppliers. */
    public int tradeInDegree(int firm) {
        return degrees.tradeInDegree(check(firm));
    }

    /** Merged trade links out of the firm: its customers. */
    public int tradeOutDegree(int firm) {
        return degrees.tradeOutDegree(check(firm));
    }

    /** Whether betweenness has been computed yet. */
    public boolean hasBetweenness() {
        return betweenness != null;
    }

    /** Whether the betweenness is exact (false while absent or when sampled). */
    public boolean isBetweennessExact() {
        return betweenness != null && betweenness.exact();
    }

    /** Betweenness (unnormalised, each pair once), or {@code NaN} before it is computed. */
    public double betweenness(int firm) {
        check(firm);
        return betweenness == null ? Double.NaN : betweenness.score(firm);
    }

    /** Standard error of a sampled betweenness (0 when exact, {@code NaN} before it is computed). */
    public double betweennessError(int firm) {
        check(firm);
        return betweenness == null ? Double.NaN : betweenness.standardError(firm);
    }

    public double pageRank(int firm) {
        return pageRank.score(check(firm));
    }

    /** Within-cluster degree z-score ("other" a module of its own), {@code NaN} for a hidden firm. */
    public double z(int firm) {
        return cartography.firm(check(firm)).z();
    }

    /** Participation coefficient P, {@code NaN} for a hidden firm. */
    public double participation(int firm) {
        return cartography.firm(check(firm)).participation();
    }

    /** Guimerà–Amaral role, or {@code null} for a hidden firm. */
    public CartographyRole role(int firm) {
        return cartography.firm(check(firm)).role();
    }

    /** Brokerage two-paths through the firm, by Gould–Fernandez role ("other" a group of its own). */
    public Brokerage.Counts brokerage(int firm) {
        return brokerage.firm(check(firm));
    }

    /** The brokerage of every firm and of every group (the clusters and "other"). */
    public Brokerage.Result brokerageByGroup() {
        return brokerage;
    }

    private int check(int firm) {
        if (firm < 0 || firm >= graph.firmCount()) {
            throw new IllegalArgumentException("no firm " + firm);
        }
        return firm;
    }

    @Override
    public String toString() {
        return "FirmMetrics[" + graph.firmCount() + " firms, " + graph.linkCount() + " links"
                + (betweenness == null ? ", no betweenness yet" : "") + "]";
    }
}
