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
import org.supracluster.model.Message;

/**
 * Reads a GraphML file (as Gephi 0.10, Cytoscape, yEd, networkx and igraph write it) into firms and
 * links.
 *
 * <p>Where things are: a node's {@code <data>} values are named through their {@code <key id=…
 * attr.name=…>} declarations (tools use ids such as {@code d3} or {@code v_name}; Cytoscape declares
 * every key {@code for="node"}, some twice); which of them give the firm id and name is decided by
 * {@link GraphFileAssembler}: the node id, unless a value {@code id} is given, or the ids are
 * igraph's {@code n0, n1, …} or Cytoscape's SUIDs and a {@code shared name} or {@code name} holds
 * the firm id. An edge's direction is its {@code directed} attribute, else its graph's
 * {@code edgedefault}. Its kind is a {@code <data>} named {@code kind}, {@code type},
 * {@code relation} (and the like), else Cytoscape's {@code interaction}, else Gephi's non-standard
 * {@code label} XML attribute on {@code <edge>}, else a {@code <data>} named {@code label} (free
 * text that is not a kind only draws a warning); without one, a directed edge is a trade link and
 * an undirected one a co-patent link. Gephi's drawing columns ({@code x, y, r, g, b, size}) and
 * yEd's graphics keys are left out; edge values other than kind, weight and year are not kept
 * (links carry no attributes).
 *
 * <p>Why StAX and not jgrapht-io's GraphML importer: a JGraphT graph is directed or undirected,
 * never mixed, so it cannot hold a directed trade link and an undirected co-patent link between
 * the same two firms, and it reports no line numbers. A streaming reader keeps per-edge direction
 * and kind, reports every problem with its line, and reads a 500,000-edge file without building a
 * graph object first. All parsing goes through {@link SafeXml}: no DTD, no entity expansion.
 */
public final class GraphMLReader {

    /** Names of values that are numbers (lower case). */
    private static final Set<String> NUMBERS = Set.of("year", "weight", "lat", "latitude", "lon", "lng", "longitude",
            "employees");

    /** Gephi's drawing columns: they describe a layout, not a firm. */
    private static final Set<String> VISUAL = Set.of("x", "y", "r", "g", "b", "size");

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

    /** A declared key. {@code domain} is its {@code for}: node, edge, graph or all. */
    private record KeyDecl(String name, String domain, String defaultValue, boolean skip, boolean nonsense) {
        boolean appliesTo(String element) {
            return domain.equals("all") || domain.equals(element);
        }
    }

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
        private final Map<String, KeyDecl> keys = new HashMap<>();
        private final Set<String> undeclaredWarned = new HashSet<>();
        private final Set<String> nonsenseWarned = new HashSet<>();
        private final Deque<Boolean> edgeDefaults = new ArrayDeque<>();
        private final Deque<Item> nodes = new ArrayDeque<>();
        private Item edge;
        private String edgeSource;
        private String edgeTarget;
        private String edgeDirected;
        private Value edgeLabel;

        Parse(String file, ImportReport report) {
            this.file = file;
            this.report = report;
            this.assembler = new GraphFileAssembler(file, report);
        }

        ParsedData run(XMLStreamReader r) throws XMLStreamException {
            return SafeXml.walk(r, "graphml", "GraphML", file, report, this) ? assembler.finish() : ParsedData.empty();
        }

        @Override
        public void start(XMLStreamReader r) throws XMLStreamException {
            switch (r.getLocalName()) {
                case "key" -> key(r);
                case "graph" -> {
                    String d = attr(r, "edgedefault");
                    boolean inherited = edgeDefaults.isEmpty() || edgeDefaults.peek();
                    edgeDefaults.push(d == null ? inherited : !d.strip().equalsIgnoreCase("undirected"));
                }
                case "node" -> nodes.push(new Item(attr(r, "id"), line(r)));
                case "edge" -> {
                    edge = new Item(attr(r, "id"), line(r));
                    edgeSource = attr(r, "source");
                    edgeTarget = attr(r, "target");
                    edgeDirected = attr(r, "directed");
                    String label = attr(r, "label");
                    edgeLabel = label == null ? null : new Value(label, edge.line);
                }
                case "data" -> data(r);
                case "hyperedge" -> {
                    report.warning(file, line(r), null, Message.of("ingest.graph.hyperedge"));
                    SafeXml.skipElement(r);
                }
                default -> { }
            }
        }

        @Override
        public void end(String element) {
            switch (element) {
                case "graph" -> edgeDefaults.poll();
                case "node" -> {
                    Item node = nodes.pop();
                    addDefaults(node, "node");
                    assembler.addNode(node.id, null, node.line, node.values);
                }
                case "edge" -> {
                    addDefaults(edge, "edge");
                    assembler.addEdge(new RawEdge(edgeSource, edgeTarget, edge.line, directed(), edgeLabel, "label",
                            edge.values));
                    edge = null;
                }
                default -> { }
            }
        }

        /** The edge's {@code directed} attribute, else its graph's default (GraphML requires one; directed if absent). */
        private boolean directed() {
            boolean byDefault = edgeDefaults.isEmpty() || edgeDefaults.peek();
            if (edgeDirected == null) {
                return byDefault;
            }
            String d = edgeDirected.strip().toLowerCase(Locale.ROOT);
            if (d.equals("true") || d.equals("false")) {
                return d.equals("true");
            }
            report.warning(file, edge.line, "directed", Message.of("ingest.graph.directedNeither",
                    Message.quoted(edgeDirected)));
            return byDefault;
        }

        private void key(XMLStreamReader r) throws XMLStreamException {
            String id = attr(r, "id");
            String name = attr(r, "attr.name");
            String domain = attr(r, "for");
            // yEd's graphics keys hold drawing markup, not values.
            boolean skip = attr(r, "yfiles.type") != null;
            String type = attr(r, "attr.type");
            // A number declared boolean: R igraph types a column holding only NA as logical and writes "true".
            boolean nonsense = !skip && name != null && type != null && type.strip().equalsIgnoreCase("boolean")
                    && NUMBERS.contains(name.strip().toLowerCase(Locale.ROOT));
            String defaultValue = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("default")) {
                    defaultValue = SafeXml.elementText(r);
                } else if (ev == XMLStreamConstants.START_ELEMENT) {
                    SafeXml.skipElement(r);
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
            }
            if (id != null) {
                keys.put(id, new KeyDecl(name == null || name.isBlank() ? id : name,
                        domain == null ? "all" : domain.strip().toLowerCase(Locale.ROOT), defaultValue, skip || nonsense,
                        nonsense));
                if (nonsense && nonsenseWarned.add(name)) {
                    report.warning(file, line(r), name, Message.of("ingest.graph.booleanKey", Message.quoted(name),
                            name));
                }
            }
        }

        private void data(XMLStreamReader r) throws XMLStreamException {
            long line = line(r);
            String keyId = attr(r, "key");
            String text = SafeXml.elementText(r);
            Item owner = edge != null ? edge : nodes.peek();
            if (owner == null || keyId == null) {
                return; // a value of the graph itself: nothing to keep
            }
            KeyDecl key = keys.get(keyId);
            if (key == null && undeclaredWarned.add(keyId)) {
                report.warning(file, line, keyId, Message.of("ingest.graph.undeclaredKey", Message.quoted(keyId)));
            }
            String name = key == null ? keyId : key.name();
            if ((key != null && key.skip()) || (owner != edge && isVisual(name))) {
                return;
            }
            owner.values.put(name, new Value(text, line));
        }

        private void addDefaults(Item item, String element) {
            for (KeyDecl k : keys.values()) {
                if (k.defaultValue() != null && !k.skip() && k.appliesTo(element)
                        && !(element.equals("node") && isVisual(k.name()))) {
                    item.values.putIfAbsent(k.name(), new Value(k.defaultValue(), item.line));
                }
            }
        }

        private static boolean isVisual(String name) {
            return VISUAL.contains(name.toLowerCase(Locale.ROOT));
        }

        private static String attr(XMLStreamReader r, String name) {
            return r.getAttributeValue(null, name);
        }

        private static long line(XMLStreamReader r) {
            return SafeXml.line(r);
        }
    }
}
