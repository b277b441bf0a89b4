package org.supracluster.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The SVG writer on a tiny hand-made picture: well-formed, escaped, one circle per firm. */
public class SvgWriterTest {

    public static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    private static MapScene scene() {
        return new MapScene(200, 100, "#fbfaf6", List.of(
                new MapScene.Group("provinces", List.of(new MapScene.Polygon(new double[] {0, 0, 50, 0, 25, 40},
                        "#efeee6", "#b8b6a8", 1))),
                new MapScene.Line(10, 10, 60.126, 80, "#005096", 0.15, 1.2, false),
                new MapScene.Line(10, 10, 60, 80, "#1e1e1e", 0.13, 1, true),
                new MapScene.Circle(10, 10, 2.5, "#0072B2", 1, "#ffffff", 0.5, "a&b"),
                new MapScene.Circle(60, 80, 3, "#999999", 0.3, null, 0, "<x>"),
                new MapScene.Group("legend", List.of(new MapScene.Rect(5, 5, 10, 10, 5, "#0072B2", 1, "#ffffff"))),
                new MapScene.Text(70, 80, "서울 \"설계\" <001> & co", 11, true, "#000000")));
    }

    @Test
    void writesWellFormedSvgWithOneCirclePerFirmAndEscapedText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgWriter(null).write(scene(), out);
        Document doc = parse(out.toByteArray());
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("0 0 200 100", root.getAttribute("viewBox"));
        assertEquals(2, doc.getElementsByTagName("circle").getLength());
        assertEquals("a&b", ((Element) doc.getElementsByTagName("circle").item(0)).getAttribute("data-firm"));
        assertEquals("<x>", ((Element) doc.getElementsByTagName("circle").item(1)).getAttribute("data-firm"));
        assertEquals("서울 \"설계\" <001> & co", doc.getElementsByTagName("text").item(0).getTextContent());
        assertEquals(2, doc.getElementsByTagName("line").getLength());
        Element dashed = (Element) doc.getElementsByTagName("line").item(1);
        assertEquals("4 3", dashed.getAttribute("stroke-dasharray"));
        assertEquals("60.13", ((Element) doc.getElementsByTagName("line").item(0)).getAttribute("x2"));
        assertEquals("0,0 50,0 25,40",
                ((Element) doc.getElementsByTagName("polygon").item(0)).getAttribute("points"));
        assertEquals(0, doc.getElementsByTagName("style").getLength(), "no font given, none embedded");
        assertTrue(root.getAttribute("font-family").startsWith("NanumGothic"));
    }

    @Test
    void withTheBundledFontTextIsGlyphOutlinesNamedByTheirWordsAndNoFontIsEmbedded() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgWriter(TextOutlines.bundled()).write(scene(), out);
        Document doc = parse(out.toByteArray());
        assertEquals(0, doc.getElementsByTagName("text").getLength(), "no text depends on a font");
        assertEquals(0, doc.getElementsByTagName("style").getLength(), "no font embedded");
        Element text = (Element) doc.getElementsByTagName("path").item(0);
        assertEquals("text", text.getAttribute("class"));
        assertEquals("서울 \"설계\" <001> & co", text.getAttribute("aria-label"));
        assertEquals("서울 \"설계\" <001> & co", text.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("#000000", text.getAttribute("fill"));
        assertEquals(List.of("서울 \"설계\" <001> & co"), texts(doc));
        // The outline starts near the baseline's start (70, 80) and stays within one line of 11 px.
        double[] box = bounds(text.getAttribute("d"));
        assertTrue(box[0] >= 70 && box[0] < 72, "left edge at x = 70: " + box[0]);
        assertTrue(box[1] > 80 - 11 && box[3] <= 80 + 3,
                "between cap height and descender: " + box[1] + "–" + box[3]);
        assertTrue(box[2] > 70 + 11 * 5, "as wide as eighteen letters at 11 px: " + box[2]);
        assertTrue(out.size() < 100_000, "far smaller than a 6 MB font: " + out.size());
    }

    @Test
    void aTextTheFontCannotDrawStaysText() throws Exception {
        // U+10FFFD is a private-use code point no font of the program has.
        MapScene scene = new MapScene(100, 50, "#ffffff", List.of(
                new MapScene.Text(5, 20, "x \uDBFF\uDFFD", 12, false, "#222222")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgWriter(TextOutlines.bundled()).write(scene, out);
        Document doc = parse(out.toByteArray());
        assertEquals(1, doc.getElementsByTagName("text").getLength());
        assertEquals(0, doc.getElementsByTagName("path").getLength());
    }

    /** The words of every text in the picture, in order: text elements and outlined texts' titles. */
    public static List<String> texts(Document doc) {
        List<String> words = new java.util.ArrayList<>();
        org.w3c.dom.NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getTagName().equals("text")
                    || e.getTagName().equals("path") && e.getAttribute("class").equals("text")) {
                words.add(e.getTagName().equals("text") ? e.getTextContent() : e.getAttribute("aria-label"));
            }
        }
        return words;
    }

    /** Min x, min y, max x, max y of a path's points (control points included). */
    private static double[] bounds(String d) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (String pair : d.split("[MLQCZ ]+")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] xy = pair.split(",");
            double x = Double.parseDouble(xy[0]);
            double y = Double.parseDouble(xy[1]);
            b[0] = Math.min(b[0], x);
            b[1] = Math.min(b[1], y);
            b[2] = Math.max(b[2], x);
            b[3] = Math.max(b[3], y);
        }
        return b;
    }

    @Test
    void curvesAreQuadraticPathsAndRingsAreUnfilledCircles() throws Exception {
        MapScene scene = new MapScene(100, 100, "#ffffff", java.util.List.of(
                new MapScene.Curve(10, 20, 50, 0, 90, 20.5, "#0072b2", 0.72, 4, new double[0], true),
                new MapScene.Ring(50, 50, 12, "#333333", 0.8, 3, new double[] {6, 4})));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgWriter(null).write(scene, out);
        Document doc = parse(out.toByteArray());
        Element path = (Element) doc.getElementsByTagName("path").item(0);
        assertEquals("M10,20 Q50,0 90,20.5", path.getAttribute("d"));
        assertEquals("none", path.getAttribute("fill"));
        assertEquals("0.72", path.getAttribute("stroke-opacity"));
        assertEquals("round", path.getAttribute("stroke-linecap"));
        assertEquals("", path.getAttribute("stroke-dasharray"), "solid");
        Element ring = (Element) doc.getElementsByTagName("circle").item(0);
        assertEquals("none", ring.getAttribute("fill"));
        assertEquals("ring", ring.getAttribute("class"));
        assertEquals("", ring.getAttribute("data-firm"), "a ring is no firm");
        assertEquals("6 4", ring.getAttribute("stroke-dasharray"));
        assertEquals("3", ring.getAttribute("stroke-width"));
    }

    @Test
    void numbersAreShortAndLocaleFree() {
        assertEquals("1", SvgWriter.num(1.0));
        assertEquals("0.5", SvgWriter.num(0.5));
        assertEquals("-3.25", SvgWriter.num(-3.254));
        assertEquals("0", SvgWriter.num(-0.001));
        assertFalse(SvgWriter.num(1e9).contains("E"));
    }
}
