package org.supracluster.ui.inspector;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.supracluster.analysis.CartographyRole;

/**
 * Style-class names of the firm panels and their stylesheet. The role colours are the
 * colour-blind-safe Okabe–Ito palette (grey for the ultra-peripheral mass, warm colours for the
 * connectors, dark blue and green for hubs). The sheet is built here and handed to JavaFX as a
 * {@code data:} URL, so the panels carry their own look; {@link #STYLESHEET} can move to
 * {@code resources/css/} unchanged.
 */
public final class InspectorStyles {

    public static final String INSPECTOR = "inspector";
    public static final String TITLE = "inspector-title";
    public static final String FIRM_NAME = "inspector-firm-name";
    public static final String SUBTITLE = "inspector-subtitle";
    public static final String SECTION = "inspector-section";
    public static final String FACTS = "inspector-facts";
    public static final String FACT_LABEL = "inspector-fact-label";
    public static final String FACT_VALUE = "inspector-fact-value";
    public static final String ROLE = "inspector-role";
    public static final String PARTNERS = "inspector-partners";
    public static final String EMPTY = "inspector-empty";
    /** A small disc in a role's colour; add {@link #roleClass} too. */
    public static final String ROLE_DOT = "role-dot";
    public static final String FIRMS = "firms-view";
    public static final String FIRMS_TOOLBAR = "firms-toolbar";
    /** A table column of numbers (right-aligned). */
    public static final String NUMBER_COLUMN = "number-column";
    public static final String CARTOGRAPHY = "cartography-view";
    public static final String CARTOGRAPHY_CHART = "cartography-chart";
    public static final String BOUNDARY = "cartography-boundary";
    public static final String HUB_LINE = "cartography-hub-line";
    public static final String REGION_LABEL = "cartography-region-label";
    public static final String SELECTED_MARKER = "cartography-selected";
    public static final String LEGEND = "cartography-legend";
    public static final String NOTE = "firm-panel-note";

    /** Colour of each role (chart points, legend, the inspector's role disc). */
    public static final Map<CartographyRole, String> ROLE_COLOURS = roleColours();

    /** The panels' stylesheet (JavaFX CSS). */
    public static final String STYLESHEET = css();

    private InspectorStyles() {
    }

    private static Map<CartographyRole, String> roleColours() {
        Map<CartographyRole, String> m = new EnumMap<>(CartographyRole.class);
        m.put(CartographyRole.R1, "#9a9a9a");
        m.put(CartographyRole.R2, "#56B4E9");
        m.put(CartographyRole.R3, "#E69F00");
        m.put(CartographyRole.R4, "#CC79A7");
        m.put(CartographyRole.R5, "#0072B2");
        m.put(CartographyRole.R6, "#009E73");
        m.put(CartographyRole.R7, "#D55E00");
        return Map.copyOf(m);
    }

    /** The style class of a role: {@code role-r1} … {@code role-r7}. */
    public static String roleClass(CartographyRole role) {
        return "role-" + role.name().toLowerCase(Locale.ROOT);
    }

    /** {@link #STYLESHEET} as a URL for {@code getStylesheets().add(...)}. */
    public static String stylesheetUrl() {
        byte[] css = STYLESHEET.getBytes(StandardCharsets.UTF_8);
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css);
    }

    private static String css() {
        StringBuilder b = new StringBuilder("""
                .inspector { -fx-padding: 10; -fx-spacing: 6; }
                .inspector-title { -fx-font-size: 11px; -fx-text-fill: #6b6b6b; }
                .inspector-firm-name { -fx-font-size: 17px; -fx-font-weight: bold; -fx-wrap-text: true; }
                .inspector-subtitle { -fx-text-fill: #555555; }
                .inspector-section { -fx-font-weight: bold; -fx-padding: 8 0 2 0; }
                .inspector-facts { -fx-hgap: 12; -fx-vgap: 2; }
                .inspector-fact-label { -fx-text-fill: #555555; }
                .inspector-role { -fx-font-weight: bold; }
                .inspector-empty { -fx-text-fill: #6b6b6b; -fx-wrap-text: true; -fx-padding: 24 12 12 12; }
                .role-dot { -fx-background-radius: 6; -fx-min-width: 12; -fx-min-height: 12;
                            -fx-max-width: 12; -fx-max-height: 12; -fx-background-color: #cccccc; }
                .firms-toolbar { -fx-padding: 6; -fx-spacing: 10; -fx-alignment: center-left; }
                .firms-view .number-column { -fx-alignment: center-right; }
                .firm-panel-note { -fx-text-fill: #555555; }
                .cartography-legend { -fx-padding: 32 10 8 4; -fx-spacing: 5; }
                .cartography-chart .chart-symbol { -fx-background-insets: 0; -fx-background-radius: 4;
                                                   -fx-shape: "M0,5 A5,5 0 1,1 10,5 A5,5 0 1,1 0,5 Z";
                                                   -fx-scale-shape: true; -fx-padding: 3.5; -fx-cursor: hand; }
                .cartography-chart .chart-symbol.default-color4,
                .cartography-chart .chart-symbol.default-color5,
                .cartography-chart .chart-symbol.default-color6 { -fx-padding: 5; }
                .cartography-boundary { -fx-stroke: #8a8a8a; -fx-stroke-width: 1; -fx-stroke-dash-array: 5 4; }
                .cartography-hub-line { -fx-stroke: #444444; -fx-stroke-width: 1.2; }
                .cartography-region-label { -fx-fill: #555555; -fx-font-size: 12px; -fx-font-weight: bold; }
                .cartography-selected { -fx-stroke: #000000; -fx-stroke-width: 2; -fx-fill: transparent; }
                """);
        for (CartographyRole r : CartographyRole.values()) {
            String colour = ROLE_COLOURS.get(r);
            b.append(".role-dot.").append(roleClass(r)).append(" { -fx-background-color: ").append(colour)
                    .append("; }\n");
            b.append(".cartography-chart .chart-symbol.default-color").append(r.ordinal())
                    .append(" { -fx-background-color: ").append(colour).append("cc; }\n");
        }
        return b.toString();
    }
}
