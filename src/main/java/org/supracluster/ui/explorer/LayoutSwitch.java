package org.supracluster.ui.explorer;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.supracluster.ui.I18n;
import org.supracluster.ui.layout.NetworkLayoutModel;
import org.supracluster.ui.map.MapView;

/**
 * The layout switch of the tool bar: two toggles (Map / Network) showing {@link
 * NetworkLayoutModel#modeProperty()}, a button to lay the network out again, the layout's options
 * ({@link LayoutOptionsButton}), the firms' sizes on the map for prevent overlap ({@link
 * MapFootprint}), and the positions
 * drawn on the map as they arrive: while the layout runs the camera keeps fitting the whole graph;
 * when it ends, or the layout changes, it is reset.
 */
final class LayoutSwitch {

    static final String LAYOUT_MAP_ID = "layout-map";
    static final String LAYOUT_NETWORK_ID = "layout-network";
    static final String LAYOUT_RERUN_ID = "layout-rerun";

    private final NetworkLayoutModel layout;
    private final ToggleButton mapLayout = new ToggleButton();
    private final ToggleButton networkLayout = new ToggleButton();
    private final Button rerun = new Button();
    private final LayoutOptionsButton options;
    private final I18n.Subscription language;

    LayoutSwitch(NetworkLayoutModel layout, MapView map) {
        this.layout = layout;
        mapLayout.setId(LAYOUT_MAP_ID);
        networkLayout.setId(LAYOUT_NETWORK_ID);
        rerun.setId(LAYOUT_RERUN_ID);
        ToggleGroup group = new ToggleGroup();
        group.getToggles().setAll(mapLayout, networkLayout);
        mapLayout.setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // A click on the chosen toggle would leave none chosen: keep the layout shown.
                group.selectToggle(was);
            } else {
                layout.modeProperty().set(now == networkLayout ? NetworkLayoutModel.Mode.NETWORK
                        : NetworkLayoutModel.Mode.MAP);
            }
        });
        layout.modeProperty().addListener((o, was, now) -> {
            group.selectToggle(now == NetworkLayoutModel.Mode.NETWORK ? networkLayout : mapLayout);
            if (now == NetworkLayoutModel.Mode.MAP) {
                map.resetCamera();
            }
        });
        rerun.visibleProperty().bind(networkLayout.selectedProperty());
        rerun.managedProperty().bind(rerun.visibleProperty());
        rerun.setOnAction(e -> layout.rerun());
        options = new LayoutOptionsButton(layout);
        options.button().visibleProperty().bind(networkLayout.selectedProperty());
        options.button().managedProperty().bind(options.button().visibleProperty());
        layout.setFootprint(() -> MapFootprint.of(map));
        layout.positionsProperty().addListener((o, was, now) -> {
            if (now == null) {
                map.placeFirms(null, null);
            } else {
                map.placeFirms(now.xs(), now.ys());
                if (was == null || now.isFinished() && !was.isFinished()) {
                    map.resetCamera();
                }
            }
        });
        language = I18n.addListener(locale -> texts());
        texts();
    }

    /** The two toggles, the re-run button and the options, for the tool bar. */
    List<Node> controls() {
        return List.of(mapLayout, networkLayout, rerun, options.button());
    }

    /** Ctrl+L: from the map to the network layout and back. */
    void toggle() {
        layout.modeProperty().set(layout.modeProperty().get() == NetworkLayoutModel.Mode.MAP
                ? NetworkLayoutModel.Mode.NETWORK : NetworkLayoutModel.Mode.MAP);
    }

    private void texts() {
        mapLayout.setText(I18n.get("layout.map"));
        networkLayout.setText(I18n.get("layout.network"));
        rerun.setText(I18n.get("layout.rerun"));
        mapLayout.setTooltip(new Tooltip(I18n.get("layout.tooltip")));
        networkLayout.setTooltip(new Tooltip(I18n.get("layout.tooltip")));
    }

    void dispose() {
        language.close();
        options.dispose();
    }
}
