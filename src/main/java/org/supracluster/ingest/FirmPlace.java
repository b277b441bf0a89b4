package org.supracluster.ingest;

import java.util.HashMap;
import java.util.Map;
import org.supracluster.model.Message;
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

    /**
     * The answers of {@link Municipalities#lookup} for one file, by province hint and text: a
     * firms file names the same few hundred cities over 100,000 rows, and reading one is the
     * largest part of checking a row. A lookup depends on nothing else, so a remembered answer is
     * the answer.
     */
    static final class Lookups {
        private static final int MAX = 100_000;
        private final Map<String, Municipalities.Lookup> known = new HashMap<>();

        Municipalities.Lookup lookup(String text, Region hint) {
            String key = (hint == null ? "" : hint.iso()) + '\n' + text;
            Municipalities.Lookup l = known.get(key);
            if (l == null) {
                l = Municipalities.lookup(text, hint);
                if (known.size() < MAX) {
                    known.put(key, l);
                }
            }
            return l;
        }
    }

    /** The firm's place, or {@code null} after reporting an error. */
    static Placed place(String regionText, String address, String city, String latText, String lonText, String file,
                        long line, ImportReport report, Lookups lookups) {
        Region region = null;
        if (!regionText.isEmpty()) {
            region = Region.resolve(regionText).orElse(null);
            if (region == null) {
                report.error(file, line, "region", Message.of("ingest.region.unknown", Message.quoted(regionText)));
                // The coordinates are still checked, so that every fault of the row is reported at once.
                FirmLocation.resolve(latText, lonText, "lat", "lon", null, null, file, line, report);
                return null;
            }
        }
        String where = !address.isEmpty() ? address : city;
        String whereColumn = !address.isEmpty() ? "address" : "city";
        Municipalities.Lookup found = where.isEmpty() ? null : lookups.lookup(where, region);
        Municipalities.Place place = null;
        if (found instanceof Municipalities.Found f) {
            if (f.contradictsHint() && f.written() != null) {
                report.error(file, line, whereColumn, Message.of("ingest.region.contradicted", whereColumn,
                        Message.quoted(where), f.at().region().koreanName(), region.koreanName()));
                return null;
            }
            // A municipality of another province named without its province ('Suwon' for a firm in
            // Chungbuk) is not used: the region column is the firm's word for where it is.
            place = f.contradictsHint() ? null : f.at();
        } else if (found instanceof Municipalities.Ambiguous a && region == null) {
            report.error(file, line, whereColumn, Message.of("ingest.municipality.ambiguous", Message.quoted(a.name()),
                    String.join(", ", a.regions().stream().map(Region::koreanName).toList()), whereColumn));
            return null;
        }
        if (region == null && place != null) {
            region = place.region();
        }
        if (region == null) {
            report.error(file, line, where.isEmpty() ? "region" : whereColumn, where.isEmpty()
                    ? Message.of("ingest.region.empty")
                    : Message.of("ingest.region.unreadable", whereColumn, Message.quoted(where)));
            return null;
        }
        boolean atOffice = place != null && place.precision() == Placement.MUNICIPALITY;
        // A city cell is kept as written; from an address, the municipality read from it.
        String shown = !city.isEmpty() || !atOffice ? city : place.municipality();
        if (!latText.isEmpty() && !lonText.isEmpty()) {
            double[] latLon = FirmLocation.resolve(latText, lonText, "lat", "lon", place, region, file, line, report);
            return latLon == null ? null : new Placed(region, shown, latLon[0], latLon[1], Placement.GIVEN);
        }
        if (!latText.isEmpty() || !lonText.isEmpty()) {
            // One of the two: checked and reported (filled in from the city or province centre).
            double[] latLon = FirmLocation.resolve(latText, lonText, "lat", "lon", place, region, file, line, report);
            if (latLon == null) {
                return null;
            }
            return new Placed(region, shown, latLon[0], latLon[1], atOffice ? Placement.MUNICIPALITY
                    : Placement.PROVINCE);
        }
        if (atOffice) {
            return new Placed(region, shown, place.lat(), place.lon(), Placement.MUNICIPALITY);
        }
        Message.Words province = Message.either(region.englishName(), region.koreanName());
        report.warning(file, line, "lat", where.isEmpty() ? Message.of("ingest.place.provinceCentre", province)
                : Message.of("ingest.place.provinceCentreNoMunicipality", province, region.koreanName(), whereColumn,
                        Message.quoted(where)));
        return new Placed(region, city, region.centreLat(), region.centreLon(), Placement.PROVINCE);
    }
}
