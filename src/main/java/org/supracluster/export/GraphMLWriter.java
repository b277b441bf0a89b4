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
 * Writes the shown firms and links of a {@link NetworkView} as GraphML in the shape Gephi 0.10
 * reads back as a mixed graph (LIBRARIES.md, "GEXF and GraphML that Gephi can read back").
 *
 * <p>The graph says {@code edgedefault="directed"} and each co-patent edge {@code directed="false"}.
 * The link kind goes twice: in a {@code label} XML attribute on {@code <edge>} (not GraphML, but
 * what Gephi reads and writes) and as {@code <data key="kind">} for every other tool. Every edge has
 * {@code <data key="weight">}; a dated link has {@code <data key="year">}. The firm name is
 * {@code <data key="label">}; then region (ISO code such as {@code KR-41}), city, lat, lon,
 * segment (code), employees (left out when unknown) and the firm's extra attributes, except those
 * whose name a reader would take for something else (see {@link GexfWriter}). Every key is
 * declared with {@code attr.name} and {@code attr.type}; extra attributes get ids {@code a0, a1, …}
 * because their names need not be valid XML names.
 *
 * <p>Why StAX rather than jgrapht-io's exporter: a JGraphT graph is either directed or undirected,
 * so its exporter writes one direction for all edges and no kind.
 */
public final class GraphMLWriter {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** Writes the view to {@code out} in UTF-8; {@code out} is flushed, not closed. */
    public void write(NetworkView view, OutputStream out) throws IOException {
        XmlDocument.write(out, "GraphML", w -> new Writing(view, w).run());
    }

    /** One write: the view, the XML writer and the extra attribute keys. */
    private static final class Writing {
        private final NetworkView view;
        private final Network net;
        private final XMLStreamWriter w;
        /** Extra attribute name → key id. */
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
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(XSI, "schemaLocation", NS + " " + NS + "/1.0/graphml.xsd");
            keys();
            newline(1);
            w.writeStartElement("graph");
            w.writeAttribute("id", "G");
            w.writeAttribute("edgedefault", "directed");
            nodes();
            edges();
            newline(1);
            w.writeEndElement();
            newline(0);
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
        }

        private void keys() throws XMLStreamException {
            key("label", "node", "label", "string");
            key("region", "node", "region", "string");
            key("city", "node", "city", "string");
            key("lat", "node", "lat", "double");
            key("lon", "node", "lon", "double");
            key("segment", "node", "segment", "string");
            key("employees", "node", "employees", "int");
            key("brn", "node", "brn", "string");
            key("placement", "node", "placement", "string");
            for (Map.Entry<String, String> e : extras.entrySet()) {
                key(e.getValue(), "node", e.getKey(), "string");
            }
            key("weight", "edge", "weight", "double");
            key("kind", "edge", "kind", "string");
            if (anyYear) {
                key("year", "edge", "year", "int");
            }
        }

        private void key(String id, String domain, String name, String type) throws XMLStreamException {
            newline(1);
            w.writeEmptyElement("key");
            w.writeAttribute("id", id);
            w.writeAttribute("for", domain);
            w.writeAttribute("attr.name", GexfWriter.xmlSafe(name));
            w.writeAttribute("attr.type", type);
        }

        private void nodes() throws XMLStreamException {
            for (int f = view.nextFirm(0); f >= 0; f = view.nextFirm(f + 1)) {
                newline(2);
                w.writeStartElement("node");
                w.writeAttribute("id", GexfWriter.xmlSafe(net.firmId(f)));
                data("label", net.firmName(f));
                data("region", net.region(f).iso());
                data("city", net.city(f));
                data("lat", Double.toString(net.lat(f)));
                data("lon", Double.toString(net.lon(f)));
                data("segment", net.segment(f).code());
                if (net.employees(f) >= 0) {
                    data("employees", Integer.toString(net.employees(f)));
                }
                if (!net.brn(f).isEmpty()) {
                    data("brn", net.brn(f));
                }
                data("placement", net.placement(f).code());
                Map<String, String> attributes = net.attributes(f);
                for (Map.Entry<String, String> e : extras.entrySet()) {
                    String text = attributes.get(e.getKey());
                    if (text != null) {
                        data(e.getValue(), text);
                    }
                }
                newline(2);
                w.writeEndElement();
            }
        }

        private void edges() throws XMLStreamException {
            for (int l = view.nextLink(0); l >= 0; l = view.nextLink(l + 1)) {
                newline(2);
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + l);
                w.writeAttribute("source", GexfWriter.xmlSafe(net.firmId(net.linkSource(l))));
                w.writeAttribute("target", GexfWriter.xmlSafe(net.firmId(net.linkTarget(l))));
                if (!net.linkType(l).isDirected()) {
                    w.writeAttribute("directed", "false");
                }
                w.writeAttribute("label", net.linkType(l).code());
                data("weight", Double.toString(net.linkWeight(l)));
                data("kind", net.linkType(l).code());
                if (net.linkYear(l) != Link.NO_YEAR) {
                    data("year", Integer.toString(net.linkYear(l)));
                }
                newline(2);
                w.writeEndElement();
            }
        }

        private void data(String key, String value) throws XMLStreamException {
            newline(3);
            w.writeStartElement("data");
            w.writeAttribute("key", key);
            w.writeCharacters(GexfWriter.xmlSafe(value));
            w.writeEndElement();
        }

        private void newline(int depth) throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
