package org.supracluster.model;

import java.util.Map;
import java.util.Objects;

/**
 * One firm as a value: what a row of {@code firms.csv} says once validated.
 *
 * @param employees head count, or -1 when unknown
 * @param attributes extra columns of the source file, kept as text
 * @param brn the business registration number (10 digits, no hyphens), or "" when not known
 * @param placement how precisely the coordinates place the firm
 */
public record Firm(String id, String name, Region region, String city, double lat, double lon,
                   Segment segment, int employees, Map<String, String> attributes, String brn, Placement placement) {

    public Firm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(segment, "segment");
        city = city == null ? "" : city;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        brn = brn == null ? "" : brn;
        placement = placement == null ? Placement.GIVEN : placement;
    }

    /** A firm whose coordinates were given, with no registration number. */
    public Firm(String id, String name, Region region, String city, double lat, double lon,
                Segment segment, int employees, Map<String, String> attributes) {
        this(id, name, region, city, lat, lon, segment, employees, attributes, "", Placement.GIVEN);
    }
}
