package org.supracluster.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses which firms' names are drawn so that no two names overlap on screen and no name
 * covers the circle of another named firm. Greedy in priority order, as map labelling has done
 * since Imhof ("Positioning Names on Maps", The American Cartographer 2(2), 1975) and as Gephi's
 * and Cytoscape's label-collision options do: the more important name is placed first, a name
 * that would overlap one already placed is left out. Each name sits where the map draws it: to
 * the right of its circle ({@code text-alignment: at-right}), vertically centred.
 *
 * <p>Overlap tests go through a grid of {@link #CELL}-pixel cells, so placing n candidates costs
 * O(n) for names of ordinary length. Plain Java, in screen pixels.
 */
final class LabelPlacer {

    /** Grid cell, in pixels: about one short name wide. */
    static final double CELL = 64;
    /** Space kept between two names, and between a name and its circle, in pixels. */
    static final double GAP = 2;

    /**
     * A name that may be drawn.
     *
     * @param firm the firm's index
     * @param x the circle's centre on screen
     * @param y the circle's centre on screen
     * @param radius the circle's radius in pixels
     * @param width the name's width in pixels ({@link #textWidth})
     * @param height the name's height in pixels (about its font size)
     * @param above whether the firm and its name are drawn above the covering circles (the
     *        selected firm's), so that none of them can hide the name
     */
    record Candidate(int firm, double x, double y, double radius, double width, double height, boolean above) {
        Candidate(int firm, double x, double y, double radius, double width, double height) {
            this(firm, x, y, radius, width, height, false);
        }

        double left() {
            return x + radius + GAP;
        }

        double top() {
            return y - height / 2;
        }
    }

    private LabelPlacer() {
    }

    /**
     * The firms whose names are drawn, in the order given. {@code byPriority} lists the
     * candidates most important first; those whose name lies wholly outside the view
     * ({@code viewWidth} × {@code viewHeight}) are left out, so the first one in view is always
     * kept (the selected firm, when there is one, goes first).
     */
    static int[] place(List<Candidate> byPriority, double viewWidth, double viewHeight) {
        return place(byPriority, List.of(), viewWidth, viewHeight);
    }

    /**
     * As {@link #place(List, double, double)}, with circles drawn over the names
     * ({@code covering}: {left, top, right, bottom} each) that no name may run under either, such
     * as a selected firm's neighbours, which the map draws above the other firms and their names.
     * A name is placed when its box meets no name placed before, no named circle and (unless
     * drawn {@linkplain Candidate#above above} them) no covering circle, and its circle no name
     * placed before.
     */
    static int[] place(List<Candidate> byPriority, List<double[]> covering, double viewWidth, double viewHeight) {
        Map<Long, List<double[]>> boxes = new HashMap<>();
        Map<Long, List<double[]>> circles = new HashMap<>();
        covering.forEach(c -> add(circles, c));
        List<Integer> kept = new ArrayList<>();
        for (Candidate c : byPriority) {
            double[] box = {c.left(), c.top(), c.left() + c.width(), c.top() + c.height()};
            double[] circle = {c.x() - c.radius(), c.y() - c.radius(), c.x() + c.radius(), c.y() + c.radius()};
            if (offScreen(c, viewWidth, viewHeight) || collides(boxes, box) || collides(boxes, circle)
                    || !c.above() && collides(circles, box)) {
                continue;
            }
            kept.add(c.firm());
            add(boxes, box);
            add(circles, circle);
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether the candidate's name lies wholly outside a view of {@code width} × {@code height}. */
    static boolean offScreen(Candidate c, double width, double height) {
        return c.left() + c.width() < 0 || c.left() > width || c.top() + c.height() < 0 || c.top() > height;
    }

    /** Whether {@code r} (left, top, right, bottom) comes within {@link #GAP} of a placed rectangle. */
    private static boolean collides(Map<Long, List<double[]>> grid, double[] r) {
        for (long key : cells(r)) {
            List<double[]> in = grid.get(key);
            if (in == null) {
                continue;
            }
            for (double[] o : in) {
                if (r[0] < o[2] + GAP && o[0] < r[2] + GAP && r[1] < o[3] + GAP && o[1] < r[3] + GAP) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void add(Map<Long, List<double[]>> grid, double[] r) {
        for (long key : cells(r)) {
            grid.computeIfAbsent(key, k -> new ArrayList<>(4)).add(r);
        }
    }

    /** The grid cells a rectangle (grown by the gap) touches. */
    private static long[] cells(double[] r) {
        int x0 = (int) Math.floor((r[0] - GAP) / CELL);
        int x1 = (int) Math.floor((r[2] + GAP) / CELL);
        int y0 = (int) Math.floor((r[1] - GAP) / CELL);
        int y1 = (int) Math.floor((r[3] + GAP) / CELL);
        long[] out = new long[(x1 - x0 + 1) * (y1 - y0 + 1)];
        int i = 0;
        for (int gx = x0; gx <= x1; gx++) {
            for (int gy = y0; gy <= y1; gy++) {
                out[i++] = ((long) gx << 32) ^ (gy & 0xffffffffL);
            }
        }
        return out;
    }

    /**
     * A name's width in pixels at {@code px} font size, estimated per character as NanumGothic
     * draws it: a Hangul syllable or other wide character a full em, a capital or digit 0.62 em,
     * a space 0.3 em, any other 0.52 em. Estimated rather than measured so that the choice needs
     * no JavaFX and costs nothing per frame; an estimate a little wide only keeps names apart.
     */
    static double textWidth(String name, double px) {
        double em = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (isWide(cp)) {
                em += 1.0;
            } else if (Character.isUpperCase(cp) || Character.isDigit(cp)) {
                em += 0.62;
            } else if (Character.isWhitespace(cp)) {
                em += 0.3;
            } else {
                em += 0.52;
            }
        }
        return em * px;
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || cp >= 0xFF00 && cp <= 0xFFEF;
    }
}
