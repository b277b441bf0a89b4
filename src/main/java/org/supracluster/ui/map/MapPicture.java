package org.supracluster.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Text;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Node;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.view.camera.Camera;
import org.supracluster.export.MapScene;
import org.supracluster.model.ClusterScheme;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.I18n;

/**
 * What the map shows right now, as a {@link MapScene} in the view's pixels: the provinces (in
 * the map layout), every link and firm drawn (the graph holds only those), the names drawn, with the colours, sizes and
 * dashes of {@code /css/map.css}, plus the legend (bottom left, as on screen) and, above the map,
 * a header with the title and subtitle: a header rather than a box over the map, because a box in
 * a corner would hide the capital region's firms in the usual whole-country view. Read from the GraphStream graph's own attributes and the camera of the last frame drawn,
 * so it is exactly the state on screen. On the JavaFX thread.
 *
 * <p>Trade arrows are left out: on screen they are a few pixels at 15 % opacity.
 */
public final class MapPicture {

    static final String BACKGROUND = "#fbfaf6";
    static final String LAND = "#efeee6";
    static final String BORDER = "#b8b6a8";
    /** The map stylesheet's under-zoom threshold for names (text-visibility: 0.12). */
    static final double LABEL_ZOOM = 0.12;

    /** Fill, opacity, stroke width of each node class, as in map.css. */
    private record NodeStyle(String fill, double opacity, double strokeWidth) { }

    /** Colour, opacity, default width and dash of each edge class, as in map.css. */
    private record EdgeStyle(String colour, double opacity, double width, boolean dashed) { }

    /** The weak points' red ({@code node.weak}, {@code edge.*Weak} in map.css). */
    private static final String WEAK = "#c8102e";

    private static final Map<String, EdgeStyle> EDGES = Map.of(
            "trade", new EdgeStyle("#005096", 38 / 255.0, 0.5, false),
            "copatent", new EdgeStyle("#1e1e1e", 32 / 255.0, 1, true),
            "tradeDim", new EdgeStyle("#a0a0a0", 12 / 255.0, 0.5, false),
            "copatentDim", new EdgeStyle("#a0a0a0", 14 / 255.0, 1, true),
            "tradeWeak", new EdgeStyle(WEAK, 1, 3, false),
            "copatentWeak", new EdgeStyle(WEAK, 1, 3, true),
            "tradeSelected", new EdgeStyle("#005096", 1, LinkPlan.SELECTED_MIN_WIDTH_PX, false),
            "copatentSelected", new EdgeStyle("#1e1e1e", 1, LinkPlan.SELECTED_MIN_WIDTH_PX, true));

    /** Dark theme's edges, as MapStylesheet.DARK_CSS. */
    private static final Map<String, EdgeStyle> DARK_EDGES = Map.of(
            "trade", new EdgeStyle("#6eaaff", 60 / 255.0, 0.5, false),
            "copatent", new EdgeStyle("#e6e6e6", 45 / 255.0, 1, true),
            "tradeDim", new EdgeStyle("#a0a0a0", 12 / 255.0, 0.5, false),
            "copatentDim", new EdgeStyle("#a0a0a0", 14 / 255.0, 1, true),
            "tradeWeak", new EdgeStyle(WEAK, 1, 3, false),
            "copatentWeak", new EdgeStyle(WEAK, 1, 3, true),
            "tradeSelected", new EdgeStyle(DarkTheme.TRADE, 1, LinkPlan.SELECTED_MIN_WIDTH_PX, false),
            "copatentSelected", new EdgeStyle(DarkTheme.COPATENT, 1, LinkPlan.SELECTED_MIN_WIDTH_PX, true));

    /** The colours of the picture: the map's light look, or presenter mode's dark theme. */
    private record Theme(boolean dark, String background, String land, String border, String text,
                         String firmStroke, String legendFill, String legendBorder, String legendText,
                         String tradeLine, String copatentLine, Map<String, EdgeStyle> edges) {
        static final Theme LIGHT = new Theme(false, BACKGROUND, LAND, BORDER, "#000000", "#ffffff", "#ffffff",
                "#d8d6cc", "#222222", "#00508C", "#333333", EDGES);
        static final Theme DARK = new Theme(true, DarkTheme.SEA, DarkTheme.LAND, DarkTheme.BORDER, DarkTheme.TEXT,
                DarkTheme.SEA, "#1e2228", DarkTheme.BORDER, DarkTheme.TEXT, DarkTheme.TRADE, DarkTheme.COPATENT,
                DARK_EDGES);
    }

    private MapPicture() {
    }

    /**
     * The map as shown under a title header (left out when title and subtitle are both blank):
     * as wide as the map, {@link #headerHeight} taller.
     *
     * @throws IllegalStateException when the map has not been drawn yet (no size or camera)
     */
    public static MapScene of(MapView map, ClusterScheme scheme, String title, String subtitle) {
        return of(map, scheme, title, subtitle, map.isDark());
    }

    /**
     * As {@link #of(MapView, ClusterScheme, String, String)}, in the light colours or presenter
     * mode's dark ones ({@code dark}) whatever the screen shows: the picture's colours are its
     * own, only the camera, firms, links and names are taken from the map.
     */
    public static MapScene of(MapView map, ClusterScheme scheme, String title, String subtitle, boolean dark) {
        var view = map.graphView();
        Camera camera = view.getCamera();
        double width = map.getWidth();
        double height = map.getHeight();
        if (camera == null || !(width > 0) || !(height > 0) || !(camera.getMetrics().ratioPx2Gu > 0)) {
            throw new IllegalStateException("the map has not been drawn yet");
        }
        // The view may sit inside the map pane with an offset (it fills it in practice).
        double header = headerHeight(title, subtitle);
        double ox = view.getBoundsInParent().getMinX();
        double oy = view.getBoundsInParent().getMinY() + header;
        Theme t = dark ? Theme.DARK : Theme.LIGHT;
        List<MapScene.Element> out = new ArrayList<>();
        if (map.isShowingProvinces()) {
            out.add(new MapScene.Group("provinces", provinces(camera, ox, oy, t)));
        }
        NetworkGraph graph = map.networkGraph();
        out.add(new MapScene.Group("links", links(graph, camera, ox, oy, width, header, height, t)));
        List<MapScene.Element> labels = new ArrayList<>();
        out.add(new MapScene.Group("firms", firms(graph, camera, ox, oy, width, header, height, labels, t)));
        out.add(new MapScene.Group("labels", labels));
        out.add(new MapScene.Group("legend", legend(scheme, map.sizeMeaning(), header + height, t)));
        if (header > 0) {
            out.add(new MapScene.Group("title", title(title.strip(), subtitle.strip(), width, header, t.dark())));
        }
        return new MapScene(width, header + height, t.background(), out);
    }

    private static List<MapScene.Element> provinces(Camera camera, double ox, double oy, Theme t) {
        List<MapScene.Element> out = new ArrayList<>();
        for (ProvinceShapes.Province p : ProvinceShapes.load().provinces()) {
            for (double[] ring : p.rings()) {
                double[] pts = new double[ring.length];
                for (int i = 0; i < ring.length; i += 2) {
                    Point3 px = camera.transformGuToPx(MapProjection.x(ring[i]), MapProjection.y(ring[i + 1]), 0);
                    pts[i] = px.x + ox;
                    pts[i + 1] = px.y + oy;
                }
                if (pts.length >= 6) {
                    out.add(new MapScene.Polygon(pts, t.land(), t.border(), 1));
                }
            }
        }
        return out;
    }

    private static List<MapScene.Element> links(NetworkGraph graph, Camera camera, double ox, double oy,
                                                double width, double top, double height, Theme t) {
        List<MapScene.Element> out = new ArrayList<>();
        List<MapScene.Element> selected = new ArrayList<>();
        for (int i = 0; i < graph.graph().getEdgeCount(); i++) {
            Edge e = graph.graph().getEdge(i);
            if (e.hasAttribute("ui.hide") || e.getSourceNode().hasAttribute("ui.hide")
                    || e.getTargetNode().hasAttribute("ui.hide")) {
                continue;
            }
            EdgeStyle s = t.edges().getOrDefault(String.valueOf(e.getAttribute("ui.class")), t.edges().get("trade"));
            Point3 a = px(camera, e.getSourceNode(), ox, oy);
            Point3 b = px(camera, e.getTargetNode(), ox, oy);
            if (Math.max(a.x, b.x) < 0 || Math.min(a.x, b.x) > width
                    || Math.max(a.y, b.y) < top || Math.min(a.y, b.y) > top + height) {
                continue; // wholly off the picture
            }
            // Dashed (co-patent) links have a fixed stroke; the others are as wide as their ui.size.
            double w = s.dashed() ? s.width() : number(e.getAttribute("ui.size"), s.width());
            String cls = String.valueOf(e.getAttribute("ui.class"));
            // The selected firm's links over the others, as on screen (their z-index in map.css).
            (cls.endsWith(LinkPlan.SELECTED) ? selected : out)
                    .add(new MapScene.Line(a.x, a.y, b.x, b.y, s.colour(), s.opacity(), w, s.dashed()));
        }
        out.addAll(selected);
        return out;
    }

    private static List<MapScene.Element> firms(NetworkGraph graph, Camera camera, double ox, double oy,
                                                double width, double top, double height,
                                                List<MapScene.Element> labels, Theme t) {
        List<MapScene.Element> out = new ArrayList<>();
        List<MapScene.Element> neighbours = new ArrayList<>();
        List<MapScene.Element> selected = new ArrayList<>();
        List<MapScene.Element> selectedLabel = new ArrayList<>();
        boolean zoomedIn = camera.getViewPercent() <= LABEL_ZOOM;
        for (int i = 0; i < graph.graph().getNodeCount(); i++) {
            Node n = graph.graph().getNode(i);
            if (n.hasAttribute("ui.hide")) {
                continue;
            }
            String cls = String.valueOf(n.getAttribute("ui.class"));
            boolean isSelected = "selected".equals(cls);
            boolean isWeak = DrawPlan.WEAK.equals(cls);
            boolean isNeighbour = cls.endsWith(DrawPlan.NEIGHBOUR);
            NodeStyle s = nodeStyle(cls);
            // Fixed sizes, as map.css gives them (size-mode: normal).
            double r = (isSelected ? 12 : isWeak ? 11 : number(n.getAttribute("ui.size"), 5)) / 2;
            Point3 p = px(camera, n, ox, oy);
            if (p.x < -r || p.x > width + r || p.y < top - r || p.y > top + height + r) {
                continue;
            }
            // The dark theme draws the selected firm white (MapStylesheet.DARK_CSS), not black.
            String fill = isSelected && t.dark() ? "#ffffff" : s.fill();
            MapScene.Circle c = new MapScene.Circle(p.x, p.y, r, fill, s.opacity(),
                    isWeak ? WEAK : s.strokeWidth() > 0 ? t.firmStroke() : null, s.strokeWidth(), n.getId());
            // The selected firm over its neighbours, and they over the others (their z-index in map.css).
            (isSelected ? selected : isNeighbour ? neighbours : out).add(c);
            Object label = n.getAttribute("ui.label");
            if (label == null) {
                continue;
            }
            boolean always = graph.isAlwaysNamed(graph.firmOf(n.getId()));
            if (isSelected) {
                double size = 14;
                double tw = textWidth(label.toString(), size, true);
                // Light on a dark box in the dark theme (MapStylesheet.DARK_CSS).
                selectedLabel.add(new MapScene.Rect(p.x + r + 2, p.y - size * 0.75, tw + 4, size + 4, 0,
                        t.dark() ? DarkTheme.SEA : "#ffffff", (t.dark() ? 220 : 210) / 255.0, null));
                selectedLabel.add(new MapScene.Text(p.x + r + 4, p.y + size * 0.35, label.toString(), size, true,
                        t.dark() ? "#ffffff" : "#000000"));
            } else if (always || zoomedIn || isNeighbour) {
                double size = always ? 12 : 11;
                // A faded firm's name fades too (map.css: black, or the dark theme's light text, at 35 %).
                String colour = !DrawPlan.DIMMED.equals(cls) ? t.text() : t.dark() ? "#5f6063" : "#a5a5a2";
                labels.add(new MapScene.Text(p.x + r + 3, p.y + size * 0.35, label.toString(), size, false, colour));
            }
        }
        out.addAll(neighbours);
        out.addAll(selected);
        labels.addAll(selectedLabel); // over the other names, as on screen
        return out;
    }

    private static NodeStyle nodeStyle(String cls) {
        if (cls.endsWith(DrawPlan.NEIGHBOUR)) {
            NodeStyle s = nodeStyle(cls.substring(0, cls.length() - DrawPlan.NEIGHBOUR.length()));
            return new NodeStyle(s.fill(), s.opacity(), 1);
        }
        if (cls.startsWith("c") && cls.length() > 1 && Character.isDigit(cls.charAt(1))) {
            int c = Integer.parseInt(cls.substring(1));
            return new NodeStyle(MapLegend.CLUSTER_COLOURS.get(c % MapLegend.CLUSTER_COLOURS.size()), 1, 0.5);
        }
        return switch (cls) {
            case "selected" -> new NodeStyle("#000000", 1, 1.5);
            case "dimmed" -> new NodeStyle("#a0a0a0", 55 / 255.0, 0);
            case "weak" -> new NodeStyle("#ffffff", 1, 3);
            default -> new NodeStyle(MapLegend.OTHER_COLOUR, 1, 0.5);
        };
    }

    /**
     * The legend as on screen (see {@link MapLegend}): a box in the bottom-left corner, with the
     * circle-size row when {@code sizeMeaning} says what sizes mean.
     */
    private static List<MapScene.Element> legend(ClusterScheme scheme, String sizeMeaning, double height, Theme t) {
        List<String> texts = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (int c = 0; c < scheme.clusterCount(); c++) {
            texts.add(scheme.clusters().get(c).displayName(I18n.locale()));
            colours.add(MapLegend.CLUSTER_COLOURS.get(c % MapLegend.CLUSTER_COLOURS.size()));
        }
        texts.add(I18n.get("legend.other"));
        colours.add(MapLegend.OTHER_COLOUR);
        String trade = I18n.get("legend.trade");
        String copatent = I18n.get("legend.copatent");
        String heading = I18n.get("legend.title");
        double size = 12;
        double row = 18;
        double textWidth = textWidth(heading, size, true);
        for (String text : texts) {
            textWidth = Math.max(textWidth, 30 + textWidth(text, size, false));
        }
        textWidth = Math.max(textWidth, 30 + Math.max(textWidth(trade, size, false), textWidth(copatent, size, false)));
        boolean sized = !sizeMeaning.isEmpty();
        textWidth = sized ? Math.max(textWidth, 30 + textWidth(sizeMeaning, size, false)) : textWidth;
        int rows = texts.size() + 3 + (sized ? 1 : 0);
        double w = textWidth + 20;
        double h = rows * row + 12;
        double x = 10;
        double y = height - 10 - h;
        List<MapScene.Element> out = new ArrayList<>();
        out.add(new MapScene.Rect(x, y, w, h, 4, t.legendFill(), 0.88, t.legendBorder()));
        double base = y + 6 + row * 0.75;
        out.add(new MapScene.Text(x + 10, base, heading, size, true, t.legendText()));
        for (int i = 0; i < texts.size(); i++) {
            double b = base + (i + 1) * row;
            // A swatch, not a circle: circles in the picture are firms.
            out.add(new MapScene.Rect(x + 15, b - 9, 10, 10, 5, colours.get(i), 1, t.firmStroke()));
            out.add(new MapScene.Text(x + 40, b, texts.get(i), size, false, t.legendText()));
        }
        double bt = base + (texts.size() + 1) * row;
        out.add(new MapScene.Line(x + 10, bt - 4, x + 32, bt - 4, t.tradeLine(), 1, 1.6, false));
        out.add(new MapScene.Text(x + 40, bt, trade, size, false, t.legendText()));
        double bc = bt + row;
        out.add(new MapScene.Line(x + 10, bc - 4, x + 32, bc - 4, t.copatentLine(), 1, 1.6, true));
        out.add(new MapScene.Text(x + 40, bc, copatent, size, false, t.legendText()));
        if (sized) {
            // Three swatches growing as on screen (radii 2, 3.5, 5), round rects: circles are firms.
            double bs = bc + row;
            double sx = x + 9;
            for (double r : new double[] {2, 3.5, 5}) {
                out.add(new MapScene.Rect(sx, bs - 4 - r, 2 * r, 2 * r, r, MapLegend.OTHER_COLOUR, 1, t.firmStroke()));
                sx += 2 * r + 1.5;
            }
            out.add(new MapScene.Text(x + 40, bs, sizeMeaning, size, false, t.legendText()));
        }
        return out;
    }

    private static final double TITLE_SIZE = 20;
    private static final double SUBTITLE_SIZE = 13;

    /** Height of the title header in pixels (at 1×): 0 when title and subtitle are both blank. */
    public static double headerHeight(String title, String subtitle) {
        if (title.isBlank() && subtitle.isBlank()) {
            return 0;
        }
        return 16 + (title.isBlank() ? 0 : TITLE_SIZE + 4) + (subtitle.isBlank() ? 0 : SUBTITLE_SIZE + 2) + 12;
    }

    /**
     * The header: title (bold) and subtitle over an opaque band, drawn after the map so that the
     * parts of the map above the view (now under the header) stay hidden, with a rule under it;
     * in the light or (presenter mode's) dark theme.
     */
    public static List<MapScene.Element> title(String title, String subtitle, double width, double header,
                                               boolean dark) {
        double titleSize = TITLE_SIZE;
        double subSize = SUBTITLE_SIZE;
        List<MapScene.Element> out = new ArrayList<>();
        out.add(new MapScene.Rect(0, 0, width, header, 0, dark ? DarkTheme.SEA : "#ffffff", 1, null));
        out.add(new MapScene.Line(0, header - 0.5, width, header - 0.5, dark ? DarkTheme.BORDER : "#d8d6cc", 1, 1, false));
        double y = 12;
        if (!title.isEmpty()) {
            y += titleSize;
            out.add(new MapScene.Text(16, y, title, titleSize, true, dark ? "#f0f0f0" : "#111111"));
            y += 4;
        }
        if (!subtitle.isEmpty()) {
            y += subSize + 2;
            out.add(new MapScene.Text(16, y, subtitle, subSize, false, dark ? DarkTheme.MUTED_TEXT : "#444444"));
        }
        return out;
    }

    /** Width of a text in the bundled font, so boxes fit their texts (in SVG as in PNG). */
    static double textWidth(String s, double size, boolean bold) {
        Text t = new Text(s);
        t.setFont(bold ? Fonts.bold(size) : Fonts.font(size));
        return t.getLayoutBounds().getWidth();
    }

    private static Point3 px(Camera camera, Node n, double ox, double oy) {
        Object[] xy = (Object[]) n.getAttribute("xy");
        Point3 p = camera.transformGuToPx(((Number) xy[0]).doubleValue(), ((Number) xy[1]).doubleValue(), 0);
        return new Point3(p.x + ox, p.y + oy, 0);
    }

    private static double number(Object value, double otherwise) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Object[] a && a.length > 0 && a[0] instanceof Number n) {
            return n.doubleValue();
        }
        return otherwise;
    }
}
