package org.supracluster.ui.layout;

/**
 * How ForceAtlas2 moves its nodes by the forces of a step (Jacomy et al. 2014, section "Adaptive
 * speed", as Gephi implements it): a global speed from the network's swinging (force that changed
 * direction since the last step, {@code |F_i(t) − F_i(t−1)|}) against its traction (force that kept
 * it, {@code |F_i(t) + F_i(t−1)| / 2}), both weighted by mass; each node then moves by its force
 * times {@code speed / (1 + √(speed · swinging_i))}, so oscillating nodes are braked. With prevent
 * overlap a node moves at a tenth of that and at most its own radius per step (Gephi: "it's not
 * possible to trust the swinging measure" while circles collide).
 */
final class LayoutMotion {

    private static final double MIN_EFFICIENCY = 0.05;
    /** With prevent overlap: the share of the usual step, Gephi's. */
    private static final double OVERLAP_SLOWDOWN = 0.1;

    private final int n;
    private final double jitterTolerance;
    private double speed = 1;
    private double speedEfficiency = 1;
    private double radius = -1;

    LayoutMotion(int n, double jitterTolerance) {
        this.n = n;
        this.jitterTolerance = jitterTolerance;
    }

    /** ForceAtlas2's global speed from swinging vs traction (Gephi's implementation). */
    void adjustSpeed(double[] mass, double[] fx, double[] fy, double[] oldFx, double[] oldFy) {
        double swinging = 0;
        double traction = 0;
        for (int i = 0; i < n; i++) {
            swinging += mass[i] * Math.hypot(oldFx[i] - fx[i], oldFy[i] - fy[i]);
            traction += mass[i] * Math.hypot(oldFx[i] + fx[i], oldFy[i] + fy[i]) / 2;
        }
        double estimatedJitter = 0.05 * Math.sqrt(n);
        double jitter = jitterTolerance * Math.max(Math.sqrt(estimatedJitter),
                Math.min(10, estimatedJitter * traction / ((double) n * n)));
        if (traction > 0 && swinging / traction > 2.0) {
            if (speedEfficiency > MIN_EFFICIENCY) {
                speedEfficiency *= 0.5;
            }
            jitter = Math.max(jitter, jitterTolerance);
        }
        double target = swinging == 0 ? speed : jitter * speedEfficiency * traction / swinging;
        if (swinging > jitter * traction) {
            if (speedEfficiency > MIN_EFFICIENCY) {
                speedEfficiency *= 0.7;
            }
        } else if (speed < 1000) {
            speedEfficiency *= 1.3;
        }
        speed = speed + Math.min(target - speed, 0.5 * speed);
    }

    /**
     * Moves every node with its local brake; returns the mean move.
     *
     * @param radii the nodes' radii in layout units while overlaps are prevented, else null
     */
    double move(double[] x, double[] y, double[] mass, double[] fx, double[] fy, double[] oldFx, double[] oldFy,
                double[] radii) {
        double total = 0;
        double layoutCap = 10 + radius(x, y) * 0.1;
        for (int i = 0; i < n; i++) {
            double swinging = mass[i] * Math.hypot(oldFx[i] - fx[i], oldFy[i] - fy[i]);
            double factor = speed / (1 + Math.sqrt(speed * swinging));
            // No node jumps further than a large share of the layout in one step.
            double cap = layoutCap;
            if (radii != null) {
                factor *= OVERLAP_SLOWDOWN;
                cap = Math.min(cap, Math.max(radii[i], 1e-3 * radius(x, y)));
            }
            double dx = fx[i] * factor;
            double dy = fy[i] * factor;
            double len = Math.hypot(dx, dy);
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

    /** The largest distance of a node from the origin (computed once per step). */
    double radius(double[] x, double[] y) {
        if (radius < 0) {
            double r = 1e-9;
            for (int i = 0; i < n; i++) {
                r = Math.max(r, Math.hypot(x[i], y[i]));
            }
            radius = r;
        }
        return radius;
    }
}
