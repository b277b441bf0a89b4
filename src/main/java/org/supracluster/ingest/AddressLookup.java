package org.supracluster.ingest;

import java.util.List;
import java.util.Optional;
import org.supracluster.model.Region;

/**
 * Reads a firm's province and municipality from its address or city cell, for {@link FirmPlace}.
 */
final class AddressLookup {

    /**
     * A place read from an address.
     *
     * @param municipality the municipality as it is shown ({@code 청주시 흥덕구}), or "" when only
     *                     the province was read
     * @param precise whether the point is the municipality's office (else the province's centre)
     */
    record Place(Region region, String municipality, double lat, double lon, boolean precise) { }

    /**
     * What the address gave.
     *
     * @param place the place, when one could be read
     * @param conflict the province the address names when it differs from the hint, else null
     * @param candidates the provinces (Korean short names) of a municipality name shared by
     *                   several, when the address does not say which
     */
    record Lookup(Optional<Place> place, Region conflict, List<String> candidates) { }

    private AddressLookup() {
    }

    static Lookup lookup(String text, Region hint) {
        String first = text.strip().split("\\s+", 2)[0];
        Optional<Region> named = Region.resolve(first);
        if (named.isPresent() && hint != null && named.get() != hint) {
            return new Lookup(Optional.empty(), named.get(), List.of());
        }
        Region region = named.orElse(hint);
        if (region == null) {
            return new Lookup(Optional.empty(), null, List.of());
        }
        String rest = named.isPresent() ? text.strip().substring(first.length()).strip() : text.strip();
        String cityWord = rest.isEmpty() ? "" : rest.split("\\s+", 2)[0];
        Optional<Gazetteer.Place> city = Gazetteer.city(cityWord, region);
        if (city.isPresent()) {
            return new Lookup(Optional.of(new Place(region, cityWord, city.get().lat(), city.get().lon(), true)), null,
                    List.of());
        }
        return new Lookup(Optional.of(new Place(region, "", region.centreLat(), region.centreLon(), false)), null,
                List.of());
    }
}
