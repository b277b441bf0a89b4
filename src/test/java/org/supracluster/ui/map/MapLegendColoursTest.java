package org.supracluster.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The legend tells the truth: its colours are the map stylesheet's. */
class MapLegendColoursTest {

    @Test
    void legendColoursAreTheStylesheetsClusterColours() {
        String css = MapView.STYLESHEET;
        for (int c = 0; c < MapLegend.CLUSTER_COLOURS.size(); c++) {
            Matcher m = Pattern.compile("node\\.c" + c + "\\s*\\{\\s*fill-color:\\s*(#[0-9A-Fa-f]{6})").matcher(css);
            assertTrue(m.find(), "map.css has no colour for c" + c);
            assertEquals(MapLegend.CLUSTER_COLOURS.get(c).toUpperCase(), m.group(1).toUpperCase());
        }
        Matcher other = Pattern.compile("node\\.other\\s*\\{\\s*fill-color:\\s*(#[0-9A-Fa-f]{6})").matcher(css);
        assertTrue(other.find());
        assertEquals(MapLegend.OTHER_COLOUR, other.group(1));
    }

    @Test
    void aSelectedFirmsNeighboursKeepTheirClustersColourAndAreNamedAtEveryZoom() {
        String css = MapView.STYLESHEET;
        for (int c = 0; c < MapLegend.CLUSTER_COLOURS.size(); c++) {
            Matcher m = Pattern.compile("node\\.c" + c + DrawPlan.NEIGHBOUR
                    + "\\s*\\{\\s*fill-color:\\s*(#[0-9A-Fa-f]{6});([^}]*)").matcher(css);
            assertTrue(m.find(), "map.css has no neighbour class for c" + c);
            assertEquals(MapLegend.CLUSTER_COLOURS.get(c).toUpperCase(), m.group(1).toUpperCase());
            assertTrue(m.group(2).contains("text-visibility-mode: normal"), m.group(2));
        }
        assertTrue(css.contains("node.other" + DrawPlan.NEIGHBOUR + " { fill-color: " + MapLegend.OTHER_COLOUR));
    }
}
