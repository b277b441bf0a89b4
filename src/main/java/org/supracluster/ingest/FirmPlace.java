package org.supracluster.ingest;

import java.util.Optional;
import org.supracluster.model.Placement;
import org.supracluster.model.Region;

/**
 * Where a firm of a firms file sits, best first (DESIGN.md, "Interchange format"): its
 * {@code lat}/{@code lon} as given; else the office of its municipality (시·군·구) read from its
 * {@code address} or {@code city}; else its province's centre. Its region is the {@code region}
 * column's, else the one its address or city names. An address in another province than the
 * region column's is an error naming both (one of them is wrong, and guessing which would put
 * the firm in the wrong cluster).
 */
final class FirmPlace {

    /** Where a firm was placed, and how precisely. {@code city} is the municipality when one was read. */
    record Placed(Region region, String city, double lat, double lon, Placement placement) { }

    private FirmPlace() {
    }

    /** The firm's place, or {@code null} after reporting an error. */
    static Placed place(String regionText, String address, String city, String latText, String lonText, String file,
                        long line, ImportReport report) {
        Region region = null;
        if (!regionText.isEmpty()) {
            region = Region.resolve(regionText).orElse(null);
            if (region == null) {
                report.error(file, line, "region", "unknown region '" + regionText + "' (use a province name such as "
                        + "경기, 경기도, Gyeonggi, KR-41 or 41).");
                // The coordinates are still checked, so that every fault of the row is reported at once.
                FirmLocation.resolve(latText, lonText, "lat", "lon", city, null, file, line, report);
                return null;
            }
        }
        String where = !address.isEmpty() ? address : city;
        String whereColumn = !address.isEmpty() ? "address" : "city";
        Optional<AddressLookup.Lookup> found = where.isEmpty() ? Optional.empty()
                : Optional.of(AddressLookup.lookup(where, region));
        if (found.isPresent() && found.get().conflict() != null) {
            report.error(file, line, whereColumn, "the " + whereColumn + " '" + where + "' is in "
                    + found.get().conflict().koreanName() + " but the region is " + region.koreanName()
                    + "; correct one of them.");
            return null;
        }
        AddressLookup.Place place = found.flatMap(AddressLookup.Lookup::place).orElse(null);
        if (region == null && place != null) {
            region = place.region();
        }
        if (region == null) {
            if (found.isPresent() && !found.get().candidates().isEmpty()) {
                report.error(file, line, whereColumn, "'" + where + "' names a municipality in several provinces ("
                        + String.join(", ", found.get().candidates()) + "); add the province to the " + whereColumn
                        + " or give a region column.");
            } else {
                report.error(file, line, where.isEmpty() ? "region" : whereColumn, where.isEmpty()
                        ? "the region is empty." : "no province can be read from the " + whereColumn + " '" + where
                        + "'; start it with the province (경기도 …, 충북 …) or give a region column.");
            }
            return null;
        }
        if (!latText.isEmpty() || !lonText.isEmpty()) {
            double[] latLon = FirmLocation.resolve(latText, lonText, "lat", "lon", city, region, file, line, report);
            if (latLon == null) {
                return null;
            }
            boolean given = !latText.isEmpty() && !lonText.isEmpty();
            Placement p = given ? Placement.GIVEN : Placement.MUNICIPALITY;
            String shown = city.isEmpty() && place != null ? place.municipality() : city;
            if (!given && place != null && place.precise()) {
                return new Placed(region, shown, place.lat(), place.lon(), p);
            }
            return new Placed(region, shown, latLon[0], latLon[1], given ? p : Placement.PROVINCE);
        }
        if (place != null && place.precise()) {
            // A city cell is kept as written; from an address, the municipality read from it.
            return new Placed(region, city.isEmpty() ? place.municipality() : city, place.lat(), place.lon(),
                    Placement.MUNICIPALITY);
        }
        // The province only: a city the table does not know is kept as written, and said.
        report.warning(file, line, "lat", "no coordinates: placed at the centre of the province ("
                + region.englishName() + ")" + (where.isEmpty() ? "." : "; no municipality of " + region.koreanName()
                + " was found in the " + whereColumn + " '" + where + "'."));
        return new Placed(region, city, region.centreLat(), region.centreLon(), Placement.PROVINCE);
    }
}
