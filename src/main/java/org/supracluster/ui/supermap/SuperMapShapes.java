package org.supracluster.ui.supermap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.StrokeLineCap;
import org.supracluster.analysis.ClusterRole;
import org.supracluster.model.LinkType;
import org.supracluster.ui.I18n;
import org.supracluster.ui.map.DarkTheme;
import org.supracluster.ui.roles.ClusterPalette;
import org.supracluster.ui.supermap.SuperMapGeometry.Arc;
import org.supracluster.ui.supermap.SuperMapGeometry.Box;
import org.supracluster.ui.supermap.SuperMapGeometry.GroupCircle;
import org.supracluster.ui.supermap.SuperMapViewModel.Figures;
import org.supracluster.ui.supermap.SuperMapViewModel.Grouping;

/**
 * The JavaFX shapes of one drawing of the super-cluster map, in one look (normal or presenter
 * size, light or dark): an arc with its arrow head and tooltip, a group's disc with its link rings,
 * a group's name with its role badge, a leader line to a label placed away. Where they go is
 * {@link SuperMapGeometry}'s decision; {@link SuperMapView} lays them out. Made afresh for each
 * redraw, so a change of figures or look cannot leave stale state behind.
 */
final class SuperMapShapes {

    private final SuperMapViewModel model;
    private final Figures figures;
    private final boolean large;
    private final boolean dark;
    /** Called with a clicked group; says whether the click was taken (not the end of a drag). */
    private final IntPredicate onGroupClicked;

    SuperMapShapes(SuperMapViewModel model, Figures figures, boolean large, boolean dark, IntPredicate onGroupClicked) {
        this.model = model;
        this.figures = figures;
        this.large = large;
        this.dark = dark;
        this.onGroupClicked = onGroupClicked;
    }

    /** The curve of an arc (its user data the arc), and for trade its arrow head on the target's rim. */
    List<Node> arc(Arc a) {
        boolean trade = a.type() == LinkType.TRADE;
        Color colour = Color.web(linkColour(a.type()));
        // The curve stops at the arrow head's base, so the head's tip lands on the circle's edge.
        double tx = a.x1() - a.cx();
        double ty = a.y1() - a.cy();
        double len = Math.max(1e-9, Math.hypot(tx, ty));
        double ux = tx / len;
        double uy = ty / len;
        double head = trade ? SuperMapGeometry.arrowHead(a.width()) : 0;
        QuadCurve curve = new QuadCurve(a.x0(), a.y0(), a.cx(), a.cy(), a.x1() - ux * head * 0.8,
                a.y1() - uy * head * 0.8);
        curve.setFill(null);
        curve.setStroke(colour.deriveColor(0, 1, 1, trade ? 0.72 : 0.85));
        curve.setStrokeWidth(a.width());
        curve.setStrokeLineCap(trade ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
        if (!trade) {
            curve.getStrokeDashArray().setAll(Math.max(6, a.width() * 2), Math.max(4, a.width()));
        }
        curve.getStyleClass().add(SuperMapView.ARC_CLASS);
        curve.setUserData(a);
        // Hovering an arc tells its figures: what a presenter is asked about.
        var matrix = figures.graph().links(a.type());
        Tooltip.install(curve, new Tooltip(I18n.format(trade ? "supermap.arc.trade" : "supermap.arc.copatent",
                name(a.from()), name(a.to()), matrix.count(a.from(), a.to()), matrix.weight(a.from(), a.to()))));
        if (!trade) {
            return List.of(curve);
        }
        double half = 3 + a.width() * 0.8;
        Polygon arrow = new Polygon(a.x1(), a.y1(),
                a.x1() - ux * head - uy * half, a.y1() - uy * head + ux * half,
                a.x1() - ux * head + uy * half, a.y1() - uy * head - ux * half);
        arrow.setFill(colour.deriveColor(0, 1, 0.85, 0.9));
        arrow.setMouseTransparent(true);
        return List.of(curve, arrow);
    }

    /** A group's rings (trade solid, co-patent dashed, outside it) and its disc, which takes clicks. */
    List<Node> circle(GroupCircle c) {
        List<Node> out = new ArrayList<>();
        double r = c.radius() + 2; // a white gap between the disc and its rings
        if (c.tradeRing() > 0) {
            out.add(ring(r + c.tradeRing() / 2, c, c.tradeRing(), linkColour(LinkType.TRADE), false));
        }
        if (c.copatentRing() > 0) {
            out.add(ring(r + c.tradeRing() + c.copatentRing() / 2, c, c.copatentRing(), linkColour(LinkType.COPATENT),
                    true));
        }
        Circle disc = new Circle(c.x(), c.y(), c.radius(), Color.web(model.colour(figures.grouping(), c.group())));
        disc.setStroke(dark ? Color.web(DarkTheme.SEA) : Color.WHITE);
        disc.setStrokeWidth(2);
        disc.getStyleClass().add(SuperMapView.GROUP_CLASS);
        disc.setUserData(c.group());
        disc.setCursor(Cursor.HAND);
        Tooltip.install(disc, new Tooltip(I18n.format("supermap.group.tip", name(c.group()), c.firms())));
        disc.setOnMouseClicked(e -> {
            if (onGroupClicked.test(c.group())) {
                e.consume();
            }
        });
        out.add(disc);
        return out;
    }

    private static Circle ring(double radius, GroupCircle c, double width, String colour, boolean dashed) {
        Circle ring = new Circle(c.x(), c.y(), radius, null);
        ring.setStroke(Color.web(colour).deriveColor(0, 1, 1, 0.8));
        ring.setStrokeWidth(width);
        if (dashed) {
            ring.getStrokeDashArray().setAll(Math.max(5, width * 1.5), Math.max(3, width));
        }
        ring.setMouseTransparent(true);
        return ring;
    }

    /** A group's name over its role badge, not yet placed. */
    VBox label(GroupCircle c) {
        boolean clusters = figures.grouping() == Grouping.CLUSTERS;
        Label name = new Label(name(c.group()));
        name.getStyleClass().add(SuperMapView.LABEL_CLASS);
        name.setStyle("-fx-font-size: " + nameSize(clusters) + "px; -fx-font-weight: bold; -fx-text-fill: "
                + (dark ? "#f0f0f0" : "#1a1a1a") + "; -fx-background-color: "
                + (dark ? "rgba(21,24,29,0.85)" : "rgba(255,255,255,0.82)")
                + "; -fx-background-radius: 5; -fx-padding: 1 6 1 6;");
        ClusterRole role = model.role(c.group());
        Label badge = new Label(I18n.name(role));
        badge.getStyleClass().add(SuperMapView.BADGE_CLASS);
        badge.setStyle("-fx-font-size: " + (large ? (clusters ? 16 : 13) : (clusters ? 12 : 10))
                + "px; -fx-text-fill: white; -fx-background-color: " + badgeColour(role, dark)
                + "; -fx-background-radius: 9; -fx-padding: 1 7 1 7;"
                + (dark ? " -fx-border-color: #8a93a0; -fx-border-radius: 9;" : ""));
        VBox box = new VBox(2, name, badge);
        box.setAlignment(Pos.TOP_CENTER);
        box.setMouseTransparent(true);
        return box;
    }

    /** Text size of a group's name: large enough for a projector in presenter mode. */
    private double nameSize(boolean clusters) {
        return large ? (clusters ? 28 : 18) : (clusters ? 20 : 14);
    }

    /** A thin line from a circle's rim to its label, placed away from it where groups crowd. */
    Node leader(GroupCircle c, Box b) {
        double nx = Math.max(b.x(), Math.min(c.x(), b.x() + b.w()));
        double ny = Math.max(b.y(), Math.min(c.y(), b.y() + b.h()));
        double len = Math.max(1e-9, Math.hypot(nx - c.x(), ny - c.y()));
        double r = c.outerRadius() + 1;
        Line line = new Line(c.x() + (nx - c.x()) / len * r, c.y() + (ny - c.y()) / len * r, nx, ny);
        line.setStroke(Color.web(dark ? DarkTheme.MUTED_TEXT : "#555555"));
        line.setStrokeWidth(large ? 1.6 : 1.1);
        line.getStyleClass().add(SuperMapView.LEADER_CLASS);
        line.setMouseTransparent(true);
        return line;
    }

    /**
     * A dot at a moved group's own place and a dashed line from it to the circle's rim, so that a
     * circle drawn aside still says where its firms are.
     */
    List<Node> home(GroupCircle c) {
        double dx = c.x() - c.homeX();
        double dy = c.y() - c.homeY();
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double rim = Math.max(0, len - c.outerRadius());
        Line line = new Line(c.homeX(), c.homeY(), c.homeX() + dx / len * rim, c.homeY() + dy / len * rim);
        line.setStroke(Color.web(dark ? DarkTheme.MUTED_TEXT : "#555555"));
        line.setStrokeWidth(large ? 1.6 : 1.2);
        line.getStrokeDashArray().setAll(4.0, 3.0);
        line.getStyleClass().add(SuperMapView.HOME_CLASS);
        line.setMouseTransparent(true);
        Circle dot = new Circle(c.homeX(), c.homeY(), large ? 5 : 3.5, Color.web(model.colour(figures.grouping(),
                c.group())));
        dot.setStroke(dark ? Color.web(DarkTheme.SEA) : Color.WHITE);
        dot.setStrokeWidth(1.5);
        dot.getStyleClass().add(SuperMapView.HOME_CLASS);
        dot.setMouseTransparent(true);
        return List.of(line, dot);
    }

    /** An arc's number of links, in the arc's colour on a light (or dark) box; not yet placed. */
    Label count(Arc a) {
        Label label = new Label(ArcFigures.text(a, I18n.locale()));
        label.getStyleClass().add(SuperMapView.COUNT_CLASS);
        String text = SuperMapPicture.hex(Color.web(linkColour(a.type())).deriveColor(0, 1, dark ? 1 : 0.7, 1));
        label.setStyle("-fx-font-size: " + (large ? 17 : 11) + "px; -fx-font-weight: bold; -fx-text-fill: " + text
                + "; -fx-background-color: " + (dark ? "rgba(21,24,29,0.85)" : "rgba(255,255,255,0.85)")
                + "; -fx-background-radius: 3; -fx-padding: 0 3 0 3;");
        label.setUserData(a);
        label.setMouseTransparent(true);
        return label;
    }

    private String name(int group) {
        return model.name(figures.grouping(), group, I18n.locale());
    }

    /** A link type's colour in the current theme. */
    private String linkColour(LinkType type) {
        if (!dark) {
            return ClusterPalette.linkType(type);
        }
        return type == LinkType.TRADE ? DarkTheme.TRADE : DarkTheme.COPATENT;
    }

    /** Dark for the core, lighter towards the periphery: the badge says how central a group is. */
    private static String badgeColour(ClusterRole role, boolean dark) {
        if (dark) {
            return switch (role) {
                case CORE_HUB -> "#0072B2";
                case EXTERNALLY_ORIENTED -> "#8a5f9e";
                case INTERNALLY_ORIENTED -> "#4f6f86";
                case PERIPHERAL -> "#5c636e";
            };
        }
        return switch (role) {
            case CORE_HUB -> "#1f2937";
            case EXTERNALLY_ORIENTED -> "#6b4c7a";
            case INTERNALLY_ORIENTED -> "#4b6376";
            case PERIPHERAL -> "#8a8a8a";
        };
    }
}
