package org.supracluster.ui.explorer;

import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.history.ExplorerState;
import org.supracluster.ui.history.HistoryViewModel;
import org.supracluster.ui.map.MapView;
import org.supracluster.ui.map.NetworkGraph;
import org.supracluster.ui.scenes.SceneViewModel;
import org.supracluster.ui.supermap.SuperMapView;
import org.supracluster.ui.supermap.SuperMapViewModel;

/**
 * How the maps follow the rest of the window and it follows them: the links and the selected
 * firm drawn, a click selecting a firm; the super-cluster map (Ctrl+K) shown instead of the firm
 * map, a click on a group showing its firms zoomed to them; the camera recorded for undo once it
 * settles, and read and moved by the scenes.
 */
final class MapWiring {

    private MapWiring() {
    }

    /**
     * The map's graph of a view model, showing its current links: safe off the JavaFX thread
     * while no viewer draws it yet.
     */
    static NetworkGraph graphOf(ExplorerViewModel model) {
        NetworkGraph g = new NetworkGraph(model.allLinks(), model.partition());
        g.show(model.linksProperty().get());
        return g;
    }

    static void connect(ExplorerViewModel model, MapView map, SuperMapViewModel superModel, SuperMapView superMap,
                        HistoryViewModel history, SceneViewModel scenes) {
        model.linksProperty().addListener((o, was, now) -> {
            map.show(now);
            map.networkGraph().select(model.selectedFirmProperty().get(), now);
        });
        map.setOnFirmClicked(firm -> model.selectedFirmProperty().set(firm));
        model.selectedFirmProperty().addListener((o, was, now) ->
                map.networkGraph().select(now.intValue(), model.linksProperty().get()));
        // The graph shows the current links already (graphOf); a firm selected
        // before the view existed (a scheme change keeps the selection) is highlighted here.
        map.networkGraph().select(model.selectedFirmProperty().get(), model.linksProperty().get());
        superMap.setVisible(false);
        superModel.modeProperty().addListener((o, was, now) -> {
            boolean groups = now == SuperMapViewModel.Mode.GROUPS;
            superMap.setVisible(groups);
            map.setVisible(!groups);
        });
        superMap.setOnGroupClicked(group -> {
            double[] box = superModel.expand(superModel.groupingProperty().get(), group);
            if (box != null && map.isShowingProvinces()) {
                map.zoomTo(box[0], box[1], box[2], box[3]);
            } else {
                map.resetCamera();
            }
        });
        map.setOnCameraSettled(() -> {
            ExplorerState.Camera c = camera(map);
            if (c.isKnown()) {
                history.cameraSettled(c.centreX(), c.centreY(), c.zoom());
            }
        });
        history.setCameraMover(c -> map.moveCamera(c.centreX(), c.centreY(), c.zoom()));
        scenes.setCameraSource(() -> camera(map));
        // A glide only makes sense within one layout; across layouts the positions jump anyway.
        scenes.setCameraMover((c, smooth) -> {
            if (smooth) {
                map.glideCamera(c.centreX(), c.centreY(), c.zoom(), 600);
            } else {
                map.moveCamera(c.centreX(), c.centreY(), c.zoom());
            }
        });
    }

    /** Where the map's camera is, or unknown once the map is closed. */
    private static ExplorerState.Camera camera(MapView map) {
        var camera = map.graphView().getCamera();
        if (camera == null) {
            return ExplorerState.Camera.UNKNOWN;
        }
        var c = camera.getViewCenter();
        return new ExplorerState.Camera(c.x, c.y, camera.getViewPercent());
    }
}
