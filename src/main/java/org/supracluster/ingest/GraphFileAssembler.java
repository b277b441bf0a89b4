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

    private record Pending(String source, String target, LinkType type, double weight, int year, long line) { }

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
            report.error(file, line, "id", "a node has no id.");
            return;
        }
        Long earlier = nodeLines.putIfAbsent(id, line);
        if (earlier != null) {
            report.error(file, line, "id", "the node id '" + id + "' was already used on line " + earlier + ".");
            return;
        }
        long errorsBefore = report.errorCount();
        Map<String, Named> known = new HashMap<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, Value> e : values.entrySet()) {
            String field = FIELDS.get(e.getKey().toLowerCase(Locale.ROOT));
            if (field == null) {
                attributes.put(e.getKey(), e.getValue().text());
            } else {
                known.put(field, new Named(e.getKey(), e.getValue()));
            }
        }
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

    /** The XML label, else a value named label, else one named name, else the id; the unused ones stay attributes. */
    private static String name(String id, Value label, Map<String, Named> known, Map<String, String> attributes) {
        String name = label == null || label.text().isBlank() ? null : label.text();
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
                    "node '" + id + "' has no region (give its province, such as 경기, Gyeonggi or KR-41).");
            return null;
        }
        Optional<Region> r = Region.resolve(n.text());
        if (r.isEmpty()) {
            report.error(file, n.value().line(), n.name(), "node '" + id + "' has an unknown region '" + n.text()
                    + "' (use a province name such as 경기, 경기도, Gyeonggi, KR-41 or 41).");
        }
        return r.orElse(null);
    }

    private Segment segment(Named n) {
        if (n == null || n.text().isEmpty()) {
            return Segment.OTHER;
        }
        return Segment.parse(n.text()).orElseGet(() -> {
            report.error(file, n.value().line(), n.name(), "unknown segment '" + n.text() + "' (use design, fab, "
                    + "equipment, materials, components, packaging, research or other).");
            return Segment.OTHER;
        });
    }

    private int employees(Named n) {
        if (n == null || n.text().isEmpty()) {
            return -1;
        }
        Integer count = wholeNumber(n.text());
        if (count == null || count < 0) {
            report.error(file, n.value().line(), n.name(), "the number of employees is not a whole number of zero "
                    + "or more: '" + n.text() + "'.");
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
        own.errors().forEach(p -> report.error(p.file(), p.line(), p.column(), "node '" + id + "': " + p.message()));
        return digits.orElse("");
    }

    /**
     * Returns {lat, lon, placement ordinal}, or {@code null} after an error; fills missing
     * coordinates from the city's municipality office, else the province centre, with a warning.
     */
    private double[] location(String id, long nodeLine, Named lat, Named lon, String city, Region region) {
        boolean noLat = lat == null || lat.text().isEmpty();
        boolean noLon = lon == null || lon.text().isEmpty();
        if (noLat || noLon) {
            Optional<Municipalities.Place> place = city == null || city.isBlank() ? Optional.empty()
                    : Municipalities.lookup(city, region).place()
                    .filter(p -> p.region() == region && p.precision() == Placement.MUNICIPALITY);
            String where = place.map(p -> "the office of " + p.municipality())
                    .orElse("the centre of its province (" + region.englishName() + ")");
            report.warning(file, nodeLine, noLat ? "lat" : "lon", "node '" + id + "' has no "
                    + (noLat && noLon ? "coordinates" : noLat ? "latitude" : "longitude") + ": placed at " + where + ".");
            return place.map(p -> new double[] {p.lat(), p.lon(), Placement.MUNICIPALITY.ordinal()})
                    .orElse(new double[] {region.centreLat(), region.centreLon(), Placement.PROVINCE.ordinal()});
        }
        Double y = number(lat.text());
        Double x = number(lon.text());
        if (y == null || x == null) {
            Named bad = y == null ? lat : lon;
            report.error(file, bad.value().line(), bad.name(), "node '" + id + "': the "
                    + (y == null ? "latitude" : "longitude") + " '" + bad.text() + "' is not a number.");
            return null;
        }
        if (!Gazetteer.inKorea(y, x)) {
            Named bad = Gazetteer.inKorea(y, (Gazetteer.MIN_LON + Gazetteer.MAX_LON) / 2) ? lon : lat;
            String hint = Gazetteer.inKorea(x, y) ? " The latitude and longitude look swapped." : "";
            report.error(file, bad.value().line(), bad.name(), "node '" + id + "' lies outside South Korea at ("
                    + lat.text() + ", " + lon.text() + "): latitude must be " + Gazetteer.MIN_LAT + "–"
                    + Gazetteer.MAX_LAT + " and longitude " + Gazetteer.MIN_LON + "–" + Gazetteer.MAX_LON + "." + hint);
            return null;
        }
        return new double[] {y, x, Placement.GIVEN.ordinal()};
    }

    /** Checks an edge's own values now; its ends wait for {@link #finish()}. */
    void addEdge(RawEdge e) {
        if (e.source() == null || e.source().isBlank() || e.target() == null || e.target().isBlank()) {
            boolean noSource = e.source() == null || e.source().isBlank();
            report.error(file, e.line(), noSource ? "source" : "target", "an edge has no "
                    + (noSource ? "source" : "target") + ".");
            return;
        }
        if (e.source().equals(e.target())) {
            report.warning(file, e.line(), "target", "the edge from node '" + e.source() + "' to itself was dropped "
                    + "(a firm does not trade or patent with itself).");
            return;
        }
        Map<String, Named> v = new HashMap<>();
        e.values().forEach((name, value) -> v.put(name.toLowerCase(Locale.ROOT), new Named(name, value)));
        long errorsBefore = report.errorCount();
        LinkType type = kind(e, v);
        double weight = weight(v.get("weight"));
        int year = year(v.get("year"));
        if (report.errorCount() == errorsBefore) {
            pending.add(new Pending(e.source(), e.target(), type, weight, year, e.line()));
        }
    }

    /** The link kind; see the readers' class comments for where it may come from. */
    private LinkType kind(RawEdge e, Map<String, Named> v) {
        LinkType found = null;
        Named from = null;
        boolean labelWarned = false;
        for (Named c : kindCandidates(e, v)) {
            if (c == null || c.text().isEmpty()) {
                continue;
            }
            found = LinkType.parse(c.text()).orElse(null);
            if (found != null) {
                from = c;
                break;
            }
            if (!c.name().equalsIgnoreCase("label")) {
                report.error(file, c.value().line(), c.name(), "unknown link kind '" + c.text()
                        + "' (use trade or copatent).");
                return LinkType.TRADE;
            }
            if (!labelWarned) { // edge labels are often free text in other tools' files: not an error
                report.warning(file, c.value().line(), c.name(), "the edge label '" + c.text() + "' is not a link "
                        + "kind (trade or copatent); the edge's direction decides.");
                labelWarned = true;
            }
        }
        if (found == null) {
            return e.directed() ? LinkType.TRADE : LinkType.COPATENT;
        }
        if (found == LinkType.TRADE && !e.directed()) {
            report.warning(file, from.value().line(), from.name(), "a trade edge is marked undirected; it is kept as "
                    + "a trade link from supplier '" + e.source() + "' to customer '" + e.target() + "'.");
        }
        return found;
    }

    /** Where a kind may be, most explicit first: kind, then type, then a label (often free text). */
    private static List<Named> kindCandidates(RawEdge e, Map<String, Named> v) {
        Named xml = e.xmlKind() == null ? null : new Named(e.xmlKindName(), e.xmlKind());
        boolean xmlIsLabel = xml != null && xml.name().equals("label");
        return Arrays.asList(xmlIsLabel ? null : xml, v.get("kind"), v.get("type"), xmlIsLabel ? xml : null,
                v.get("label"));
    }

    private double weight(Named n) {
        if (n == null || n.text().isEmpty()) {
            return 1.0;
        }
        Double w = number(n.text());
        if (w == null || w <= 0) {
            report.error(file, n.value().line(), n.name(), "the weight must be a positive number, not '" + n.text()
                    + "'.");
            return 1.0;
        }
        return w;
    }

    private int year(Named n) {
        if (n == null || n.text().isEmpty()) {
            return Link.NO_YEAR;
        }
        Integer y = wholeNumber(n.text());
        if (y == null) {
            report.error(file, n.value().line(), n.name(), "the year is not a whole number: '" + n.text() + "'.");
            return Link.NO_YEAR;
        }
        return y;
    }

    /** The firms and links that passed, duplicates merged (callers look at the report for errors). */
    ParsedData finish() {
        Map<Key, Integer> index = new HashMap<>();
        List<Link> links = new ArrayList<>();
        List<Long> firstLines = new ArrayList<>();
        for (Pending p : pending) {
            boolean ok = knownEnd(p.source(), p.line(), "source") & knownEnd(p.target(), p.line(), "target");
            if (!ok) {
                continue;
            }
            Link c = new Link(p.source(), p.target(), p.type(), p.weight(), p.year()).canonical();
            Key key = new Key(c.source(), c.target(), c.type(), c.year());
            Integer at = index.putIfAbsent(key, links.size());
            if (at == null) {
                links.add(new Link(p.source(), p.target(), p.type(), p.weight(), p.year()));
                firstLines.add(p.line());
            } else {
                Link old = links.get(at);
                links.set(at, new Link(old.source(), old.target(), old.type(), old.weight() + p.weight(), old.year()));
                report.warning(file, p.line(), null, "duplicate link merged: this " + p.type().code() + " edge joins "
                        + "the same firms in the same year as the one on line " + firstLines.get(at)
                        + "; their weights were summed.");
            }
        }
        return new ParsedData(firms, links);
    }

    private boolean knownEnd(String id, long line, String column) {
        if (!nodeLines.containsKey(id)) {
            report.error(file, line, column, "the edge refers to node '" + id + "', which the file does not define.");
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
