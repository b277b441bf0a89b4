package org.supracluster.model;

import java.util.Map;
import java.util.Objects;

/**
 * One firm as a value: what a row of {@code firms.csv} says once validated.
 *
 * @param employees head count, or -1 when unknown
 * @param attributes extra columns of the source file, kept as text
 */
public record Firm(String id, String name, Region region, String city, double lat, double lon,
                   Segment segment, int employees, Map<String, String> attributes) {

    public Firm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(segment, "segment");
        city = city == null ? "" : city;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
