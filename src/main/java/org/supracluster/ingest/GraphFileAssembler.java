package org.supracluster.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Message;
import org.supracluster.model.Placement;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/**
 * Turns the nodes and edges that {@link GraphMLReader} and {@link GexfReader} pull out of their
 * XML into validated firms and links. The rules (DESIGN.md, "Interchange format") are the same for
 * both formats, so they live here once; each reader only knows where its format keeps things.
 *
 * <p>Nodes are checked as they arrive. Edges are checked as they arrive too, but their ends only
 * in {@link #finish()}: GraphML allows an edge before the nodes it joins.
 *
 * <p>Files written by other tools (networkx, igraph in Python and R, Cytoscape, Gephi; the
 * fixtures under {@code src/test/resources/org/supracluster/ingest/othertools}) put things in
 * different places. The rules, in order:
 * <ul>
 * <li><b>Firm id.</b> The node's id in the file, which the edges refer to, unless (1) every node
 *     has a value named {@code id}, all different: then that is the firm id (networkx and igraph
 *     users keep the id so when the node key is something else); or (2) the node ids are a
 *     tool's own numbering and say nothing about the firm: igraph's {@code n0, n1, …} (the nodes
 *     are {@code n0} to {@code n}<i>N−1</i> in file order, as igraph writes them; ids a user chose,
 *     such as {@code n1, n2, …}, stay), or Cytoscape's session numbers (every node has a
 *     {@code SUID} value equal to its id). Then the firm id is the node's {@code shared name} (Cytoscape's key
 *     column), else its {@code name} (igraph's vertex names), if every node has one and no two
 *     are the same. A value that is on some nodes only, or repeats, cannot be the id: a warning
 *     names the node and the file's own node ids are kept. Edges are followed through the file's
 *     node ids either way.</li>
 * <li><b>Firm name.</b> The GEXF {@code label} (unless it only repeats the node id, as networkx
 *     writes it, while a {@code label} or {@code name} value is given), else the value named
 *     {@code label}, else {@code name}, else the firm id. Cytoscape's bookkeeping ({@code SUID},
 *     {@code selected}, a {@code shared name} that is the id or the name) is not kept.</li>
 * <li><b>Link kind.</b> The first of: GEXF's {@code kind} XML attribute (or its {@code type}
 *     attribute when it holds a kind, as networkx writes an edge attribute named type); a value
 *     named {@code kind}, {@code type}, {@code edge_type}, {@code link_type}, {@code relation}
 *     or {@code relationship}, an unknown one being an error; then {@code interaction}
 *     (Cytoscape) and {@code label}, which are often free text: one that is no kind draws a
 *     warning. Kinds are read by {@link LinkType#parse} (trade, copatent, 거래, 공동특허, …).
 *     An edge without a kind is a trade link if directed, a co-patent link if not; when no edge
 *     of the file states a kind and the file has edges of both directions, one warning says so.</li>
 * <li><b>Direction.</b> Per edge as the reader found it. A co-patent link has none: when the file
 *     writes every co-patent edge that it marks directed twice, once each way with the same weight
 *     and year (networkx's {@code to_directed()}, igraph's mutual edges), each such pair is one
 *     link. Otherwise repeated links merge, weights summed, with a warning.</li>
 * <li><b>Numbers.</b> {@code NaN} and {@code NA} (how numeric columns of these tools write a gap)
 *     count as no value. A year may be written {@code 2021}, {@code 2021.0} or as a GEXF time
 *     spell ({@code start}/{@code end}, a year or a date); employees {@code 85.0}.</li>
 * </ul>
 */
final class GraphFileAssembler {

    /** A value from the file and the line it was on. */
    record Value(String text, long line) { }

    /**
     * An edge as the file states it.
     *
     * @param directed the edge's own direction, or its graph's default
     * @param xmlKind the kind from an XML attribute of the edge element ({@code kind} in GEXF,
     *                Gephi's {@code label} in GraphML), or {@code null}
     * @param xmlKindName the name of that XML attribute
     * @param values the edge's data/attribute values by declared name
     */
    record RawEdge(String source, String target, long line, boolean directed, Value xmlKind, String xmlKindName,
                   Map<String, Value> values) { }

    /** A value with the name the file declared for it (reported as the column). */
    private record Named(String name, Value value) {
        String text() {
            return value.text().strip();
        }
    }

    /** @param directedEdge whether the file wrote the edge as directed */
    private record Pending(String source, String target, LinkType type, double weight, int year, long line,
                           boolean directedEdge) { }

    /**
     * What one node says about who it is, kept until {@link #finish()} decides the firm ids.
     *
     * @param name the value named {@code name}, or {@code null}
     */
    private record NodeIdentity(String xmlId, long line, Named id, Named sharedName, Named name, Named suid,
                                Named selected) { }

    /**
     * How the firm ids were found.
     *
     * @param column the declared name of the node value used as the firm id, or {@code null} for the file's node ids
     * @param ids the file's node id → firm id, when {@code column} is set
     * @param cytoscape whether the nodes carry Cytoscape's bookkeeping ({@code SUID} equal to the node id)
     */
    private record Identity(String column, Map<String, String> ids, boolean cytoscape) {
        String of(String xmlId) {
            return column == null ? xmlId : ids.get(xmlId);
        }
    }

    private record Key(String source, String target, LinkType type, int year) { }

    /** Declared names (lower case) of the firm fields, mapped to the field. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("region", "region"), Map.entry("province", "region"), Map.entry("city", "city"),
            Map.entry("lat", "lat"), Map.entry("latitude", "lat"), Map.entry("lon", "lon"),
            Map.entry("lng", "lon"), Map.entry("longitude", "lon"), Map.entry("segment", "segment"),
            Map.entry("employees", "employees"), Map.entry("label", "label"), Map.entry("name", "name"),
            Map.entry("brn", "brn"), Map.entry("placement", "placement"));

    private final String file;
    private final ImportReport report;
    private final List<Firm> firms = new ArrayList<>();
    private final Map<String, Long> nodeLines = new HashMap<>();
    private final Set<String> rejected = new HashSet<>();
    private final List<Pending> pending = new ArrayList<>();
    private final List<NodeIdentity> identities = new ArrayList<>();
    /** Whether any edge stated a kind that was understood. */
    private boolean kindStated;
    /** The line of the first directed and of the first undirected edge without a kind, or 0. */
    private long firstDirectedWithoutKind;
    private long firstUndirectedWithoutKind;

    GraphFileAssembler(String file, ImportReport report) {
        this.file = file;
        this.report = report;
    }

    /**
     * Adds a node.
     *
     * @param label the node's XML label attribute (GEXF), or {@code null}
     * @param values data/attribute values by declared name, visual columns already left out
     */
    void addNode(String id, Value label, long line, Map<String, Value> values) {
        if (id == null || id.isBlank()) {
            report.error(file, line, "id", Message.of("ingest.graph.nodeNoId"));
            return;
        }
        Long earlier = nodeLines.putIfAbsent(id, line);
        if (earlier != null) {
            report.error(file, line, "id", Message.of("ingest.graph.nodeIdRepeated", Message.quoted(id),
                    Long.toString(earlier)));
            return;
        }
        long errorsBefore = report.errorCount();
        Map<String, Named> known = new HashMap<>();
        Map<String, Named> identity = new HashMap<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, Value> e : values.entrySet()) {
            String lower = e.getKey().toLowerCase(Locale.ROOT);
            if (IDENTITY.contains(lower)) {
                identity.put(lower, new Named(e.getKey(), e.getValue()));
            }
            String field = FIELDS.get(lower);
            if (field == null) {
                attributes.put(e.getKey(), e.getValue().text()); // identity values too, until finish() has used them
            } else {
                known.put(field, new Named(e.getKey(), e.getValue()));
            }
        }
        identities.add(new NodeIdentity(id, line, identity.get("id"), identity.get("shared name"), known.get("name"),
                identity.get("suid"), identity.get("selected")));
        String name = name(id, label, known, attributes);
        Region region = region(id, line, known.get("region"));
        Segment segment = segment(known.get("segment"));
        int employees = employees(known.get("employees"));
        String city = known.containsKey("city") ? known.get("city").text() : "";
        double[] latLon = region == null ? null : location(id, line, known.get("lat"), known.get("lon"), city, region);
        String brn = brn(id, known.get("brn"));
        if (report.errorCount() == errorsBefore) {
            Placement placement = PLACEMENTS[(int) latLon[2]];
            if (placement == Placement.GIVEN && known.containsKey("placement")) {
                // Our own export says how the coordinates it wrote were found.
                placement = Placement.ofCode(known.get("placement").text());
            }
            firms.add(new Firm(id, name, region, city, latLon[0], latLon[1], segment, employees, attributes, brn,
                    placement));
        } else {
            rejected.add(id);
        }
    }

    /**
     * The XML label, else a value named label, else one named name, else the id; the unused ones stay
     * attributes. An XML label that only repeats the node id (networkx writes one so) gives way to a value.
     */
    private static String name(String id, Value label, Map<String, Named> known, Map<String, String> attributes) {
        boolean valueGiven = known.containsKey("label") && !known.get("label").text().isEmpty()
                || known.containsKey("name") && !known.get("name").text().isEmpty();
        String name = label == null || label.text().isBlank() || (label.text().strip().equals(id) && valueGiven)
                ? null : label.text();
        for (String field : List.of("label", "name")) {
            Named n = known.get(field);
            if (n != null && name == null && !n.text().isEmpty()) {
                name = n.value().text();
            } else if (n != null) {
                attributes.put(n.name(), n.value().text());
            }
        }
        return name == null ? id : name;
    }

    private Region region(String id, long nodeLine, Named n) {
        if (n == null || n.text().isEmpty()) {
            report.error(file, n == null ? nodeLine : n.value().line(), n == null ? "region" : n.name(),
                    Message.of("ingest.graph.nodeNoRegion", Message.quoted(id)));
            return null;
        }
        Optional<Region> r = Region.resolve(n.text());
        if (r.isEmpty()) {
            report.error(file, n.value().line(), n.name(), Message.of("ingest.graph.nodeUnknownRegion",
                    Message.quoted(id), Message.quoted(n.text())));
        }
        return r.orElse(null);
    }

    private Segment segment(Named n) {
        if (n == null || n.text().isEmpty()) {
            return Segment.OTHER;
        }
        return Segment.parse(n.text()).orElseGet(() -> {
            report.error(file, n.value().line(), n.name(), Message.of("ingest.segment.unknown",
                    Message.quoted(n.text())));
            return Segment.OTHER;
        });
    }

    private int employees(Named n) {
        if (n == null || missing(n.text())) {
            return -1;
        }
        Integer count = wholeNumber(n.text());
        if (count == null || count < 0) {
            report.error(file, n.value().line(), n.name(), Message.of("ingest.graph.employees",
                    Message.quoted(n.text())));
            return -1;
        }
        return count;
    }

    private static final Placement[] PLACEMENTS = Placement.values();

    /** The node's registration number (10 digits), "" when absent; a wrong one is an error. */
    private String brn(String id, Named brn) {
        if (brn == null || brn.text().isEmpty()) {
            return "";
        }
        ImportReport own = new ImportReport();
        java.util.Optional<String> digits = Brn.read(brn.text(), file, brn.value().line(), brn.name(), own);
        own.errors().forEach(p -> report.error(p.file(), p.line(), p.column(), Message.of("ingest.graph.nodeProblem",
                Message.quoted(id), p.text() != null ? p.text() : p.message())));
        return digits.orElse("");
    }

    /**
     * Returns {lat, lon, placement ordinal}, or {@code null} after an error; fills missing
     * coordinates from the city's municipality office, else the province centre, with a warning.
     */
    private double[] location(String id, long nodeLine, Named lat, Named lon, String city, Region region) {
        boolean noLat = lat == null || missing(lat.text());
        boolean noLon = lon == null || missing(lon.text());
        if (noLat || noLon) {
            Optional<Municipalities.Place> place = city == null || city.isBlank() ? Optional.empty()
                    : Municipalities.lookup(city, region).place()
                    .filter(p -> p.region() == region && p.precision() == Placement.MUNICIPALITY);
            Message where = place.map(p -> Message.of("ingest.graph.officeOf", p.municipality()))
                    .orElse(Message.of("ingest.graph.provinceCentre",
                            Message.either(region.englishName(), region.koreanName())));
            report.warning(file, nodeLine, noLat ? "lat" : "lon", Message.of("ingest.graph.noCoordinates",
                    Message.quoted(id), Message.of(noLat && noLon ? "ingest.graph.coordinates"
                            : noLat ? "ingest.graph.latitude" : "ingest.graph.longitude"), where));
            return place.map(p -> new double[] {p.lat(), p.lon(), Placement.MUNICIPALITY.ordinal()})
                    .orElse(new double[] {region.centreLat(), region.centreLon(), Placement.PROVINCE.ordinal()});
        }
        Double y = number(lat.text());
        Double x = number(lon.text());
        if (y == null || x == null) {
            Named bad = y == null ? lat : lon;
            report.error(file, bad.value().line(), bad.name(), Message.of("ingest.graph.notNumber",
                    Message.quoted(id), Message.of(y == null ? "ingest.graph.latitude" : "ingest.graph.longitude"),
                    Message.quoted(bad.text())));
            return null;
        }
        if (!Gazetteer.inKorea(y, x)) {
            Named bad = Gazetteer.inKorea(y, (Gazetteer.MIN_LON + Gazetteer.MAX_LON) / 2) ? lon : lat;
            Object hint = Gazetteer.inKorea(x, y) ? Message.of("ingest.graph.swapped") : "";
            report.error(file, bad.value().line(), bad.name(), Message.of("ingest.graph.outsideKorea",
                    Message.quoted(id), lat.text(), lon.text(), String.valueOf(Gazetteer.MIN_LAT),
                    String.valueOf(Gazetteer.MAX_LAT), String.valueOf(Gazetteer.MIN_LON),
                    String.valueOf(Gazetteer.MAX_LON), hint));
            return null;
        }
        return new double[] {y, x, Placement.GIVEN.ordinal()};
    }

    /** Checks an edge's own values now; its ends wait for {@link #finish()}. */
    void addEdge(RawEdge e) {
        if (e.source() == null || e.source().isBlank() || e.target() == null || e.target().isBlank()) {
            boolean noSource = e.source() == null || e.source().isBlank();
            report.error(file, e.line(), noSource ? "source" : "target",
                    Message.of(noSource ? "ingest.graph.edgeNoSource" : "ingest.graph.edgeNoTarget"));
            return;
        }
        if (e.source().equals(e.target())) {
            report.warning(file, e.line(), "target", Message.of("ingest.graph.selfEdge",
                    Message.quoted(e.source())));
            return;
        }
        Map<String, Named> v = new HashMap<>();
        e.values().forEach((name, value) -> v.put(name.toLowerCase(Locale.ROOT), new Named(name, value)));
        long errorsBefore = report.errorCount();
        LinkType type = kind(e, v);
        double weight = weight(v.get("weight"));
        int year = year(v.get("year"), v.get("start"), v.get("end"), e.line());
        if (report.errorCount() == errorsBefore) {
            pending.add(new Pending(e.source(), e.target(), type, weight, year, e.line(), e.directed()));
        }
    }

    /** The link kind; see the class comment for where it may come from. */
    private LinkType kind(RawEdge e, Map<String, Named> v) {
        LinkType found = null;
        Named from = null;
        boolean freeTextWarned = false;
        for (Named c : kindCandidates(e, v)) {
            if (c == null || c.text().isEmpty()) {
                continue;
            }
            found = LinkType.parse(c.text()).orElse(null);
            if (found != null) {
                from = c;
                break;
            }
            String lower = c.name().toLowerCase(Locale.ROOT);
            if (!FREE_TEXT_KINDS.contains(lower)) {
                report.error(file, c.value().line(), c.name(), Message.of("ingest.graph.unknownKind",
                        Message.quoted(c.text())));
                return LinkType.TRADE;
            }
            if (!freeTextWarned) { // edge labels are often free text in other tools' files: not an error
                report.warning(file, c.value().line(), c.name(), Message.of("ingest.graph.notAKind", lower,
                        Message.quoted(c.text())));
                freeTextWarned = true;
            }
        }
        if (found == null) {
            if (e.directed() && firstDirectedWithoutKind == 0) {
                firstDirectedWithoutKind = e.line();
            } else if (!e.directed() && firstUndirectedWithoutKind == 0) {
                firstUndirectedWithoutKind = e.line();
            }
            return e.directed() ? LinkType.TRADE : LinkType.COPATENT;
        }
        kindStated = true;
        if (found == LinkType.TRADE && !e.directed()) {
            report.warning(file, from.value().line(), from.name(), Message.of("ingest.graph.tradeUndirected",
                    Message.quoted(e.source()), Message.quoted(e.target())));
        }
        return found;
    }

    /**
     * Where a kind may be, most explicit first: the format's own XML attribute, the values whose
     * names say kind, then Cytoscape's interaction and labels (often free text).
     */
    private static List<Named> kindCandidates(RawEdge e, Map<String, Named> v) {
        Named xml = e.xmlKind() == null ? null : new Named(e.xmlKindName(), e.xmlKind());
        boolean xmlIsLabel = xml != null && xml.name().equals("label");
        List<Named> out = new ArrayList<>();
        out.add(xmlIsLabel ? null : xml);
        for (String name : KIND_NAMES) {
            out.add(v.get(name));
        }
        out.add(v.get("interaction"));
        out.add(xmlIsLabel ? xml : null);
        out.add(v.get("label"));
        return out;
    }

    /** Value names that hold a link kind; an unknown kind in one of them is an error. */
    private static final List<String> KIND_NAMES = List.of("kind", "type", "edge_type", "edgetype", "link_type",
            "linktype", "relation", "relationship");

    /** Value names that may hold a kind but are often free text: a value that is no kind draws a warning. */
    private static final Set<String> FREE_TEXT_KINDS = Set.of("interaction", "label");

    /** Node value names (lower case) that may say who the node is: see the class comment. */
    private static final Set<String> IDENTITY = Set.of("id", "shared name", "suid", "selected");

    /** Blank, or how the numeric columns of pandas, igraph and R write a gap ({@code NaN}, {@code nan}, {@code NA}). */
    static boolean missing(String text) {
        String t = text.strip();
        return t.isEmpty() || t.equalsIgnoreCase("nan") || t.equals("NA");
    }

    private double weight(Named n) {
        if (n == null || missing(n.text())) {
            return 1.0;
        }
        Double w = number(n.text());
        if (w == null || w <= 0) {
            report.error(file, n.value().line(), n.name(), Message.of("ingest.graph.weight",
                    Message.quoted(n.text())));
            return 1.0;
        }
        return w;
    }

    /** The year value, else the year of a GEXF time spell (start, end); {@link Link#NO_YEAR} when none. */
    private int year(Named n, Named start, Named end, long edgeLine) {
        if (n != null && !missing(n.text())) {
            Integer y = wholeNumber(n.text());
            if (y == null) {
                report.error(file, n.value().line(), n.name(), Message.of("ingest.year.notWhole",
                        Message.quoted(n.text())));
                return Link.NO_YEAR;
            }
            return y;
        }
        Integer from = spellYear(start);
        Integer to = spellYear(end);
        if (from != null && to != null && !from.equals(to)) {
            report.warning(file, edgeLine, start.name(), Message.of("ingest.graph.spellYears", start.text(),
                    end.text(), String.valueOf(from)));
        }
        return from != null ? from : to != null ? to : Link.NO_YEAR;
    }

    /** The year of a time spell's bound: a year ("2021", "2021.0") or a date ("2021-03-15"); an error otherwise. */
    private Integer spellYear(Named n) {
        if (n == null || missing(n.text())) {
            return null;
        }
        Integer y = wholeNumber(n.text());
        if (y == null && n.text().matches("\\d{4}-\\d{2}(-\\d{2}([T ].*)?)?")) {
            y = Integer.parseInt(n.text().substring(0, 4));
        }
        if (y == null) {
            report.error(file, n.value().line(), n.name(), Message.of("ingest.graph.spellTime",
                    Message.quoted(n.text())));
        }
        return y;
    }

    /** The firms and links that passed, duplicates merged (callers look at the report for errors). */
    ParsedData finish() {
        Identity identity = identify();
        List<Firm> named = identity.column() == null && !identity.cytoscape() ? firms : renamed(identity);
        if (!kindStated && firstDirectedWithoutKind > 0 && firstUndirectedWithoutKind > 0) {
            report.warning(file, Math.max(firstDirectedWithoutKind, firstUndirectedWithoutKind), null,
                    Message.of("ingest.graph.kindFromDirection", Long.toString(firstDirectedWithoutKind),
                            Long.toString(firstUndirectedWithoutKind)));
        }
        Set<Pending> mirrored = mirroredCopatentEdges();
        Map<Key, Integer> index = new HashMap<>();
        List<Link> links = new ArrayList<>();
        List<Long> firstLines = new ArrayList<>();
        for (Pending written : pending) {
            boolean ok = knownEnd(written.source(), written.line(), "source")
                    & knownEnd(written.target(), written.line(), "target");
            if (!ok || mirrored.contains(written)) {
                continue;
            }
            Pending p = new Pending(identity.of(written.source()), identity.of(written.target()), written.type(),
                    written.weight(), written.year(), written.line(), written.directedEdge());
            Link c = new Link(p.source(), p.target(), p.type(), p.weight(), p.year()).canonical();
            Key key = new Key(c.source(), c.target(), c.type(), c.year());
            Integer at = index.putIfAbsent(key, links.size());
            if (at == null) {
                links.add(new Link(p.source(), p.target(), p.type(), p.weight(), p.year()));
                firstLines.add(p.line());
            } else {
                Link old = links.get(at);
                links.set(at, new Link(old.source(), old.target(), old.type(), old.weight() + p.weight(), old.year()));
                report.warning(file, p.line(), null, Message.of("ingest.graph.merged", Message.either(p.type().code(),
                        p.type() == LinkType.TRADE ? "거래" : "공동특허"), Long.toString(firstLines.get(at))));
            }
        }
        return new ParsedData(named, links);
    }

    /**
     * The second edge of each mirrored pair when every co-patent edge the file wrote as directed has
     * a twin the other way with the same weight and year (the file stored each undirected link as
     * two arcs); otherwise none.
     */
    private Set<Pending> mirroredCopatentEdges() {
        record Arc(String from, String to, double weight, int year) { }
        Map<Arc, Integer> count = new HashMap<>();
        for (Pending p : pending) {
            if (p.type() == LinkType.COPATENT && p.directedEdge()) {
                count.merge(new Arc(p.source(), p.target(), p.weight(), p.year()), 1, Integer::sum);
            }
        }
        for (Map.Entry<Arc, Integer> e : count.entrySet()) {
            Arc a = e.getKey();
            if (!e.getValue().equals(count.get(new Arc(a.to(), a.from(), a.weight(), a.year())))) {
                return Set.of();
            }
        }
        Set<Pending> second = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<Arc, Integer> open = new HashMap<>();
        for (Pending p : pending) {
            if (p.type() == LinkType.COPATENT && p.directedEdge()) {
                Arc reverse = new Arc(p.target(), p.source(), p.weight(), p.year());
                if (open.getOrDefault(reverse, 0) > 0) {
                    open.merge(reverse, -1, Integer::sum);
                    second.add(p);
                } else {
                    open.merge(new Arc(p.source(), p.target(), p.weight(), p.year()), 1, Integer::sum);
                }
            }
        }
        return second;
    }

    /** Decides where the firm ids come from (see the class comment); warns when a candidate cannot serve. */
    private Identity identify() {
        boolean cytoscape = !identities.isEmpty() && identities.stream()
                .allMatch(n -> n.suid() != null && n.suid().text().equals(n.xmlId()));
        boolean igraph = !identities.isEmpty();
        for (int i = 0; i < identities.size() && igraph; i++) {
            igraph = identities.get(i).xmlId().equals("n" + i);
        }
        List<IdentityProblem> problems = new ArrayList<>();
        Identity found = byValue("id", NodeIdentity::id, cytoscape, problems);
        if (found == null && (igraph || cytoscape)) {
            found = byValue("shared name", NodeIdentity::sharedName, cytoscape, problems);
            if (found == null) {
                found = byValue("name", NodeIdentity::name, cytoscape, problems);
            }
        }
        for (IdentityProblem problem : problems) {
            Message outcome = found == null ? Message.of("ingest.graph.identityKept")
                    : Message.of("ingest.graph.identityBy", Message.quoted(found.column()));
            List<Object> args = new ArrayList<>(problem.args());
            args.add(outcome);
            report.warning(file, problem.line(), null, new Message(problem.key(), args));
        }
        return found != null ? found : new Identity(null, Map.of(), cytoscape);
    }

    /** Why a node value cannot be the firm ids: a bundle key whose last argument, the outcome, is added later. */
    private record IdentityProblem(long line, String key, List<Object> args) { }

    /**
     * The identity by one node value, or {@code null} when no node has it or when some lack it or
     * two share it (then a problem is added).
     */
    private Identity byValue(String what, java.util.function.Function<NodeIdentity, Named> get, boolean cytoscape,
                             List<IdentityProblem> problems) {
        Map<String, String> ids = new HashMap<>();
        Map<String, NodeIdentity> owner = new HashMap<>();
        NodeIdentity without = null;
        String column = null;
        for (NodeIdentity n : identities) {
            Named v = get.apply(n);
            if (v == null || v.text().isEmpty()) {
                without = without == null ? n : without;
                continue;
            }
            column = column == null ? v.name() : column;
            NodeIdentity before = owner.putIfAbsent(v.text(), n);
            if (before != null) {
                problems.add(new IdentityProblem(v.value().line(), "ingest.graph.identityShared",
                        List.of(Message.quoted(before.xmlId()), Long.toString(before.line()), Message.quoted(n.xmlId()),
                                what, Message.quoted(v.text()))));
                return null;
            }
            ids.put(n.xmlId(), v.text());
        }
        if (column == null) {
            return null;
        }
        if (without != null) {
            problems.add(new IdentityProblem(without.line(), "ingest.graph.identityMissing",
                    List.of(Message.quoted(without.xmlId()), what)));
            return null;
        }
        return new Identity(column, ids, cytoscape);
    }

    /** The firms under their firm ids, without the values that only said who they are. */
    private List<Firm> renamed(Identity identity) {
        Map<String, NodeIdentity> byXmlId = new HashMap<>();
        identities.forEach(n -> byXmlId.putIfAbsent(n.xmlId(), n));
        List<Firm> out = new ArrayList<>(firms.size());
        for (Firm f : firms) {
            NodeIdentity n = byXmlId.get(f.id());
            String id = identity.of(f.id());
            String name = f.name().equals(f.id()) ? id : f.name();
            Map<String, String> attributes = new LinkedHashMap<>(f.attributes());
            if (identity.column() != null) {
                attributes.remove(identity.column());
            }
            if (identity.cytoscape()) {
                for (Named bookkeeping : Arrays.asList(n.suid(), n.selected())) {
                    if (bookkeeping != null) {
                        attributes.remove(bookkeeping.name());
                    }
                }
                Named shared = n.sharedName();
                if (shared != null && (shared.text().equals(id) || shared.text().equals(name))) {
                    attributes.remove(shared.name());
                }
            }
            out.add(new Firm(id, name, f.region(), f.city(), f.lat(), f.lon(), f.segment(), f.employees(), attributes,
                    f.brn(), f.placement()));
        }
        return out;
    }

    private boolean knownEnd(String id, long line, String column) {
        if (!nodeLines.containsKey(id)) {
            report.error(file, line, column, Message.of("ingest.graph.undefinedNode", Message.quoted(id)));
            return false;
        }
        return !rejected.contains(id); // a rejected node has its own error already
    }

    private static Double number(String text) {
        try {
            double d = Double.parseDouble(text.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An int, also written as a decimal with no fraction ("2019.0", as double columns hold it). */
    static Integer wholeNumber(String text) {
        String s = text.strip();
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            try {
                return new BigDecimal(s).intValueExact();
            } catch (NumberFormatException | ArithmeticException e2) {
                return null;
            }
        }
    }
}
