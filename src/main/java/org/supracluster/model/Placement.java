package org.supracluster.model;

/**
 * How precisely a firm was placed on the map, best first: its coordinates were given in the
 * file; it sits at the office of its municipality (시·군·구), read from its address or city; or
 * only its province was known and it sits at the province's centre.
 */
public enum Placement {
    GIVEN("given"), MUNICIPALITY("municipality"), PROVINCE("province");

    private final String code;

    Placement(String code) {
        this.code = code;
    }

    /** The word stored and exported ({@code given}, {@code municipality}, {@code province}). */
    public String code() {
        return code;
    }

    /** The placement a stored or exported word names; {@link #GIVEN} for anything else (older data). */
    public static Placement ofCode(String code) {
        for (Placement p : values()) {
            if (p.code.equals(code)) {
                return p;
            }
        }
        return GIVEN;
    }
}
