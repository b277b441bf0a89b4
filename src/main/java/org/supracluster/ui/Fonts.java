package org.supracluster.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The Korean font bundled with the program, NanumGothic (regular and bold, © NAVER, SIL Open
 * Font License 1.1; see {@code resources/fonts/README.md}), so that Hangul renders on machines
 * without Korean system fonts: in controls, tables, GraphStream's canvas labels and exported
 * images.
 *
 * <p>Call {@link #load()} once before the first scene is built (for example in
 * {@code Application.init()}); it registers both faces with JavaFX, after which the family
 * {@link #FAMILY} can be named anywhere JavaFX looks fonts up by name: in {@link #font}, in
 * stylesheets ({@code -fx-font-family: 'NanumGothic';}, see {@link #baseStylesheet()}) and in
 * GraphStream's stylesheet ({@code text-font: 'NanumGothic';}). Loading is idempotent and
 * thread-safe; the other methods load the fonts first if that has not happened yet.
 *
 * <p>Why "before the first scene": JavaFX builds a font's list of fallback fonts (used for
 * characters the font lacks) once, at its first use, and includes the fonts loaded by then.
 * Measured here (JavaFX 21, Monocle, no Korean system font): loaded first, even the default
 * {@code System} font and {@code DejaVu Sans} draw Hangul through that fallback; loaded after
 * Hangul was first drawn in the {@code System} font, that font keeps drawing empty boxes for the
 * rest of the run. Naming {@link #FAMILY} explicitly (stylesheet, {@link #font}) does not depend
 * on that order and gives one consistent Korean typeface, so do both.
 *
 * <p>With {@link #baseStylesheet()} on a scene, its {@code .root} font wins over a control's
 * {@code setFont(...)} (JavaFX lets author stylesheets override values set in code): make a
 * control bold or larger with CSS ({@code -fx-font-weight: bold;}, which selects the bold face).
 * {@link #font} is for nodes outside such a scene, canvases and images.
 */
public final class Fonts {

    /**
     * The family name JavaFX reports for both bundled faces (checked at load time, also under a
     * Korean default locale, where the font's Korean name 나눔고딕 is not what JavaFX reports).
     */
    public static final String FAMILY = "NanumGothic";
    /** Classpath resource of the regular face. */
    public static final String REGULAR_RESOURCE = "/fonts/NanumGothic.ttf";
    /** Classpath resource of the bold face (JavaFX picks it for {@link FontWeight#BOLD} and heavier). */
    public static final String BOLD_RESOURCE = "/fonts/NanumGothicBold.ttf";
    /** Classpath resource of the stylesheet that makes {@link #FAMILY} the default font. */
    public static final String BASE_STYLESHEET_RESOURCE = "/css/base.css";
    /** Size used when no size is given: JavaFX's usual default on a desktop. */
    public static final double DEFAULT_SIZE = 13;

    private static final Object LOCK = new Object();
    private static volatile boolean loaded;

    private Fonts() {
    }

    /**
     * Registers the bundled regular and bold faces with JavaFX, once; later calls return at once.
     * Safe to call from any thread, before or after the JavaFX toolkit has started.
     *
     * @throws IllegalStateException if a font resource is missing from the classpath, cannot be
     *         read as a font, or reports a family other than {@link #FAMILY}
     */
    public static void load() {
        if (loaded) {
            return;
        }
        synchronized (LOCK) {
            if (!loaded) {
                loadResource(REGULAR_RESOURCE, DEFAULT_SIZE);
                loadResource(BOLD_RESOURCE, DEFAULT_SIZE);
                loaded = true;
            }
        }
    }

    /** Whether {@link #load()} has completed. */
    public static boolean isLoaded() {
        return loaded;
    }

    /** The bundled font, regular weight, at {@code size} points. */
    public static Font font(double size) {
        return font(FontWeight.NORMAL, size);
    }

    /**
     * The bundled font at a weight and size. JavaFX has two faces of this family to choose from:
     * {@link FontWeight#BOLD} and heavier get the bold face, lighter weights the regular one.
     *
     * @throws IllegalArgumentException if {@code size} is not a positive number
     */
    public static Font font(FontWeight weight, double size) {
        Objects.requireNonNull(weight, "weight");
        if (!(size > 0) || Double.isInfinite(size)) {
            throw new IllegalArgumentException("font size must be a positive number: " + size);
        }
        load();
        return Font.font(FAMILY, weight, size);
    }

    /** The bundled bold face at {@code size} points. */
    public static Font bold(double size) {
        return font(FontWeight.BOLD, size);
    }

    /**
     * The external form of {@code css/base.css}, which sets {@link #FAMILY} on {@code .root}; add
     * it to a scene's stylesheets after {@link #load()} (this method loads the fonts too).
     *
     * @throws IllegalStateException if the stylesheet is missing from the classpath
     */
    public static String baseStylesheet() {
        load();
        URL url = Fonts.class.getResource(BASE_STYLESHEET_RESOURCE);
        if (url == null) {
            throw new IllegalStateException("Stylesheet resource " + BASE_STYLESHEET_RESOURCE
                    + " is missing from the classpath (expected under resources/css/)");
        }
        return url.toExternalForm();
    }

    /**
     * Loads one font file from the classpath and checks its family. Package-private so that a
     * test can show the failure for a missing resource.
     */
    static Font loadResource(String resource, double size) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font resource " + resource
                        + " is missing from the classpath (expected under resources/fonts/); without it"
                        + " Hangul shows as empty boxes on machines without a Korean system font");
            }
            Font font = Font.loadFont(in, size);
            if (font == null) {
                throw new IllegalStateException("JavaFX could not load font resource " + resource
                        + " (not a TrueType/OpenType font?)");
            }
            if (!FAMILY.equals(font.getFamily())) {
                throw new IllegalStateException("Font resource " + resource + " has family '"
                        + font.getFamily() + "', expected '" + FAMILY + "'");
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read font resource " + resource, e);
        }
    }
}
