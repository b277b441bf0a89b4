package org.supracluster.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.supracluster.ingest.GraphFileAssembler.RawEdge;
import org.supracluster.ingest.GraphFileAssembler.Value;
import org.supracluster.model.LinkType;
import org.supracluster.model.Message;

/**
 * Reads a GEXF file (1.1 to 1.3, as Gephi 0.10 and networkx write it) into firms and links.
 *
 * <p>Where things are: the firm name is the node's {@code label} (unless it only repeats the id
 * while a {@code name} or {@code label} attvalue is given, as networkx writes it), else its id,
 * as {@link GraphFileAssembler} says; {@code <attvalue
 * for=…>} values are named through their {@code <attribute id=… title=…>} declarations (Gephi uses
 * column names as ids, other tools numbers). An edge's direction is its {@code type}
 * ({@code directed}, {@code undirected}; {@code mutual} counts as undirected), else the graph's
 * {@code defaultedgetype}, else directed: Gephi leaves the default out for a mixed graph. Its kind
 * is the GEXF 1.3 {@code kind} XML attribute, else the {@code type} XML attribute when it holds a
 * kind rather than a direction (networkx writes an edge attribute named {@code type} there), else
 * an attvalue (or the edge's {@code label} XML attribute) as {@link GraphFileAssembler} says;
 * without one, a directed edge is a trade link and an undirected one a co-patent link. Its weight
 * is the {@code weight} XML attribute (Gephi leaves it out when it is 1.0). Its year is an attvalue
 * named {@code year}, else its time spell: the {@code start}/{@code end} XML attributes (networkx's
 * dynamic graphs) or a {@code <spell>}. {@code viz:} elements (position, colour, size) describe a
 * drawing and are not read.
 *
 * <p>Why StAX and not jgrapht-io's GEXF support: a JGraphT graph is directed or undirected, never
 * mixed, so it cannot hold a directed trade link and an undirected co-patent link between the same
 * two firms, and it reports no line numbers. A streaming reader keeps per-edge direction and kind,
 * reports every problem with its line, and reads a 500,000-edge file without building a graph
 * object first. All parsing goes through {@link SafeXml}: no DTD, no entity expansion.
 */
public final class GexfReader {

    /**
     * Reads {@code file}; problems go to {@code report} (never an exception). With errors the
     * result holds what did pass, but the caller is expected to store nothing.
     */
    public ParsedData read(Path file, ImportReport report) {
        String name = file.getFileName().toString();
        try {
            if (!SafeXml.encodingReadable(file, name, report)) {
                return ParsedData.empty();
            }
        } catch (IOException e) {
            report.error(name, 0, null, Message.of("ingest.file.couldNotRead", e.getMessage()));
            return ParsedData.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            XMLStreamReader r = SafeXml.open(in);
            try {
                return new Parse(name, report).run(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            report.error(name, SafeXml.line(e), null, Message.of("ingest.xml.notWellFormed", SafeXml.describe(e)));
        } catch (IOException e) {
            report.error(name, 0, null, Message.of("ingest.file.couldNotRead", e.getMessage()));
        }
        return ParsedData.empty();
    }

    /** A declared attribute (column): its title and default value. */
    private record AttributeDecl(String title, String defaultValue) { }

    /** A node or edge being read. */
    private static final class Item {
        final String id;
        final long line;
        final Map<String, Value> values = new LinkedHashMap<>();

        Item(String id, long line) {
            this.id = id;
            this.line = line;
        }
    }

    /** Working state of one read. */
    private static final class Parse implements SafeXml.ElementHandler {
        private final String file;
        private final ImportReport report;
        private final GraphFileAssembler assembler;
        private final Map<String, AttributeDecl> nodeAttributes = new LinkedHashMap<>();
        private final Map<String, AttributeDecl> edgeAttributes = new LinkedHashMap<>();
        private final Set<String> undeclaredWarned = new HashSet<>();
        private Map<String, AttributeDecl> declaring;
        private boolean defaultDirected = true;
        private final Deque<Item> nodes = new ArrayDeque<>();
        private final Deque<Value> labels = new ArrayDeque<>();
        private Item edge;
        private String edgeSource;
        private String edgeTarget;
        private String edgeType;
        private Value edgeKind;
        private String edgeKindName;
        private boolean edgeXmlWeight;
        private int edgeSpells;

        Parse(String file, ImportReport report) {
            this.file = file;
            this.report = report;
            this.assembler = new GraphFileAssembler(file, report);
        }

        ParsedData run(XMLStreamReader r) throws XMLStreamException {
            return SafeXml.walk(r, "gexf", "GEXF", file, report, this) ? assembler.finish() : ParsedData.empty();
        }

        @Override
        public void start(XMLStreamReader r) throws XMLStreamException {
            switch (r.getLocalName()) {
                case "graph" -> {
                    // "mixed" is not in the schema but some tools write it: same as leaving it out.
                    String d = attr(r, "defaultedgetype");
                    defaultDirected = d == null || !(d.strip().equalsIgnoreCase("undirected")
                            || d.strip().equalsIgnoreCase("mutual"));
                }
                case "attributes" -> declaring = "edge".equalsIgnoreCase(attr(r, "class")) ? edgeAttributes
                        : nodeAttributes;
                case "attribute" -> attribute(r);
                case "node" -> {
                    Item node = new Item(attr(r, "id"), line(r));
                    String label = attr(r, "label");
                    nodes.push(node);
                    labels.push(new Value(label == null ? "" : label, node.line));
                }
                case "edge" -> {
                    edge = new Item(attr(r, "id"), line(r));
                    edgeSource = attr(r, "source");
                    edgeTarget = attr(r, "target");
                    edgeType = attr(r, "type");
                    String kind = attr(r, "kind");
                    edgeKind = kind == null ? null : new Value(kind, edge.line);
                    edgeKindName = "kind";
                    if (edgeType != null && !isDirection(edgeType) && LinkType.parse(edgeType).isPresent()) {
                        if (edgeKind == null) {
                            edgeKind = new Value(edgeType, edge.line);
                            edgeKindName = "type";
                        }
                        edgeType = null; // a kind, not a direction: the graph's default direction applies
                    }
                    String weight = attr(r, "weight");
                    edgeXmlWeight = weight != null;
                    if (weight != null) {
                        edge.values.put("weight", new Value(weight, edge.line));
                    }
                    for (String xml : new String[] {"label", "start", "end"}) {
                        String v = attr(r, xml);
                        if (v != null) {
                            edge.values.put(xml, new Value(v, edge.line));
                        }
                    }
                    edgeSpells = 0;
                }
                case "spell" -> spell(r);
                case "attvalue" -> attvalue(r);
                default -> { }
            }
        }

        @Override
        public void end(String element) {
            switch (element) {
                case "node" -> {
                    Item node = nodes.pop();
                    Value label = labels.pop();
                    addDefaults(node, nodeAttributes);
                    assembler.addNode(node.id, label, node.line, node.values);
                }
                case "edge" -> {
                    addDefaults(edge, edgeAttributes);
                    assembler.addEdge(new RawEdge(edgeSource, edgeTarget, edge.line, directed(), edgeKind, edgeKindName,
                            edge.values));
                    edge = null;
                }
                default -> { }
            }
        }

        private static boolean isDirection(String type) {
            String t = type.strip().toLowerCase(Locale.ROOT);
            return t.equals("directed") || t.equals("undirected") || t.equals("mutual");
        }

        /** An edge's time spell: its start and end stand for the edge's own; a second spell draws a warning. */
        private void spell(XMLStreamReader r) {
            if (edge == null) {
                return; // a node's spell: firms are not dated
            }
            if (++edgeSpells == 2) {
                report.warning(file, line(r), "spell", Message.of("ingest.graph.manySpells"));
            }
            if (edgeSpells > 1) {
                return;
            }
            for (String xml : new String[] {"start", "end"}) {
                String v = attr(r, xml);
                if (v != null) {
                    edge.values.putIfAbsent(xml, new Value(v, line(r)));
                }
            }
        }

        private boolean directed() {
            if (edgeType == null) {
                return defaultDirected;
            }
            String t = edgeType.strip().toLowerCase(Locale.ROOT);
            if (t.equals("directed") || t.equals("undirected") || t.equals("mutual")) {
                return t.equals("directed");
            }
            report.warning(file, edge.line, "type", Message.of("ingest.graph.edgeTypeNeither",
                    Message.quoted(edgeType)));
            return defaultDirected;
        }

        private void attribute(XMLStreamReader r) throws XMLStreamException {
            String id = attr(r, "id");
            String title = attr(r, "title");
            String defaultValue = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("default")) {
                    defaultValue = SafeXml.elementText(r);
                } else if (ev == XMLStreamConstants.START_ELEMENT) {
                    SafeXml.skipElement(r); // <options>, and anything a later version adds
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
            }
            if (id != null && declaring != null) {
                declaring.put(id, new AttributeDecl(title == null || title.isBlank() ? id : title, defaultValue));
            }
        }

        private void attvalue(XMLStreamReader r) {
            Item owner = edge != null ? edge : nodes.peek();
            // GEXF 1.2 and 1.3 say "for"; 1.1 drafts said "id".
            String ref = attr(r, "for") != null ? attr(r, "for") : attr(r, "id");
            String value = attr(r, "value");
            if (owner == null || ref == null || value == null) {
                return;
            }
            AttributeDecl decl = (owner == edge ? edgeAttributes : nodeAttributes).get(ref);
            if (decl == null && undeclaredWarned.add(ref)) {
                report.warning(file, line(r), ref, Message.of("ingest.graph.undeclaredAttribute",
                        Message.quoted(ref)));
            }
            String name = decl == null ? ref : decl.title();
            if (owner == edge && name.equalsIgnoreCase("weight") && edgeXmlWeight) {
                return; // the XML weight attribute wins over a weight column
            }
            owner.values.put(name, new Value(value, line(r)));
        }

        private static void addDefaults(Item item, Map<String, AttributeDecl> declared) {
            for (AttributeDecl a : declared.values()) {
                if (a.defaultValue() != null) {
                    item.values.putIfAbsent(a.title(), new Value(a.defaultValue(), item.line));
                }
            }
        }

        private static String attr(XMLStreamReader r, String name) {
            return r.getAttributeValue(null, name);
        }

        private static long line(XMLStreamReader r) {
            return SafeXml.line(r);
        }
    }
}
