package org.supracluster.ingest;

/**
 * How precisely a firm was placed on the map, best first (DESIGN.md, "Interchange format": a
 * firm keeps it, the inspector shows it and exports carry it).
 */
public enum Precision {
    /** The file gave the firm's coordinates. */
    GIVEN,
    /**
     * At the office (시청, 군청, 구청) of the municipality read from its address or city cell, from
     * the bundled table of {@link Municipalities}; good to about 15 km for most firms.
     */
    MUNICIPALITY,
    /** At its province's centre ({@link org.supracluster.model.Region#centreLat()}): only the province was known. */
    PROVINCE
}
