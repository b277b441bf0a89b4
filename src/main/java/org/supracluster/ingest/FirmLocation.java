package org.supracluster.ingest;

import java.util.Optional;
import org.supracluster.model.Placement;
import org.supracluster.model.Region;

/**
 * A firm's coordinates from its file, checked against Korea's bounding box; missing coordinates
 * are filled from its municipality's office (when one was read from its address or city, see
 * {@link Municipalities}) or else the province's centre, with a warning. A coordinate that is given is always checked,
 * also when its partner is missing (then both are filled in, with one warning) or the region is
 * unknown (then nothing can be filled in, but the error is still reported).
 */
final class FirmLocation {

    private FirmLocation() {
    }

    /**
     * Returns {lat, lon}, or {@code null} after reporting an error (or when {@code region} is
     * {@code null}: the caller has reported that already).
     */
    static double[] resolve(String latText, String lonText, String latCol, String lonCol,
                            Municipalities.Place fill, Region region, String file, long line, ImportReport report) {
        if (latText.isEmpty() || lonText.isEmpty()) {
            boolean one = latText.isEmpty() != lonText.isEmpty();
            if (one) {
                boolean latGiven = !latText.isEmpty();
                if (!checkAlone(latGiven ? latText : lonText, latGiven, latGiven ? latCol : lonCol, file, line,
                        report)) {
                    return null;
                }
            }
            if (region == null) {
                return null;
            }
            Optional<Municipalities.Place> place = Optional.ofNullable(fill)
                    .filter(p -> p.region() == region && p.precision() == Placement.MUNICIPALITY);
            String where = place.map(p -> "the office of " + p.municipality())
                    .orElse("the centre of the province (" + region.englishName() + ")");
            if (one) {
                report.warning(file, line, latText.isEmpty() ? latCol : lonCol, "only one of lat and lon is given; "
                        + "both were filled in from " + where + ".");
            } else {
                report.warning(file, line, latCol, "no coordinates: placed at " + where + ".");
            }
            return place.map(p -> new double[] {p.lat(), p.lon()})
                    .orElse(new double[] {region.centreLat(), region.centreLon()});
        }
        Double lat = CsvCells.decimal(latText);
        Double lon = CsvCells.decimal(lonText);
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
            boolean latOk = lat >= Gazetteer.MIN_LAT && lat <= Gazetteer.MAX_LAT;
            report.error(file, line, latOk ? lonCol : latCol, "the point (" + latText + ", "
                    + lonText + ") lies outside South Korea (latitude " + Gazetteer.MIN_LAT + "–" + Gazetteer.MAX_LAT
                    + ", longitude " + Gazetteer.MIN_LON + "–" + Gazetteer.MAX_LON + ")." + hint);
            return null;
        }
        return new double[] {lat, lon};
    }

    /** Checks a latitude or longitude given without its partner; reports and returns false if it is wrong. */
    private static boolean checkAlone(String text, boolean isLat, String column, String file, long line,
                                      ImportReport report) {
        String what = isLat ? "latitude" : "longitude";
        Double v = CsvCells.decimal(text);
        if (v == null) {
            report.error(file, line, column, "the " + what + " is not a number: '" + text + "'.");
            return false;
        }
        double min = isLat ? Gazetteer.MIN_LAT : Gazetteer.MIN_LON;
        double max = isLat ? Gazetteer.MAX_LAT : Gazetteer.MAX_LON;
        if (v < min || v > max) {
            report.error(file, line, column, "the " + what + " " + text + " lies outside South Korea (" + what + " "
                    + min + "–" + max + ").");
            return false;
        }
        return true;
    }
}
