package org.supracluster.ui.layout;

import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import org.supracluster.model.Progress;

/**
 * ForceAtlas2 (Jacomy, Venturini, Heymann &amp; Bastian 2014, PLoS ONE 9(6): e98679), the
 * force-directed layout of Gephi, on an undirected graph of {@code n} nodes.
 *
 * <p>Forces on node i, with mass {@code m_i = degree_i + 1}:
 * <ul>
 *   <li>repulsion from every other node j: {@code k_r · m_i · m_j / d(i, j)}, approximated with a
 *   Barnes–Hut quadtree ({@link BarnesHutTree}, θ = {@value #THETA});</li>
 *   <li>attraction along each edge: {@code d(i, j)} (linear springs of rest length 0);</li>
 *   <li>gravity towards the origin, ForceAtlas2's "strong gravity" {@code k_g · m_i · d(i, 0)}:
 *   with the ordinary {@code k_g · m_i} the repulsion of a network of thousands of firms drives
 *   every small component (two firms linked only to each other) out to many times the network's
 *   size, and the picture becomes a dot in a ring of strays.</li>
 * </ul>
 * Nodes move by ForceAtlas2's adaptive speed: a global speed from the ratio of "swinging" (force
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
 * average for {@link #CONVERGED_STEPS} steps), after {@code maxIterations} steps, after
 * {@code maxMillis}, or when {@link Progress#isCancelled()} turns true; in every case it returns
 * the positions reached.
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
    private static final double GRAVITY = 0.1;
    private static final double JITTER_TOLERANCE = 1.0;

    /** The outcome: node positions and how the run ended. */
    public record Result(double[] x, double[] y, int iterations, boolean converged, boolean stopped) { }

    private final int n;
    private final int[] from;
    private final int[] to;
    private final long seed;
    private int maxIterations = MAX_ITERATIONS_DEFAULT;
    private long maxMillis = MAX_MILLIS_DEFAULT;

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

    /** The working state of one run. */
    private final class Run {
        final double[] x = new double[n];
        final double[] y = new double[n];
        final double[] mass = new double[n];
        final double[] fx = new double[n];
        final double[] fy = new double[n];
        final double[] oldFx = new double[n];
        final double[] oldFy = new double[n];
        /** Repulsion strength: Gephi's scaling 10 for small graphs, 2 above 100 nodes. */
        final double scaling = n > 100 ? 2 : 10;
        double speed = 1;
        double speedEfficiency = 1;

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
                double moved = step(tree);
                step++;
                still = moved < CONVERGED_MOVE * radius() ? still + 1 : 0;
                if (still >= CONVERGED_STEPS) {
                    return result(step, true, false);
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
                fx[i] = 0;
                fy[i] = 0;
            }
            tree.build();
            for (int i = 0; i < n; i++) {
                tree.repel(i, scaling, THETA, fx, fy);
                // Strong gravity k_g · m · d towards the origin.
                fx[i] -= x[i] * GRAVITY * mass[i];
                fy[i] -= y[i] * GRAVITY * mass[i];
            }
            for (int e = 0; e < from.length; e++) {
                int a = from[e];
                int b = to[e];
                double dx = x[a] - x[b];
                double dy = y[a] - y[b];
                fx[a] -= dx;
                fy[a] -= dy;
                fx[b] += dx;
                fy[b] += dy;
            }
            adjustSpeed();
            return move();
        }

        /** ForceAtlas2's global speed from swinging vs traction (Gephi's implementation). */
        void adjustSpeed() {
            double swinging = 0;
            double traction = 0;
            for (int i = 0; i < n; i++) {
                swinging += mass[i] * Math.hypot(oldFx[i] - fx[i], oldFy[i] - fy[i]);
                traction += mass[i] * Math.hypot(oldFx[i] + fx[i], oldFy[i] + fy[i]) / 2;
            }
            double estimatedJitter = 0.05 * Math.sqrt(n);
            double jitter = JITTER_TOLERANCE * Math.max(Math.sqrt(estimatedJitter),
                    Math.min(10, estimatedJitter * traction / ((double) n * n)));
            double minEfficiency = 0.05;
            if (traction > 0 && swinging / traction > 2.0) {
                if (speedEfficiency > minEfficiency) {
                    speedEfficiency *= 0.5;
                }
                jitter = Math.max(jitter, JITTER_TOLERANCE);
            }
            double target = swinging == 0 ? speed : jitter * speedEfficiency * traction / swinging;
            if (swinging > jitter * traction) {
                if (speedEfficiency > minEfficiency) {
                    speedEfficiency *= 0.7;
                }
            } else if (speed < 1000) {
                speedEfficiency *= 1.3;
            }
            speed = speed + Math.min(target - speed, 0.5 * speed);
        }

        /** Moves every node with its local brake; returns the mean move. */
        double move() {
            double total = 0;
            for (int i = 0; i < n; i++) {
                double swinging = mass[i] * Math.hypot(oldFx[i] - fx[i], oldFy[i] - fy[i]);
                double factor = speed / (1 + Math.sqrt(speed * swinging));
                double dx = fx[i] * factor;
                double dy = fy[i] * factor;
                // No node jumps further than a large share of the layout in one step.
                double len = Math.hypot(dx, dy);
                double cap = 10 + radius() * 0.1;
                if (len > cap) {
                    dx *= cap / len;
                    dy *= cap / len;
                    len = cap;
                }
                x[i] += dx;
                y[i] += dy;
                total += len;
            }
            radius = -1;
            return n == 0 ? 0 : total / n;
        }

        private double radius = -1;

        /** The largest distance of a node from the origin (computed once per step). */
        double radius() {
            if (radius < 0) {
                double r = 1e-9;
                for (int i = 0; i < n; i++) {
                    r = Math.max(r, Math.hypot(x[i], y[i]));
                }
                radius = r;
            }
            return radius;
        }

        Result result(int steps, boolean converged, boolean stopped) {
            return new Result(x.clone(), y.clone(), steps, converged, stopped);
        }
    }
}
