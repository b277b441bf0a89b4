package org.supracluster.ui.map;

import org.graphstream.ui.view.camera.Camera;

/**
 * The screen as GraphStream's camera last drew the map, for {@link NamePlacement}: map units to
 * pixels through the camera's transform, the view's size, and whether the zoom-only names show.
 */
record CameraScreen(Camera camera, double width, double height) implements NamePlacement.Screen {

    @Override
    public double x(double mapX, double mapY) {
        return camera.transformGuToPx(mapX, mapY, 0).x;
    }

    @Override
    public double y(double mapX, double mapY) {
        return camera.transformGuToPx(mapX, mapY, 0).y;
    }

    /** map.css draws the zoom-only names under this view percent ({@code text-visibility}). */
    @Override
    public boolean zoomedIn() {
        return camera.getViewPercent() <= MapPicture.LABEL_ZOOM;
    }
}
