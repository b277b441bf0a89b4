package org.supracluster.ui.layout;

import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import org.supracluster.model.Progress;

/**
 * ForceAtlas2 (Jacomy, Venturini, Heymann &amp; Bastian 2014, PLoS ONE 9(6): e98679), the
 * force-directed layout of Gephi, on an undirected graph of {@code n} nodes; the forces' formulas
 * are in {@link Fa2Forces}.
 *
 * <p>Forces on node i, with mass {@code m_i = degree_i + 1}:
 * <ul>
 *   <li>repulsion from every other node j: {@code k_r · m_i · m_j / d(i, j)}, approximated with a
 *   Barnes–Hut quadtree ({@link BarnesHutTree}, θ = {@value #THETA}); {@code k_r} is Gephi's
 *   scaling (10 for small graphs, 2 above 100 nodes);</li>
 *   <li>attraction along each edge: {@code d(i, j)} (linear springs of rest length 0), or
 *   {@code log(1 + d)} in LinLog mode ({@link LayoutOptions#linLog()});</li>
 *   <li>gravity towards the origin, ForceAtlas2's "strong gravity" {@code k_g · m_i · d(i, 0)}:
 *   with the ordinary {@code k_g · m_i} the repulsion of a network of thousands of firms drives
 *   every small component (two firms linked only to each other) out to many times the network's
 *   size, and the picture becomes a dot in a ring of strays. LinLog's weaker attraction needs a
 *   weaker {@code k_g} ({@value #LINLOG_GRAVITY} instead of {@value #GRAVITY}), else gravity
 *   outweighs it and presses the clusters into one disc. With a {@linkplain #viewport viewport}
 *   of aspect {@code a = width / height} the pull along x is {@code k_g · m · x / a}, so the
 *   network settles into an ellipse about the viewport's shape and fills a wide window instead of
 *   a circle in its middle (on the sample, {@code / a²} gave an ellipse flatter than the window,
 *   its width about {@code a^1.5} times its height; {@code / a} a little rounder than the window,
 *   which leaves room for the band of firms without links).</li>
 * </ul>
 * With prevent overlap ({@link LayoutOptions#preventOverlap()}) each node has a circle ({@link
 * #sizes}): repulsion and attraction act on the gap between the circles, overlapping circles repel
 * a hundred times harder and do not attract. As Gephi's users do, the layout first settles without
 * it and then switches it on ({@link #OVERLAP_START_SHARE}), moving nodes at a tenth of the speed
 * (Gephi's "adjust sizes": the swinging measure cannot be trusted while circles collide).
 *
 * <p>Nodes move by ForceAtlas2's adaptive speed: a global speed from the ratio of "swinging" (force
 * that changed direction since the last step) to "traction" (force that kept it), and a local
 * brake {@code 1 / (1 + √(speed · swinging_i))} on oscillating nodes.
 *
 * <p>Why not GraphStream's own layouts ({@code SpringBox}, {@code LinLog}), which the viewer
 * ships with: measured here at 20,000 firms / 56,000 neighbour pairs, their first
 * {@code compute()} took 14 s (SpringBox) and 40–47 s (LinLog, even at quality 0: its view zone
 * starts as large as the whole layout, so repulsion is all-pairs), and one {@code compute()} cannot
 * be interrupted, so Cancel would hang that long; LinLog at quality 1 stayed at 40 s a step. Here
 * a step at that size takes tens of milliseconds and cancellation is checked between steps.
 *
 * <p>Deterministic: the start positions come from the given seed and nothing else is random.
 * Stops when the nodes barely move any more ({@link #CONVERGED_MOVE} of the layout's size on
 * average for {@link #CONVERGED_STEPS} steps, and with prevent overlap no circles overlapping),
 * after {@code maxIterations} steps, after {@code maxMillis}, or when {@link Progress#isCancelled()}
 * turns true; in every case it returns the positions reached.
 */
public final class ForceAtlas2 {

    /** Most steps by default; a few hundred settle networks of thousands of firms. */
    public static final int MAX_ITERATIONS_DEFAULT = 800;
    /** Longest run by default (20,000 firms take about this long for the full number of steps). */
    public static final long MAX_MILLIS_DEFAULT = 120_000;
    /** Barnes–Hut opening criterion, Gephi's default. */
    static final double THETA = 1.2;
    /** Mean move per step, as a share of the layout's radius, below which it counts as still. */
    static final double CONVERGED_MOVE = 2e-4;
    static final int CONVERGED_STEPS = 10;
    /** Share of the steps after which prevent overlap starts even if the layout has not settled. */
    static final double OVERLAP_START_SHARE = 0.6;
    static final double GRAVITY = 0.1;
    static final double LINLOG_GRAVITY = 0.01;
    private static final double JITTER_TOLERANCE = 1.0;

    /** The outcome: node positions and how the run ended. */
    public record Result(double[] x, double[] y, int iterations, boolean converged, boolean stopped) { }

    private final int n;
    private final int[] from;
    private final int[] to;
    private final long seed;
    private int maxIterations = MAX_ITERATIONS_DEFAULT;
    private long maxMillis = MAX_MILLIS_DEFAULT;
    private LayoutOptions options = LayoutOptions.CLASSIC;
    private double theta = THETA;
    private double[] radius;
    private LabelBoxes labels;
    private double viewWidth = Double.NaN;
    private double viewHeight = Double.NaN;

    /**
     * @param nodeCount nodes 0..nodeCount-1
     * @param from one end of each edge
     * @param to the other end (same length as {@code from}; self-loops are ignored)
     * @param seed for the start positions
     * @throws IllegalArgumentException for edges of unknown nodes or arrays of different lengths
     */
    public ForceAtlas2(int nodeCount, int[] from, int[] to, long seed) {
        if (nodeCount < 0 || from.length != to.length) {
            throw new IllegalArgumentException("need nodeCount >= 0 and as many edge starts as ends");
        }
        for (int e = 0; e < from.length; e++) {
            if (from[e] < 0 || from[e] >= nodeCount || to[e] < 0 || to[e] >= nodeCount) {
                throw new IllegalArgumentException("edge " + e + " joins a node outside 0.." + (nodeCount - 1));
            }
        }
        this.n = nodeCount;
        this.from = from.clone();
        this.to = to.clone();
        this.seed = seed;
        this.radius = new double[n];
        this.labels = new LabelBoxes(radius, new double[n]);
    }

    /** At most this many steps (≥ 1). */
    public ForceAtlas2 maxIterations(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("at least one step: " + steps);
        }
        maxIterations = steps;
        return this;
    }

    /** At most this long (≥ 1 ms); the step under way is finished. */
    public ForceAtlas2 maxMillis(long millis) {
        if (millis < 1) {
            throw new IllegalArgumentException("at least 1 ms: " + millis);
        }
        maxMillis = millis;
        return this;
    }

    /** LinLog and prevent overlap ({@link LayoutOptions#CLASSIC} unless set). */
    public ForceAtlas2 options(LayoutOptions chosen) {
        options = Objects.requireNonNull(chosen, "options");
        return this;
    }

    /**
     * The nodes' circles and names for prevent overlap: node i's circle has radius {@code radii[i]};
     * a node with {@code labelWidths[i] > 0} has a name of that width drawn to the right of its
     * circle, which must not overlap another node's name ({@link LabelBoxes}). In layout units, or
     * in pixels of the fitted picture when a {@link #viewport} is set.
     *
     * @throws IllegalArgumentException for arrays of another length or negative sizes
     */
    public ForceAtlas2 sizes(double[] radii, double[] labelWidths) {
        if (radii.length != n || labelWidths.length != n) {
            throw new IllegalArgumentException("need " + n + " radii and label widths");
        }
        for (int i = 0; i < n; i++) {
            if (!(radii[i] >= 0 && labelWidths[i] >= 0)) {
                throw new IllegalArgumentException("node " + i + ": negative or unknown size");
            }
        }
        radius = radii.clone();
        labels = new LabelBoxes(radius, labelWidths);
        return this;
    }

    /**
     * The picture is drawn fitted into {@code width × height} pixels: the sizes are pixels, turned
     * into layout units at every step by the layout's current extent (its bounding box fitted into
     * the viewport), since the camera shows whatever extent the layout ends with.
     */
    public ForceAtlas2 viewport(double width, double height) {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("viewport must be positive: " + width + " × " + height);
        }
        viewWidth = width;
        viewHeight = height;
        return this;
    }

    /** Barnes–Hut's θ; 0 computes every pair exactly (tests). */
    ForceAtlas2 theta(double value) {
        theta = value;
        return this;
    }

    /**
     * Runs the layout.
     *
     * @param progress reports the share of the step or time budget used; cancelling stops the
     *        run after the current step and the positions reached are returned
     * @param snapshots receives copies of the positions every {@code snapshotMillis} (and once at
     *        the start), to show the layout moving; called on the running thread
     */
    public Result run(Progress progress, Consumer<Result> snapshots, long snapshotMillis) {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(snapshots, "snapshots");
        return new Run().go(progress, snapshots, snapshotMillis);
    }

    /**
     * The force on every node at the given positions, {x forces, y forces}, with prevent overlap
     * applied or not (for tests with hand-worked forces).
     */
    double[][] forcesAt(double[] x, double[] y, boolean overlap) {
        Run r = new Run();
        r.start();
        System.arraycopy(x, 0, r.x, 0, n);
        System.arraycopy(y, 0, r.y, 0, n);
        r.overlap = overlap;
        r.forces(new BarnesHutTree(r.x, r.y, r.mass));
        return new double[][] {r.fx.clone(), r.fy.clone()};
    }

    /** The working state of one run. */
    private final class Run {
        final double[] x = new double[n];
        final double[] y = new double[n];
        /** The radii in layout units at this step. */
        final double[] r = new double[n];
        final double[] mass = new double[n];
        final double[] fx = new double[n];
        final double[] fy = new double[n];
        final double[] oldFx = new double[n];
        final double[] oldFy = new double[n];
        final LayoutMotion motion = new LayoutMotion(n, JITTER_TOLERANCE);
        final double scaling = n > 100 ? 2 : 10;
        final double gravity = options.linLog() ? LINLOG_GRAVITY : GRAVITY;
        /** The viewport's width over its height; 1 without a viewport. */
        final double aspect = Double.isNaN(viewWidth) ? 1 : viewWidth / viewHeight;
        boolean overlap;
        /** Label boxes found overlapping at the last step. */
        int labelOverlaps;

        Result go(Progress progress, Consumer<Result> snapshots, long snapshotMillis) {
            start();
            BarnesHutTree tree = new BarnesHutTree(x, y, mass);
            long t0 = System.nanoTime();
            long lastSnapshot = t0;
            snapshots.accept(result(0, false, false));
            int still = 0;
            int step = 0;
            while (step < maxIterations) {
                if (progress.isCancelled()) {
                    return result(step, false, true);
                }
                if (!overlap && options.preventOverlap() && step >= maxIterations * OVERLAP_START_SHARE) {
                    overlap = true;
                }
                double moved = step(tree);
                step++;
                still = moved < CONVERGED_MOVE * motion.radius(x, y) ? still + 1 : 0;
                if (still >= CONVERGED_STEPS && !(overlap && tree.overlaps() + labelOverlaps > 0)) {
                    if (options.preventOverlap() && !overlap) {
                        overlap = true; // settled: now part the circles
                        still = 0;
                    } else {
                        return result(step, true, false);
                    }
                }
                long now = System.nanoTime();
                double elapsed = (now - t0) / 1e6;
                progress.report(Math.max((double) step / maxIterations, elapsed / maxMillis), "layout");
                if (elapsed >= maxMillis) {
                    break;
                }
                if ((now - lastSnapshot) / 1e6 >= snapshotMillis) {
                    lastSnapshot = now;
                    snapshots.accept(result(step, false, false));
                }
            }
            return result(step, false, false);
        }

        /** Start positions: uniform in a square whose side grows with √n, so density is even. */
        void start() {
            Random random = new Random(seed);
            double side = 10 * Math.sqrt(Math.max(1, n));
            for (int i = 0; i < n; i++) {
                x[i] = (random.nextDouble() - 0.5) * side;
                y[i] = (random.nextDouble() - 0.5) * side;
                mass[i] = 1;
            }
            for (int e = 0; e < from.length; e++) {
                if (from[e] != to[e]) {
                    mass[from[e]]++;
                    mass[to[e]]++;
                }
            }
        }

        /** One step; returns the mean distance a node moved. */
        double step(BarnesHutTree tree) {
            for (int i = 0; i < n; i++) {
                oldFx[i] = fx[i];
                oldFy[i] = fy[i];
            }
            forces(tree);
            motion.adjustSpeed(mass, fx, fy, oldFx, oldFy);
            return motion.move(x, y, mass, fx, fy, oldFx, oldFy, overlap ? r : null);
        }

        /** The forces at the current positions into fx, fy. */
        void forces(BarnesHutTree tree) {
            double unit = overlap ? unitsPerPixel() : 0;
            for (int i = 0; i < n; i++) {
                fx[i] = 0;
                fy[i] = 0;
                r[i] = radius[i] * unit;
            }
            tree.setRadii(overlap ? r : null);
            tree.build();
            for (int i = 0; i < n; i++) {
                tree.repel(i, scaling, theta, fx, fy);
                // Strong gravity k_g · m · d towards the origin: along −(x, y) with length k_g · m · d,
                // its x part divided by the viewport's aspect (see the class comment).
                fx[i] -= x[i] * gravity * mass[i] / aspect;
                fy[i] -= y[i] * gravity * mass[i];
            }
            if (overlap) {
                labelOverlaps = labels.push(x, y, mass, unit, scaling, fx, fy);
                // Circles under names are pushed out but do not hold up convergence: a name among
                // many neighbours may never be wholly clear, and the run then ends when still.
                labels.clear(x, y, r, mass, unit, scaling, fx, fy);
            }
            for (int e = 0; e < from.length; e++) {
                int a = from[e];
                int b = to[e];
                if (a == b) {
                    continue;
                }
                double dx = x[a] - x[b];
                double dy = y[a] - y[b];
                double d = Math.hypot(dx, dy);
                if (d == 0) {
                    continue;
                }
                double force = overlap ? Fa2Forces.attraction(d, 1, options.linLog(), r[a], r[b])
                        : Fa2Forces.attraction(d, 1, options.linLog());
                fx[a] -= dx / d * force;
                fy[a] -= dy / d * force;
                fx[b] += dx / d * force;
                fy[b] += dy / d * force;
            }
        }

        /** Layout units per pixel of the fitted picture (1 without a viewport: sizes are units). */
        double unitsPerPixel() {
            if (Double.isNaN(viewWidth)) {
                return 1;
            }
            double minX = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                minX = Math.min(minX, x[i]);
                maxX = Math.max(maxX, x[i]);
                minY = Math.min(minY, y[i]);
                maxY = Math.max(maxY, y[i]);
            }
            return n == 0 ? 1 : Math.max(1e-9, Math.max((maxX - minX) / viewWidth, (maxY - minY) / viewHeight));
        }

        Result result(int steps, boolean converged, boolean stopped) {
            return new Result(x.clone(), y.clone(), steps, converged, stopped);
        }
    }
}
