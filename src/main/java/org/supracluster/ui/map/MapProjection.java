package org.supracluster.ui.map;

/**
 * Where a longitude/latitude goes on the map: the spherical Mercator projection (as web maps
 * use), with x in degrees of longitude and y the Mercator ordinate in the same units, so a
 * degree of longitude and the local degree of latitude keep their true proportion at each
 * latitude. Conformal, not equal-area: over South Korea's 33–39°N the scale varies by about 9 %.
 */
public final class MapProjection {

    private MapProjection() {
    }

    /** Map x of a longitude. */
    public static double x(double lon) {
        return lon;
    }

    /** Map y of a latitude (north is up: y grows with latitude). */
    public static double y(double lat) {
        return Math.toDegrees(Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2)));
    }

    /** The latitude of a map y (inverse of {@link #y}). */
    public static double lat(double y) {
        return Math.toDegrees(2 * Math.atan(Math.exp(Math.toRadians(y))) - Math.PI / 2);
    }
}
