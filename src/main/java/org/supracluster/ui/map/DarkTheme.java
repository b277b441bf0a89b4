package org.supracluster.ui.map;

/**
 * Presenter mode's dark theme, one set of colours for every view and picture that follows it (the
 * firm map, the super-cluster map, their legends and pictures, the presenter's header): a
 * near-black sea for dim rooms and projectors, lighter land, light text, and the two link types
 * lightened so they stand out from the dark land.
 */
public final class DarkTheme {

    public static final String SEA = "#15181d";
    public static final String LAND = "#2a2f37";
    public static final String BORDER = "#59616d";
    public static final String TEXT = "#e8e8e8";
    /** Secondary text: subtitles, hints, leader lines. */
    public static final String MUTED_TEXT = "#b8bec8";
    /** Trade's blue, lighter (the Okabe–Ito sky blue). */
    public static final String TRADE = "#56B4E9";
    /** Co-patent's near-black would vanish on the dark sea: light grey. */
    public static final String COPATENT = "#d9d9d9";

    private DarkTheme() {
    }
}
