package org.supracluster.ui.inspector;

import java.util.Objects;
import org.supracluster.analysis.Betweenness;
import org.supracluster.analysis.Brokerage;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.analysis.Degrees;
import org.supracluster.analysis.GuimeraAmaral;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.PageRank;
import org.supracluster.analysis.Partition;
import org.supracluster.analysis.Progress;

/**
 * Every per-firm figure the firm panels show, for the links of one view and one partition:
 * degree, weighted degree and trade in/out-degree ({@link Degrees}), betweenness
 * ({@link Betweenness#compute(LinkGraph, Progress)}: exact up to 20,000 shown firms, sampled
 * above), PageRank ({@link PageRank}, unweighted), Guimerà–Amaral z, P and role
 * ({@link GuimeraAmaral}, the partition's clusters as modules) and Gould–Fernandez brokerage
 * counts ({@link Brokerage}). Plain Java, immutable, safe to share between threads.
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

    /** Within-cluster degree z-score, {@code NaN} for a firm in no cluster or hidden. */
    public double z(int firm) {
        return cartography.firm(check(firm)).z();
    }

    /** Participation coefficient P, {@code NaN} for a firm in no cluster or hidden. */
    public double participation(int firm) {
        return cartography.firm(check(firm)).participation();
    }

    /** Guimerà–Amaral role, or {@code null} for a firm in no cluster or hidden. */
    public CartographyRole role(int firm) {
        return cartography.firm(check(firm)).role();
    }

    /** Brokerage two-paths through the firm, by Gould–Fernandez role (zero for OTHER firms). */
    public Brokerage.Counts brokerage(int firm) {
        return brokerage.firm(check(firm));
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
