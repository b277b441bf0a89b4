package org.supracluster.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link MapScene} as an SVG 1.1 document that browsers and Inkscape open. Firms are
 * {@code <circle class="firm">} elements (one per firm drawn, with the firm id in
 * {@code data-firm}), links {@code <line>}, provinces {@code <polygon>}.
 *
 * <p>Text: with {@link TextOutlines} given, each text is a {@code <path class="text">} of its glyph
 * outlines in the program's NanumGothic, with the words in its {@code <title>} and
 * {@code aria-label} (for screen readers and search), so Hangul shows in librsvg, Inkscape and
 * office programs on a machine without Korean fonts; without them (or for a text the font cannot
 * draw), a {@code <text>} element in the families {@value #FONT_FAMILY}.
 */
public final class SvgWriter {

    /** The text's font list: the embedded font first, then common Korean fonts. */
    public static final String FONT_FAMILY = "NanumGothic, 'Noto Sans KR', sans-serif";
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private final TextOutlines outlines;

    /**
     * @param outlines the faces that draw text as paths ({@link TextOutlines#bundled()}), or null
     *                 to write text as text
     */
    public SvgWriter(TextOutlines outlines) {
        this.outlines = outlines;
    }

    /** Writes the picture to {@code out} (flushed, not closed). */
    public void write(MapScene scene, OutputStream out) throws IOException {
        XmlDocument.write(out, "SVG", w -> {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("svg");
            w.writeDefaultNamespace(SVG_NS);
            w.writeAttribute("version", "1.1");
            w.writeAttribute("width", num(scene.width()));
            w.writeAttribute("height", num(scene.height()));
            w.writeAttribute("viewBox", "0 0 " + num(scene.width()) + " " + num(scene.height()));
            w.writeAttribute("font-family", FONT_FAMILY);
            w.writeCharacters("\n");
            w.writeEmptyElement("rect");
            w.writeAttribute("width", "100%");
            w.writeAttribute("height", "100%");
            w.writeAttribute("fill", scene.background());
            w.writeCharacters("\n");
            for (MapScene.Element e : scene.elements()) {
                element(w, e);
            }
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
        });
    }

    private void element(XMLStreamWriter w, MapScene.Element e) throws XMLStreamException {
        if (e instanceof MapScene.Group g) {
            w.writeStartElement("g");
            w.writeAttribute("id", g.id());
            w.writeCharacters("\n");
            for (MapScene.Element c : g.elements()) {
                element(w, c);
            }
            w.writeEndElement();
        } else if (e instanceof MapScene.Polygon p) {
            w.writeEmptyElement("polygon");
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < p.points().length; i += 2) {
                points.append(i == 0 ? "" : " ").append(num(p.points()[i])).append(',').append(num(p.points()[i + 1]));
            }
            w.writeAttribute("points", points.toString());
            w.writeAttribute("fill", p.fill());
            w.writeAttribute("stroke", p.stroke());
            w.writeAttribute("stroke-width", num(p.strokeWidth()));
            w.writeAttribute("stroke-linejoin", "round");
        } else if (e instanceof MapScene.Line l) {
            w.writeEmptyElement("line");
            w.writeAttribute("x1", num(l.x1()));
            w.writeAttribute("y1", num(l.y1()));
            w.writeAttribute("x2", num(l.x2()));
            w.writeAttribute("y2", num(l.y2()));
            w.writeAttribute("stroke", l.colour());
            w.writeAttribute("stroke-opacity", num(l.opacity()));
            w.writeAttribute("stroke-width", num(l.width()));
            if (l.dashed()) {
                w.writeAttribute("stroke-dasharray", "4 3");
            }
        } else if (e instanceof MapScene.Circle c) {
            w.writeEmptyElement("circle");
            if (c.firmId() != null) {
                w.writeAttribute("class", "firm");
                w.writeAttribute("data-firm", c.firmId());
            }
            w.writeAttribute("cx", num(c.cx()));
            w.writeAttribute("cy", num(c.cy()));
            w.writeAttribute("r", num(c.r()));
            w.writeAttribute("fill", c.fill());
            if (c.opacity() < 1) {
                w.writeAttribute("fill-opacity", num(c.opacity()));
            }
            if (c.stroke() != null) {
                w.writeAttribute("stroke", c.stroke());
                w.writeAttribute("stroke-width", num(c.strokeWidth()));
            }
        } else if (e instanceof MapScene.Rect r) {
            w.writeEmptyElement("rect");
            w.writeAttribute("x", num(r.x()));
            w.writeAttribute("y", num(r.y()));
            w.writeAttribute("width", num(r.w()));
            w.writeAttribute("height", num(r.h()));
            if (r.rx() > 0) {
                w.writeAttribute("rx", num(r.rx()));
            }
            w.writeAttribute("fill", r.fill());
            if (r.opacity() < 1) {
                w.writeAttribute("fill-opacity", num(r.opacity()));
            }
            if (r.stroke() != null) {
                w.writeAttribute("stroke", r.stroke());
            }
        } else if (e instanceof MapScene.Curve c) {
            w.writeEmptyElement("path");
            w.writeAttribute("d", "M" + num(c.x0()) + "," + num(c.y0()) + " Q" + num(c.cx()) + "," + num(c.cy()) + " "
                    + num(c.x1()) + "," + num(c.y1()));
            w.writeAttribute("fill", "none");
            stroke(w, c.colour(), c.opacity(), c.width(), c.dash());
            if (c.roundCap()) {
                w.writeAttribute("stroke-linecap", "round");
            }
        } else if (e instanceof MapScene.Ring r) {
            w.writeEmptyElement("circle");
            w.writeAttribute("class", "ring");
            w.writeAttribute("cx", num(r.cx()));
            w.writeAttribute("cy", num(r.cy()));
            w.writeAttribute("r", num(r.r()));
            w.writeAttribute("fill", "none");
            stroke(w, r.colour(), r.opacity(), r.width(), r.dash());
        } else if (e instanceof MapScene.Text t) {
            text(w, t);
        }
        w.writeCharacters("\n");
    }

    private void text(XMLStreamWriter w, MapScene.Text t) throws XMLStreamException {
        String d = outlines == null || t.text().isBlank() ? null
                : outlines.pathData(t.text(), t.x(), t.y(), t.size(), t.bold());
        if (d != null) {
            w.writeStartElement("path");
            w.writeAttribute("class", "text");
            w.writeAttribute("aria-label", t.text());
            w.writeAttribute("d", d);
            w.writeAttribute("fill", t.fill());
            w.writeStartElement("title");
            w.writeCharacters(t.text());
            w.writeEndElement();
            w.writeEndElement();
        } else {
            w.writeStartElement("text");
            w.writeAttribute("x", num(t.x()));
            w.writeAttribute("y", num(t.y()));
            w.writeAttribute("font-size", num(t.size()));
            if (t.bold()) {
                w.writeAttribute("font-weight", "bold");
            }
            w.writeAttribute("fill", t.fill());
            w.writeCharacters(t.text());
            w.writeEndElement();
        }
    }

    private static void stroke(XMLStreamWriter w, String colour, double opacity, double width, double[] dash)
            throws XMLStreamException {
        w.writeAttribute("stroke", colour);
        if (opacity < 1) {
            w.writeAttribute("stroke-opacity", num(opacity));
        }
        w.writeAttribute("stroke-width", num(width));
        if (dash.length > 0) {
            StringBuilder d = new StringBuilder();
            for (double v : dash) {
                d.append(d.length() == 0 ? "" : " ").append(num(v));
            }
            w.writeAttribute("stroke-dasharray", d.toString());
        }
    }

    /** A number with at most two decimals, no exponent, point as decimal separator. */
    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        return s.equals("-0") ? "0" : s;
    }
}
