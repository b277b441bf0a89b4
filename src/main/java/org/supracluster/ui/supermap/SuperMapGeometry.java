package org.supracluster.ui.supermap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.supracluster.analysis.SuperClusterGraph;
import org.supracluster.model.LinkType;
import org.supracluster.ui.map.MapProjection;

/**
 * Where the super-cluster map draws what, in screen pixels, computed without a window so that
 * tests can check it: one circle per group that shows firms, at its mean place projected with
 * {@link MapProjection}, with area proportional to its firms (radius ∝ √firms, as proportional
 * symbol maps do, since the eye reads area); one ring per shown link type around it whose
 * thickness is proportional to the group's internal weight of that type; and one quadratic curve
 * per shown arc between groups, its width growing linearly with the arc's weight.
 *
 * <p>Widths are scaled per link type (the widest arc of each type gets {@link #MAX_ARC_WIDTH}):
 * trade weights are amounts and co-patent weights patent counts, so one scale for both would
 * compare numbers in different units.
 *
 * <p>Curves bend to the left of their direction: the trade arcs c→d and d→c therefore lie on
 * opposite sides of the straight line and never cover each other. A co-patent link has no
 * direction and is drawn once per pair, from the lower to the higher group index, bending less
 * than trade so that with both types shown the three curves of a pair lie side by side.
 */
public final class SuperMapGeometry {

    /** Width in pixels of the heaviest arc of a link type. */
    public static final double MAX_ARC_WIDTH = 16;
    /** Width in pixels of the lightest arc drawn, so that it stays visible. */
    public static final double MIN_ARC_WIDTH = 1.2;
    /** Thickness in pixels of the ring of the group with the most internal weight of a type. */
    public static final double MAX_RING_WIDTH = 8;
    /** Thinnest ring drawn for a group with any internal links of the type. */
    public static final double MIN_RING_WIDTH = 1.5;
    /** Sideways offset of a trade curve's control point, as a fraction of the chord's length. */
    public static final double TRADE_BEND = 0.22;
    /** Co-patent's bend when trade is shown too: between the two trade curves of the pair. */
    public static final double COPATENT_BEND_BESIDE_TRADE = 0.06;
    /** Co-patent's bend when it is the only link type shown. */
    public static final double COPATENT_BEND_ALONE = 0.15;

    private SuperMapGeometry() {
    }

    /**
     * Maps longitude/latitude to screen pixels: {@code px = offsetX + scale·x(lon)},
     * {@code py = offsetY − scale·y(lat)} with x, y of {@link MapProjection} (north up).
     */
    public record Viewport(double scale, double offsetX, double offsetY) {

        public Viewport {
            if (!(scale > 0)) {
                throw new IllegalArgumentException("scale must be positive: " + scale);
            }
        }

        /** The viewport showing the rectangle (degrees) centred in width × height pixels with a margin. */
        public static Viewport fit(double minLon, double minLat, double maxLon, double maxLat, double width,
                double height, double margin) {
            double x0 = MapProjection.x(minLon);
            double x1 = MapProjection.x(maxLon);
            double y0 = MapProjection.y(minLat);
            double y1 = MapProjection.y(maxLat);
            double w = Math.max(1, width - 2 * margin);
            double h = Math.max(1, height - 2 * margin);
            double scale = Math.min(w / Math.max(1e-9, x1 - x0), h / Math.max(1e-9, y1 - y0));
            return new Viewport(scale, width / 2 - scale * (x0 + x1) / 2, height / 2 + scale * (y0 + y1) / 2);
        }

        public double px(double lon) {
            return offsetX + scale * MapProjection.x(lon);
        }

        public double py(double lat) {
            return offsetY - scale * MapProjection.y(lat);
        }

        /** Pixels of a projected map x (for outlines already projected). */
        public double pxOfMapX(double x) {
            return offsetX + scale * x;
        }

        public double pyOfMapY(double y) {
            return offsetY - scale * y;
        }

        /** Zoomed by {@code factor} (above 1 zooms in) keeping the pixel (x, y) on the same place. */
        public Viewport zoomed(double factor, double x, double y) {
            return new Viewport(scale * factor, x - (x - offsetX) * factor, y - (y - offsetY) * factor);
        }

        /** Moved by (dx, dy) pixels. */
        public Viewport panned(double dx, double dy) {
            return new Viewport(scale, offsetX + dx, offsetY + dy);
        }
    }

    /**
     * One group's circle.
     *
     * @param x            where the circle is drawn, pixels
     * @param radius       pixels, ∝ √firms
     * @param tradeRing    thickness of the trade ring, 0 when none is drawn
     * @param copatentRing thickness of the co-patent ring (outside the trade ring), 0 when none
     * @param homeX        the group's own place (its firms' mean place), which {@code x} leaves when
     *                     {@link CircleSpacing} draws the circle apart from a neighbour
     */
    public record GroupCircle(int group, int firms, double x, double y, double radius, double tradeRing,
                              double copatentRing, double homeX, double homeY) {

        /** A circle drawn at its own place. */
        public GroupCircle(int group, int firms, double x, double y, double radius, double tradeRing,
                double copatentRing) {
            this(group, firms, x, y, radius, tradeRing, copatentRing, x, y);
        }

        /** Radius of the circle with its rings: where arcs start and end. */
        public double outerRadius() {
            return radius + tradeRing + copatentRing;
        }

        /** The same circle drawn at (x, y), its own place kept. */
        public GroupCircle movedTo(double x, double y) {
            return new GroupCircle(group, firms, x, y, radius, tradeRing, copatentRing, homeX, homeY);
        }

        /** Pixels between where the circle is drawn and its own place. */
        public double displacement() {
            return Math.hypot(x - homeX, y - homeY);
        }
    }

    /**
     * One arc: a quadratic curve from (x0, y0) to (x1, y1) with control point (cx, cy), already
     * trimmed to the edges of the two circles so that the arrow head at (x1, y1) shows.
     */
    public record Arc(int from, int to, LinkType type, long links, double weight, double width, double x0,
                      double y0, double cx, double cy, double x1, double y1) {

        /** The point of the curve at parameter t in [0, 1]: (1−t)²·P0 + 2t(1−t)·C + t²·P1. */
        public double[] at(double t) {
            double u = 1 - t;
            return new double[] {u * u * x0 + 2 * t * u * cx + t * t * x1, u * u * y0 + 2 * t * u * cy + t * t * y1};
        }
    }

    /** The drawing: circles in group order and the arcs. */
    public record Drawing(List<GroupCircle> circles, List<Arc> arcs) {
        public Drawing {
            circles = List.copyOf(circles);
            arcs = List.copyOf(arcs);
        }

        /** The circle of a group, or null when the group shows no firm. */
        public GroupCircle circle(int group) {
            return circles.stream().filter(c -> c.group() == group).findFirst().orElse(null);
        }
    }

    /**
     * The drawing of a meta-graph.
     *
     * @param types     the link types shown (arcs and rings of other types are left out)
     * @param maxRadius radius in pixels of the group with the most firms
     */
    public static Drawing of(SuperClusterGraph g, Set<LinkType> types, Viewport vp, double maxRadius) {
        int k = g.groupCount();
        int maxFirms = 0;
        double[] maxInternal = new double[LinkType.values().length];
        for (int c = 0; c < k; c++) {
            maxFirms = Math.max(maxFirms, g.firmCount(c));
            for (LinkType t : types) {
                maxInternal[t.ordinal()] = Math.max(maxInternal[t.ordinal()], g.internalWeight(c, t));
            }
        }
        List<GroupCircle> circles = new ArrayList<>();
        GroupCircle[] byGroup = new GroupCircle[k];
        for (int c = 0; c < k; c++) {
            if (g.firmCount(c) == 0) {
                continue; // nothing shown there: no circle, and no arcs can reach it
            }
            double trade = types.contains(LinkType.TRADE)
                    ? ring(g.internalWeight(c, LinkType.TRADE), maxInternal[LinkType.TRADE.ordinal()]) : 0;
            double copatent = types.contains(LinkType.COPATENT)
                    ? ring(g.internalWeight(c, LinkType.COPATENT), maxInternal[LinkType.COPATENT.ordinal()]) : 0;
            byGroup[c] = new GroupCircle(c, g.firmCount(c), vp.px(g.lon(c)), vp.py(g.lat(c)),
                    radius(g.firmCount(c), maxFirms, maxRadius), trade, copatent);
            circles.add(byGroup[c]);
        }
        // The arcs at the groups' own places give the widths, which say how far apart circles must be.
        circles = CircleSpacing.apart(circles, CircleSpacing.gaps(circles, arcs(g, types, byGroup)),
                CircleSpacing.MAX_SHIFT * maxRadius);
        for (GroupCircle c : circles) {
            byGroup[c.group()] = c;
        }
        return new Drawing(circles, arcs(g, types, byGroup));
    }

    private static List<Arc> arcs(SuperClusterGraph g, Set<LinkType> types, GroupCircle[] byGroup) {
        List<Arc> arcs = new ArrayList<>();
        for (LinkType t : LinkType.values()) {
            if (types.contains(t)) {
                double bend = t == LinkType.TRADE ? TRADE_BEND
                        : types.contains(LinkType.TRADE) ? COPATENT_BEND_BESIDE_TRADE : COPATENT_BEND_ALONE;
                addArcs(g, t, byGroup, bend, arcs);
            }
        }
        return arcs;
    }

    private static void addArcs(SuperClusterGraph g, LinkType t, GroupCircle[] byGroup, double bend, List<Arc> out) {
        int k = byGroup.length;
        double max = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                if (c != d) {
                    max = Math.max(max, g.arcWeight(c, d, t));
                }
            }
        }
        for (int c = 0; c < k; c++) {
            // Co-patent is symmetric: one arc per pair.
            for (int d = t == LinkType.TRADE ? 0 : c + 1; d < k; d++) {
                double w = c == d ? 0 : g.arcWeight(c, d, t);
                if (w > 0 && byGroup[c] != null && byGroup[d] != null) {
                    out.add(curve(byGroup[c], byGroup[d], t, g.links(t).count(c, d), w, width(w, max), bend));
                }
            }
        }
    }

    /** Radius of a group of {@code firms} when the largest has {@code maxFirms}: ∝ √firms. */
    public static double radius(int firms, int maxFirms, double maxRadius) {
        return maxFirms <= 0 ? 0 : maxRadius * Math.sqrt((double) firms / maxFirms);
    }

    /** An arc's width: linear in its weight from {@link #MIN_ARC_WIDTH} (near 0) to {@link #MAX_ARC_WIDTH}. */
    public static double width(double weight, double maxWeight) {
        return maxWeight <= 0 ? 0 : MIN_ARC_WIDTH + (MAX_ARC_WIDTH - MIN_ARC_WIDTH) * weight / maxWeight;
    }

    /** Length in pixels of a trade arc's arrow head, from its base to its tip on the target's rim. */
    public static double arrowHead(double width) {
        return 7 + 1.1 * width;
    }

    /** A ring's thickness: ∝ internal weight, at least {@link #MIN_RING_WIDTH} when there is any. */
    public static double ring(double weight, double maxWeight) {
        if (weight <= 0 || maxWeight <= 0) {
            return 0;
        }
        return Math.max(MIN_RING_WIDTH, MAX_RING_WIDTH * weight / maxWeight);
    }

    private static Arc curve(GroupCircle a, GroupCircle b, LinkType t, long links, double w, double width,
            double bend) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len = Math.hypot(dx, dy);
        // Left of the direction a→b on screen (y down): the normal (dy, -dx).
        double cx = (a.x() + b.x()) / 2 + dy * bend;
        double cy = (a.y() + b.y()) / 2 - dx * bend;
        if (len == 0) {
            return new Arc(a.group(), b.group(), t, links, w, width, a.x(), a.y(), cx, cy, b.x(), b.y());
        }
        double[] start = towards(a.x(), a.y(), cx, cy, a.outerRadius());
        double[] end = towards(b.x(), b.y(), cx, cy, b.outerRadius() + 2);
        return new Arc(a.group(), b.group(), t, links, w, width, start[0], start[1], cx, cy, end[0], end[1]);
    }

    /** A rectangle in pixels: a label's place. */
    public record Box(double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        boolean overlaps(GroupCircle c) {
            double nx = Math.max(x, Math.min(c.x(), x + w));
            double ny = Math.max(y, Math.min(c.y(), y + h));
            return Math.hypot(c.x() - nx, c.y() - ny) < c.outerRadius();
        }
    }

    /** The point {@code distance} from (x, y) towards (tx, ty). */
    private static double[] towards(double x, double y, double tx, double ty, double distance) {
        double len = Math.hypot(tx - x, ty - y);
        if (len == 0) {
            return new double[] {x, y};
        }
        double f = Math.min(distance, len * 0.45) / len;
        return new double[] {x + (tx - x) * f, y + (ty - y) * f};
    }
}
