package org.supracluster.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;

/**
 * Text as glyph outlines: SVG path data drawn from the program's own NanumGothic, so a picture's
 * Hangul needs no font on the reader's machine. An embedded web font did not travel: librsvg
 * (rsvg-convert, GNOME, and through it many converters), Inkscape and office programs ignore
 * {@code @font-face} and showed boxes; and the font made the file 6 MB.
 *
 * <p>Glyphs are placed one after another by their advances (java.awt's {@link Font#createGlyphVector}):
 * no kerning and no shaping, which Hangul syllables and Latin labels do not need.
 */
public final class TextOutlines {

    /** The bold face, bundled beside {@link AnalysisReport#FONT_RESOURCE}. */
    public static final String BOLD_RESOURCE = "/fonts/NanumGothicBold.ttf";
    /** Antialiased, fractional metrics: advances as the font states them, not rounded to pixels. */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final Font regular;
    private final Font bold;

    /**
     * @param regular the face for plain text
     * @param bold    the face for bold text (the regular one will do)
     */
    public TextOutlines(Font regular, Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Holds the bundled faces once read: each is a 4.6 MB file. */
    private static final class Bundled {
        static final TextOutlines FACES = load();

        private static TextOutlines load() {
            try {
                Font r = read(AnalysisReport.FONT_RESOURCE);
                Font b = read(BOLD_RESOURCE);
                return r == null ? null : new TextOutlines(r, b == null ? r : b);
            } catch (IOException e) {
                return null;
            }
        }
    }

    /**
     * The program's NanumGothic, regular and bold; null when the program carries no font (then
     * pictures keep their text as text, in the reader's fonts).
     */
    public static TextOutlines bundled() {
        return Bundled.FACES;
    }

    private static Font read(String resource) throws IOException {
        try (InputStream in = TextOutlines.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException e) {
            throw new IOException("the program's font " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * SVG path data ({@code d}) of {@code text} with its baseline starting at (x, y), {@code size}
     * pixels high (the em), y downwards as in SVG; null when the face lacks a glyph for one of its
     * characters (such a text stays text rather than showing the font's empty box).
     */
    public String pathData(String text, double x, double y, double size, boolean boldFace) {
        Font face = (boldFace ? bold : regular).deriveFont((float) size);
        if (face.canDisplayUpTo(text) != -1) {
            return null;
        }
        GlyphVector glyphs = face.createGlyphVector(FRC, text);
        return path(glyphs.getOutline((float) x, (float) y));
    }

    /** A shape as SVG path data, absolute commands, two decimals at most. */
    static String path(Shape shape) {
        StringBuilder d = new StringBuilder();
        double[] p = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(p);
            switch (type) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(pts(p, 1));
                case PathIterator.SEG_LINETO -> d.append('L').append(pts(p, 1));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(pts(p, 2));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(pts(p, 3));
                case PathIterator.SEG_CLOSE -> d.append('Z');
                default -> throw new IllegalStateException("unknown path segment " + type);
            }
        }
        return d.toString();
    }

    private static String pts(double[] p, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 2 * n; i += 2) {
            s.append(i == 0 ? "" : " ").append(SvgWriter.num(p[i])).append(',').append(SvgWriter.num(p[i + 1]));
        }
        return s.toString();
    }
}
