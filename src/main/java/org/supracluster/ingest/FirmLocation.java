package org.supracluster.ingest;

import java.util.Optional;
import org.supracluster.model.Region;

/**
 * A firm's coordinates from its file, checked against Korea's bounding box; missing coordinates
 * are filled from the city's centre (when the {@link Gazetteer} knows the city in that province)
 * or else the province's centre, with a warning.
 */
final class FirmLocation {

    private FirmLocation() {
    }

    /** Returns {lat, lon}, or {@code null} after reporting an error. */
    static double[] resolve(String latText, String lonText, String latCol, String lonCol, String city,
                            Region region, String file, long line, ImportReport report) {
        if (latText.isEmpty() || lonText.isEmpty()) {
            if (latText.isEmpty() != lonText.isEmpty()) {
                report.warning(file, line, latText.isEmpty() ? latCol : lonCol, "only one of lat and lon is given; "
                        + "both were filled in.");
            }
            Optional<Gazetteer.Place> place = Gazetteer.city(city, region);
            if (place.isPresent()) {
                report.warning(file, line, latCol, "no coordinates: placed at the centre of " + place.get().englishName()
                        + ".");
                return new double[] {place.get().lat(), place.get().lon()};
            }
            report.warning(file, line, latCol, "no coordinates: placed at the centre of the province ("
                    + region.englishName() + ").");
            return new double[] {region.centreLat(), region.centreLon()};
        }
        Double lat = number(latText);
        Double lon = number(lonText);
        if (lat == null) {
            report.error(file, line, latCol, "the latitude is not a number: '" + latText + "'.");
        }
        if (lon == null) {
            report.error(file, line, lonCol, "the longitude is not a number: '" + lonText + "'.");
        }
        if (lat == null || lon == null) {
            return null;
        }
        if (!Gazetteer.inKorea(lat, lon)) {
            String hint = Gazetteer.inKorea(lon, lat) ? " The latitude and longitude look swapped." : "";
            report.error(file, line, Gazetteer.inKorea(lat, 127) ? lonCol : latCol, "the point (" + latText + ", "
                    + lonText + ") lies outside South Korea (latitude " + Gazetteer.MIN_LAT + "–" + Gazetteer.MAX_LAT
                    + ", longitude " + Gazetteer.MIN_LON + "–" + Gazetteer.MAX_LON + ")." + hint);
            return null;
        }
        return new double[] {lat, lon};
    }

    private static Double number(String text) {
        try {
            double d = Double.parseDouble(text);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
