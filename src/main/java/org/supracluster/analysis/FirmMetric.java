package org.supracluster.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The catalogue of the numeric per-firm figures, in the order every reader lists them (the "Firms"
 * tab's columns, the inspector's rows, the metric columns of {@code firms.csv}). Each names its
 * value in one {@link FirmMetrics}, its column in the exported {@code firms.csv}, its key in the
 * window's message bundles and whether it sums link weights. Definitions (DESIGN.md, "Firm level"):
 *
 * <ul>
 *   <li>{@link #DEGREE} {@code k_i}: i's neighbours in the neighbour view, firms joined to i by any
 *   shown link of either type and direction, each counted once (Freeman 1978; {@link Degrees}).</li>
 *   <li>{@link #WEIGHTED_DEGREE} {@code s_i = Σ_j w_ij}: the summed weight of every shown link
 *   touching i (strength, Barrat et al. 2004; {@link Degrees}).</li>
 *   <li>{@link #TRADE_IN_DEGREE}, {@link #TRADE_OUT_DEGREE}: merged trade links into i (its
 *   suppliers) and out of i (its customers); 0 when trade is not shown ({@link Degrees}).</li>
 *   <li>{@link #BETWEENNESS} {@code C_B(i) = Σ_{s,t} σ_st(i)/σ_st} over unordered pairs s ≠ i ≠ t of
 *   the neighbour view, not normalised (Brandes 2001; sampled with a standard error above a size,
 *   Brandes &amp; Pich 2007; {@link Betweenness}). Computed after the others: {@code NaN} until
 *   {@link FirmMetrics#withBetweenness}.</li>
 *   <li>{@link #PAGE_RANK}: {@code x_v = (1 − d)/n + d(Σ_{u→v} x_u/W_u + Σ_{u∈D} x_u/n)}, d = 0.85,
 *   unweighted arcs supplier → customer and both ways for co-patents, dangling mass spread evenly
 *   (Brin &amp; Page 1998; {@link PageRank}).</li>
 *   <li>{@link #WITHIN_MODULE_Z} {@code z_i = (κ_i − mean κ_s)/σ_s} and {@link #PARTICIPATION}
 *   {@code P_i = 1 − Σ_t (κ_it/k_i)²} with the clusters and the group "other" as modules and k_i
 *   the firm's degree (Guimerà &amp; Amaral 2005; {@link GuimeraAmaral}); {@code NaN} for a hidden
 *   firm.</li>
 *   <li>{@link #CORENESS}: the largest k such that i belongs to a subgraph of the neighbour view in
 *   which every firm has at least k neighbours, 0 for an isolated firm (Seidman 1983; Batagelj &amp;
 *   Zaversnik 2003; {@link Structure}).</li>
 * </ul>
 * After the figures' columns, {@code firms.csv} says whether the firm is an articulation point
 * ({@value #ARTICULATION_COLUMN}: its loss alone splits its part of the network; Hopcroft &amp;
 * Tarjan 1973; {@link Structure}).
 *
 * <p>Sources: Freeman, "Centrality in social networks", Social Networks 1 (1978) 215–239; Barrat et
 * al., PNAS 101 (2004) 3747–3752; Brandes, J. Math. Sociology 25 (2001) 163–177; Brin &amp; Page,
 * Computer Networks 30 (1998) 107–117; Guimerà &amp; Amaral, Nature 433 (2005) 895–900; Seidman, Social
 * Networks 5 (1983) 269–287; Batagelj &amp; Zaversnik, arXiv:cs/0310049 (2003); Hopcroft &amp; Tarjan,
 * Comm. ACM 16 (1973) 372–378.
 */
public enum FirmMetric {

    DEGREE("degree", "metric.degree", false, Kind.COUNT, FirmMetrics::degree),
    WEIGHTED_DEGREE("weighted_degree", "metric.weightedDegree", true, Kind.MEASURE, FirmMetrics::weightedDegree),
    TRADE_IN_DEGREE("trade_in", "metric.inDegree", false, Kind.COUNT, FirmMetrics::tradeInDegree),
    TRADE_OUT_DEGREE("trade_out", "metric.outDegree", false, Kind.COUNT, FirmMetrics::tradeOutDegree),
    BETWEENNESS("betweenness", "metric.betweenness", false, Kind.MEASURE, FirmMetrics::betweenness),
    PAGE_RANK("pagerank", "metric.pageRank", false, Kind.MEASURE, FirmMetrics::pageRank),
    WITHIN_MODULE_Z("within_module_z", "metric.withinModuleZ", false, Kind.Z_SCORE, FirmMetrics::z),
    PARTICIPATION("participation", "metric.participation", false, Kind.SHARE, FirmMetrics::participation),
    CORENESS("coreness", "metric.coreness", false, Kind.COUNT, FirmMetrics::coreness);

    /** What kind of number a figure is, so that a display can choose its digits. */
    public enum Kind {
        /** A whole number of firms or links. */
        COUNT,
        /** A sum of weights or a centrality score, of any size. */
        MEASURE,
        /** A standard score, about −3 to 3 and more. */
        Z_SCORE,
        /** A ratio between 0 and 1. */
        SHARE
    }

    /**
     * The column after {@link #BETWEENNESS} in {@code firms.csv}: the standard error of a sampled
     * betweenness, 0 when it is exact.
     */
    public static final String BETWEENNESS_ERROR_COLUMN = "betweenness_error";

    /**
     * The last metric column of {@code firms.csv}: {@code true} for a firm whose loss alone splits its
     * part of the network (an articulation point), else {@code false}.
     */
    public static final String ARTICULATION_COLUMN = "articulation";

    /** The figures the map offers to size the firms' circles by, in the menu's order. */
    private static final List<FirmMetric> SIZING = List.of(DEGREE, WEIGHTED_DEGREE, BETWEENNESS, PAGE_RANK);

    /** How a figure is read from the one computation (primitive, so no boxing per firm). */
    private interface Reader {
        double read(FirmMetrics m, int firm);
    }

    private final String csvColumn;
    private final String messageKey;
    private final boolean weighted;
    private final Kind kind;
    private final Reader reader;

    FirmMetric(String csvColumn, String messageKey, boolean weighted, Kind kind, Reader reader) {
        this.csvColumn = csvColumn;
        this.messageKey = messageKey;
        this.weighted = weighted;
        this.kind = kind;
        this.reader = reader;
    }

    /**
     * The firm's value in {@code m}: a count as a whole double, {@code NaN} where the figure does
     * not apply (z and P of a firm in no cluster) or is not computed yet (betweenness).
     *
     * @throws IllegalArgumentException for an index outside the network
     */
    public double value(FirmMetrics m, int firm) {
        return reader.read(m, firm);
    }

    /** The column in the exported {@code firms.csv} (and its JSON key); programs read it, never translated. */
    public String csvColumn() {
        return csvColumn;
    }

    /** The key of the figure's name in the window's message bundles ({@code metric.*}). */
    public String messageKey() {
        return messageKey;
    }

    /**
     * The key of the figure's definition in words (what it is and its formula) in the window's
     * message bundles: {@link #messageKey()} followed by {@code .tip}. Column headers, inspector rows
     * and Help ▸ Definitions all take it from here.
     */
    public String tipKey() {
        return messageKey + ".tip";
    }

    /** Whether the figure sums link weights rather than counting links or paths. */
    public boolean isWeighted() {
        return weighted;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the figure comes after the others ({@link FirmMetrics#withBetweenness}), {@code NaN} until then. */
    public boolean arrivesLater() {
        return this == BETWEENNESS;
    }

    /** Whether {@code m} holds the figure yet. */
    public boolean isAvailable(FirmMetrics m) {
        return !arrivesLater() || m.hasBetweenness();
    }

    /** The figures offered for sizing the map's circles: degree, weighted degree, betweenness, PageRank. */
    public static List<FirmMetric> sizing() {
        return SIZING;
    }

    /**
     * The firm's value for sizing its circle: {@link #value}, or its degree while this figure is
     * not computed yet (so the circles do not all vanish while betweenness is under way).
     */
    public double sizeValue(FirmMetrics m, int firm) {
        return isAvailable(m) ? value(m, firm) : DEGREE.value(m, firm);
    }

    /** {@link #sizeValue} of every firm of the network by index, 0 for the firms the view hides. */
    public double[] sizeValues(FirmMetrics m) {
        Objects.requireNonNull(m, "m");
        double[] values = new double[m.firmCount()];
        for (int f = 0; f < values.length; f++) {
            if (m.isShown(f)) {
                values[f] = sizeValue(m, f);
            }
        }
        return values;
    }

    /**
     * The metric columns of {@code firms.csv} in order: each figure's column, betweenness followed by its
     * error, then {@value #ARTICULATION_COLUMN}.
     */
    public static List<String> csvColumns() {
        List<String> columns = new ArrayList<>();
        for (FirmMetric metric : values()) {
            columns.add(metric.csvColumn);
            if (metric == BETWEENNESS) {
                columns.add(BETWEENNESS_ERROR_COLUMN);
            }
        }
        columns.add(ARTICULATION_COLUMN);
        return Collections.unmodifiableList(columns);
    }

    /**
     * The firm's cells under {@link #csvColumns()}: counts as {@code Integer}, the articulation flag as
     * {@code Boolean}, the rest as {@code Double}.
     */
    public static List<Object> csvCells(FirmMetrics m, int firm) {
        List<Object> cells = new ArrayList<>();
        for (FirmMetric metric : values()) {
            cells.add(metric.csvCell(m, firm));
            if (metric == BETWEENNESS) {
                cells.add(m.isBetweennessExact() ? 0.0 : m.betweennessError(firm));
            }
        }
        cells.add(m.isArticulationPoint(firm));
        return cells;
    }

    /** The firm's cell under {@link #csvColumn()}: a count as {@code Integer}, any other figure as {@code Double}. */
    public Object csvCell(FirmMetrics m, int firm) {
        double v = value(m, firm);
        if (kind == Kind.COUNT) {
            return (int) v; // not a conditional expression: it would unbox both to double
        }
        return v;
    }
}
