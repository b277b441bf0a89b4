package org.supracluster.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.supracluster.model.Link;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;

/**
 * Writes the shown firms and links of a {@link NetworkView} as GEXF 1.3 in the shape Gephi 0.10
 * reads back as a mixed graph (LIBRARIES.md, "GEXF and GraphML that Gephi can read back").
 *
 * <p>The graph has no {@code defaultedgetype}: with one, Gephi silently drops the edges of the
 * other direction. Every edge says its own {@code type} (trade {@code directed}, co-patent
 * {@code undirected}) and its GEXF 1.3 {@code kind} ({@code trade}, {@code copatent}); without a
 * kind Gephi refuses a pair with both a directed and an undirected edge. The weight is always
 * written. A node's {@code label} is the firm name; its attributes are region (ISO code such as
 * {@code KR-41}), city, lat, lon, segment (code), employees (left out when unknown) and every extra
 * attribute of the firm, except one whose name a reader would take for a firm field or a drawing
 * column ({@code region}, {@code label}, {@code x}, …): it would come back as something else. A
 * dated link has a {@code year} attribute.
 *
 * <p>Why StAX rather than jgrapht-io's exporter: a JGraphT graph is either directed or undirected,
 * so its exporter writes one direction for all edges and no kind.
 */
public final class GexfWriter {

    private static final String NS = "http://gexf.net/1.3";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** Writes the view to {@code out} in UTF-8; {@code out} is flushed, not closed. */
    public void write(NetworkView view, OutputStream out) throws IOException {
        XmlDocument.write(out, "GEXF", w -> new Writing(view, w).run());
    }

    /** One write: the view, the XML writer and the extra attribute columns. */
    private static final class Writing {
        private final NetworkView view;
        private final Network net;
        private final XMLStreamWriter w;
        /** Extra attribute name → GEXF attribute id. */
        private final Map<String, String> extras;
        private final boolean anyYear;

        Writing(NetworkView view, XMLStreamWriter w) {
            this.view = view;
            this.net = view.network();
            this.w = w;
            ViewColumns columns = ViewColumns.of(view);
            this.extras = columns.extras();
            this.anyYear = columns.anyYear();
        }

        void run() throws XMLStreamException {
            w.writeStartDocument("UTF-8", "1.0");
            newline(0);
            w.writeStartElement("gexf");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(XSI, "schemaLocation", NS + " " + NS + "/gexf.xsd");
            w.writeAttribute("version", "1.3");
            newline(1);
            w.writeStartElement("meta");
            newline(2);
            element("creator", "Supracluster Explorer");
            newline(1);
            w.writeEndElement();
            newline(1);
            w.writeStartElement("graph");
            w.writeAttribute("mode", "static"); // no defaultedgetype: the graph is mixed
            declarations();
            nodes();
            edges();
            newline(1);
            w.writeEndElement();
            newline(0);
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
        }

        private void declarations() throws XMLStreamException {
            newline(2);
            w.writeStartElement("attributes");
            w.writeAttribute("class", "node");
            w.writeAttribute("mode", "static");
            declare("region", "region", "string");
            declare("city", "city", "string");
            declare("lat", "lat", "double");
            declare("lon", "lon", "double");
            declare("segment", "segment", "string");
            declare("employees", "employees", "integer");
            declare("brn", "brn", "string");
            declare("placement", "placement", "string");
            for (Map.Entry<String, String> e : extras.entrySet()) {
                declare(e.getValue(), e.getKey(), "string");
            }
            newline(2);
            w.writeEndElement();
            if (anyYear) {
                newline(2);
                w.writeStartElement("attributes");
                w.writeAttribute("class", "edge");
                w.writeAttribute("mode", "static");
                declare("year", "year", "integer");
                newline(2);
                w.writeEndElement();
            }
        }

        private void declare(String id, String title, String type) throws XMLStreamException {
            newline(3);
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", id);
            w.writeAttribute("title", xmlSafe(title));
            w.writeAttribute("type", type);
        }

        private void nodes() throws XMLStreamException {
            newline(2);
            w.writeStartElement("nodes");
            for (int f = view.nextFirm(0); f >= 0; f = view.nextFirm(f + 1)) {
                newline(3);
                w.writeStartElement("node");
                w.writeAttribute("id", xmlSafe(net.firmId(f)));
                w.writeAttribute("label", xmlSafe(net.firmName(f)));
                newline(4);
                w.writeStartElement("attvalues");
                value("region", net.region(f).iso());
                value("city", net.city(f));
                value("lat", Double.toString(net.lat(f)));
                value("lon", Double.toString(net.lon(f)));
                value("segment", net.segment(f).code());
                if (net.employees(f) >= 0) {
                    value("employees", Integer.toString(net.employees(f)));
                }
                if (!net.brn(f).isEmpty()) {
                    value("brn", net.brn(f));
                }
                value("placement", net.placement(f).code());
                Map<String, String> attributes = net.attributes(f);
                for (Map.Entry<String, String> e : extras.entrySet()) {
                    String text = attributes.get(e.getKey());
                    if (text != null) {
                        value(e.getValue(), text);
                    }
                }
                newline(4);
                w.writeEndElement();
                newline(3);
                w.writeEndElement();
            }
            newline(2);
            w.writeEndElement();
        }

        private void value(String id, String value) throws XMLStreamException {
            newline(5);
            w.writeEmptyElement("attvalue");
            w.writeAttribute("for", id);
            w.writeAttribute("value", xmlSafe(value));
        }

        private void edges() throws XMLStreamException {
            newline(2);
            w.writeStartElement("edges");
            for (int l = view.nextLink(0); l >= 0; l = view.nextLink(l + 1)) {
                newline(3);
                int year = net.linkYear(l);
                boolean dated = year != Link.NO_YEAR;
                if (dated) {
                    w.writeStartElement("edge");
                } else {
                    w.writeEmptyElement("edge");
                }
                w.writeAttribute("id", "e" + l);
                w.writeAttribute("source", xmlSafe(net.firmId(net.linkSource(l))));
                w.writeAttribute("target", xmlSafe(net.firmId(net.linkTarget(l))));
                w.writeAttribute("type", net.linkType(l).isDirected() ? "directed" : "undirected");
                w.writeAttribute("kind", net.linkType(l).code());
                w.writeAttribute("weight", Double.toString(net.linkWeight(l)));
                if (dated) {
                    newline(4);
                    w.writeStartElement("attvalues");
                    value("year", Integer.toString(year));
                    newline(4);
                    w.writeEndElement();
                    newline(3);
                    w.writeEndElement();
                }
            }
            newline(2);
            w.writeEndElement();
        }

        private void element(String name, String text) throws XMLStreamException {
            w.writeStartElement(name);
            w.writeCharacters(xmlSafe(text));
            w.writeEndElement();
        }

        private void newline(int depth) throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(depth));
        }
    }

    /**
     * The text with characters that XML 1.0 cannot carry (control characters, lone surrogates)
     * replaced by U+FFFD: the writer would otherwise produce a file no parser reads.
     */
    static String xmlSafe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (!ok && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null) {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }
}
