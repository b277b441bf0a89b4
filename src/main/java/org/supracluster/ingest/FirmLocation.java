package org.supracluster.ingest;

import java.util.Optional;
import org.supracluster.model.Message;
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
            Message.Words where = place.map(p -> Message.either("the office of " + p.municipality(),
                            p.municipality() + " 청사"))
                    .orElse(Message.either("the centre of the province (" + region.englishName() + ")",
                            "시도 중심(" + region.koreanName() + ")"));
            if (one) {
                report.warning(file, line, latText.isEmpty() ? latCol : lonCol,
                        Message.of("ingest.coordinates.oneGiven", where));
            } else {
                report.warning(file, line, latCol, Message.of("ingest.coordinates.none", where));
            }
            return place.map(p -> new double[] {p.lat(), p.lon()})
                    .orElse(new double[] {region.centreLat(), region.centreLon()});
        }
        Double lat = CsvCells.decimal(latText);
        Double lon = CsvCells.decimal(lonText);
        if (lat == null) {
            report.error(file, line, latCol, Message.of("ingest.latitude.notNumber", Message.quoted(latText)));
        }
        if (lon == null) {
            report.error(file, line, lonCol, Message.of("ingest.longitude.notNumber", Message.quoted(lonText)));
        }
        if (lat == null || lon == null) {
            return null;
        }
        if (!Gazetteer.inKorea(lat, lon)) {
            Message.Words hint = Gazetteer.inKorea(lon, lat)
                    ? Message.either(" The latitude and longitude look swapped.", " 위도와 경도가 뒤바뀐 것 같습니다.")
                    : Message.either("", "");
            boolean latOk = lat >= Gazetteer.MIN_LAT && lat <= Gazetteer.MAX_LAT;
            // Bounds as Java writes doubles ("33.0"), not as MessageFormat would ("33").
            report.error(file, line, latOk ? lonCol : latCol, Message.of("ingest.point.outside", latText, lonText,
                    String.valueOf(Gazetteer.MIN_LAT), String.valueOf(Gazetteer.MAX_LAT),
                    String.valueOf(Gazetteer.MIN_LON), String.valueOf(Gazetteer.MAX_LON), hint));
            return null;
        }
        return new double[] {lat, lon};
    }

    /** Checks a latitude or longitude given without its partner; reports and returns false if it is wrong. */
    private static boolean checkAlone(String text, boolean isLat, String column, String file, long line,
                                      ImportReport report) {
        String what = isLat ? "ingest.latitude" : "ingest.longitude";
        Double v = CsvCells.decimal(text);
        if (v == null) {
            report.error(file, line, column, Message.of(what + ".notNumber", Message.quoted(text)));
            return false;
        }
        double min = isLat ? Gazetteer.MIN_LAT : Gazetteer.MIN_LON;
        double max = isLat ? Gazetteer.MAX_LAT : Gazetteer.MAX_LON;
        if (v < min || v > max) {
            report.error(file, line, column, Message.of(what + ".outside", text, String.valueOf(min),
                    String.valueOf(max)));
            return false;
        }
        return true;
    }
}
