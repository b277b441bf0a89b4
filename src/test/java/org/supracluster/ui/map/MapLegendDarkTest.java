package org.supracluster.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.model.ClusterScheme;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The legend's link samples are drawn in colours that show on its background, light or dark. */
@ExtendWith(ApplicationExtension.class)
class MapLegendDarkTest {

    @Start
    void start(Stage stage) {
    }

    private static List<Color> lineColours(MapLegend legend) {
        return legend.lookupAll("Line").stream().map(n -> (Color) ((Line) n).getStroke()).toList();
    }

    @Test
    void theDarkLegendsLinkSamplesAreTheDarkThemesLinkColours() throws Exception {
        List<List<Color>> colours = WaitForAsyncUtils.asyncFx(() -> {
            MapLegend legend = new MapLegend(ClusterScheme.defaultFive());
            List<Color> light = lineColours(legend);
            legend.setPresentation(true, true);
            List<Color> dark = lineColours(legend);
            legend.dispose();
            return List.of(light, dark);
        }).get();
        assertEquals(List.of(Color.web(MapLegend.TRADE_LINE), Color.web(MapLegend.COPATENT_LINE)), colours.get(0));
        // The light theme's #00508C on the dark legend (#1e2228) was all but invisible.
        assertEquals(List.of(Color.web(DarkTheme.TRADE), Color.web(DarkTheme.COPATENT)), colours.get(1));
    }
}
