package org.supracluster.ui.map;

/**
 * The map's GraphStream stylesheets: the base ({@code /css/map.css}) and what presenter mode
 * and its dark theme add to it.
 */
final class MapStylesheet {

    /**
     * {@code /css/map.css} as text: GraphStream parses a string as well as it does a URL, and a
     * string needs no URL handler for a resource inside the jar.
     */
    static final String BASE = read();

    /** Additions to {@link #BASE} for presenter mode: names readable from the back of a room. */
    static final String PRESENTER_CSS = "node { text-size: 18px; } node.selected { text-size: 22px; }";
    /** Text size of the always-drawn names in presenter mode. */
    static final int PRESENTER_LABEL_SIZE_PX = 20;
    /**
     * Additions for the dark theme: a dark sea and light names. The selected firm's name is light on
     * a dark box (GraphStream draws a bold name's box short and offset: a dark box on the dark sea
     * hides that, a light one showed it); its links in the theme's light link colours.
     */
    static final String DARK_CSS = "graph { fill-color: " + DarkTheme.SEA + "; } node { text-color: " + DarkTheme.TEXT
            + "; stroke-color: " + DarkTheme.SEA + "; }"
            + " node.selected { fill-color: #ffffff; text-color: #ffffff;"
            + " text-background-color: rgba(21, 24, 29, 220); }"
            + " edge.trade { fill-color: rgba(110, 170, 255, 60); }"
            + " edge.copatent { stroke-color: rgba(230, 230, 230, 45); }"
            + " node.dimmed { text-color: rgba(232, 232, 232, 90); }"
            + " edge.tradeSelected { fill-color: " + DarkTheme.TRADE + "; }"
            + " edge.copatentSelected { stroke-color: " + DarkTheme.COPATENT + "; }";
    /** What the base stylesheet leaves at GraphStream's defaults and the dark theme changes. */
    private static final String LIGHT_RESET = "node { text-color: #000000; }";

    private MapStylesheet() {
    }

    /** The stylesheet for presenter mode's larger names ({@code large}) and dark theme, or neither. */
    static String of(boolean large, boolean dark) {
        return BASE + "\n" + LIGHT_RESET + (large ? "\n" + PRESENTER_CSS : "") + (dark ? "\n" + DARK_CSS : "");
    }

    private static String read() {
        try (var in = MapStylesheet.class.getResourceAsStream("/css/map.css")) {
            if (in == null) {
                throw new IllegalStateException("the program's map stylesheet /css/map.css is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
