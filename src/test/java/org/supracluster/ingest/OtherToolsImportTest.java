package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.supracluster.model.Network;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/**
 * GraphML and GEXF as networkx, igraph (Python and R) and Cytoscape write them (issue 13, item 8):
 * each file under {@code othertools/} holds the one network of {@code othertools/network.py},
 * written by that tool (the scripts and the README beside the files say how; Cytoscape's is made
 * by hand in its shape; one is our own export, and one that export after a trip through igraph). Each is imported through {@link Importer#importFiles} into a new SQLite
 * database and must come back whole, with no error and no warning: every firm's id, name, region,
 * coordinates, segment and head count, no stray attributes, every link's ends, kind, direction,
 * weight and year.
 */
class OtherToolsImportTest {

    private static final String FOLDER = "/org/supracluster/ingest/othertools/";

    /** One firm as network.py has it; employees -1 for unknown. */
    private record Expected(String id, String name, Region region, double lat, double lon, Segment segment,
                            int employees) { }

    private static final List<Expected> FIRMS = List.of(
            new Expected("KS001", "한빛반도체", Region.GYEONGGI, 37.2636, 127.0286, Segment.DESIGN, 85),
            new Expected("KS002", "새솔테크", Region.CHUNGBUK, 36.6424, 127.4890, Segment.FAB, 1200),
            new Expected("KS003", "누리소재", Region.GYEONGBUK, 36.1195, 128.3446, Segment.MATERIALS, 340),
            new Expected("KS004", "다온장비", Region.CHUNGNAM, 36.8151, 127.1139, Segment.EQUIPMENT, 210),
            new Expected("KS005", "별빛패키징", Region.DAEJEON, 36.3504, 127.3845, Segment.PACKAGING, 95),
            new Expected("KS006", "가람연구소", Region.SEOUL, 37.5665, 126.9780, Segment.RESEARCH, -1));

    /**
     * The links of network.py as {@link ImportFixture#links()} prints them: "a>b" a trade link from
     * supplier a to customer b, "a-b" a co-patent link, then kind, weight and year (0: none).
     */
    private static final List<String> LINKS = List.of(
            "KS001-KS006 copatent 2 2020",
            "KS001>KS002 trade 3 0",
            "KS002-KS005 copatent 1 2021",
            "KS002>KS003 trade 4 2022",
            "KS002>KS005 trade 7 2021",
            "KS003-KS004 copatent 1 2023",
            "KS003>KS002 trade 12 2021",
            "KS004>KS002 trade 2.5 2022");

    @TempDir
    Path dir;

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("networkx_multidigraph.graphml", "networkx 3.6.1: MultiDiGraph, node key = id, kind"),
                Arguments.of("networkx_multidigraph.gexf", "networkx 3.6.1: label repeats the id, name attvalue"),
                Arguments.of("networkx_composed.graphml", "networkx 3.6.1: co-patent edges twice, type in Korean, "
                        + "years 2021.0 and nan"),
                Arguments.of("networkx_composed.gexf", "networkx 3.6.1: kind in the type XML attribute, NaN"),
                Arguments.of("networkx_dynamic.gexf", "networkx 3.6.1: years as start/end time spells"),
                Arguments.of("igraph_dictlist.graphml", "python-igraph 0.10.2: ids n0…, the firm id in 'id'"),
                Arguments.of("igraph_tuplelist.graphml", "python-igraph 0.10.2: ids n0…, the firm id in 'name', "
                        + "relation"),
                Arguments.of("r_igraph.graphml", "R igraph 1.3.5: ids n0…, the firm id in 'name', type"),
                Arguments.of("supracluster_export.graphml", "our own export, Gephi's shape"),
                Arguments.of("igraph_reexport.graphml", "python-igraph 0.10.2: our export read and written again, "
                        + "ids n0…, our ids in 'id', every edge directed"),
                Arguments.of("cytoscape.graphml", "Cytoscape's shape (hand-made): SUID ids, 'shared name', "
                        + "interaction, all keys for=node"));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("files")
    void importsTheNetworkWhole(String file, String how) throws IOException {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result result = f.run(copy(file));

            assertEquals(List.of(), result.report().lines(), "no error and no warning");
            assertTrue(result.stored());
            Network n = f.load();
            assertEquals(FIRMS.size(), n.firmCount());
            for (Expected e : FIRMS) {
                assertFirm(f, n, e, e.id());
            }
            assertEquals(LINKS, f.links());
        }
    }

    /**
     * R igraph's graph_from_data_frame() replaces the vertex names (the id column) by a column
     * called name: the file holds no firm id, so the firms are known by their names, and the
     * links still join the right firms.
     */
    @Test
    void anRFileWhoseIdsRWroteOverIsKnownByTheFirmNames() throws IOException {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result result = f.run(copy("r_igraph_named.graphml"));

            assertEquals(List.of(), result.report().lines());
            Network n = f.load();
            Map<String, String> idOfName = new TreeMap<>();
            for (Expected e : FIRMS) {
                assertFirm(f, n, e, e.name());
                idOfName.put(e.id(), e.name());
            }
            List<String> byName = new ArrayList<>();
            for (String link : LINKS) {
                String named = link;
                for (Map.Entry<String, String> e : idOfName.entrySet()) {
                    named = named.replace(e.getKey(), e.getValue());
                }
                byName.add(canonical(named));
            }
            byName.sort(null);
            assertEquals(byName, f.links());
        }
    }

    // ---- where a file truly is ambiguous: a warning or an error naming the line ----------------

    /** A GraphML file with keys name, id, region, lat, lon (nodes) and kind, relation, interaction, weight, year (edges). */
    private static String graphml(String edgeDefault, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                <key id="v_name" for="node" attr.name="name" attr.type="string"/>
                <key id="v_id" for="node" attr.name="id" attr.type="string"/>
                <key id="v_region" for="node" attr.name="region" attr.type="string"/>
                <key id="v_lat" for="node" attr.name="lat" attr.type="double"/>
                <key id="v_lon" for="node" attr.name="lon" attr.type="double"/>
                <key id="e_relation" for="edge" attr.name="relation" attr.type="string"/>
                <key id="e_interaction" for="edge" attr.name="interaction" attr.type="string"/>
                <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
                <key id="e_year" for="edge" attr.name="year" attr.type="double"/>
                """.strip() + "\n<graph edgedefault=\"" + edgeDefault + "\">\n" + body + "</graph>\n</graphml>\n";
    }

    /** A node in Gyeonggi with coordinates and the given data. */
    private static String node(String id, String... data) {
        return "<node id=\"" + id + "\"><data key=\"v_region\">경기</data><data key=\"v_lat\">37.3</data>"
                + "<data key=\"v_lon\">127.1</data>" + String.join("", data) + "</node>\n";
    }

    private static String data(String key, String value) {
        return "<data key=\"" + key + "\">" + value + "</data>";
    }

    private static final String THREE = node("a") + node("b") + node("c");

    @Test
    void aFileWithoutKindsWhoseEdgesGoBothWaysIsReadByDirectionWithAWarning() {
        String xml = graphml("directed", THREE + "<edge source=\"a\" target=\"b\"/>\n"
                + "<edge source=\"b\" target=\"c\" directed=\"false\"/>\n");
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("mixed.graphml", xml));

            assertEquals(1, r.report().warningCount(), r.report().lines().toString());
            ImportReport.Problem p = r.report().warnings().get(0);
            ImportFixture.assertProblem(p, "mixed.graphml", GraphFileFixtures.lineOf(xml, "directed=\"false\""),
                    null, "no edge of this file says its link kind");
            assertTrue(p.message().contains("first on line " + GraphFileFixtures.lineOf(xml, "target=\"b\"")),
                    p.message());
            assertEquals(List.of("a>b trade 1 0", "b-c copatent 1 0"), f.links());
        }
    }

    @Test
    void aFileWithoutKindsInOneDirectionNeedsNoWarning() {
        String xml = graphml("undirected", THREE + "<edge source=\"a\" target=\"b\"/>\n<edge source=\"b\" target=\"c\"/>\n");
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("copatents.graphml", xml));

            assertEquals(List.of(), r.report().lines());
            assertEquals(List.of("a-b copatent 1 0", "b-c copatent 1 0"), f.links());
        }
    }

    @Test
    void igraphIdsWhoseNamesRepeatAreKeptWithAWarning() {
        String xml = graphml("directed", node("n0", data("v_name", "같은상사")) + node("n1", data("v_name", "같은상사"))
                + "<edge source=\"n0\" target=\"n1\"><data key=\"e_relation\">거래</data></edge>\n");
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("igraph.graphml", xml));

            assertEquals(1, r.report().warningCount(), r.report().lines().toString());
            ImportFixture.assertProblem(r.report().warnings().get(0), "igraph.graphml",
                    GraphFileFixtures.lineOf(xml, "<node id=\"n1\""), null, "both have the name '같은상사'");
            assertTrue(r.report().warnings().get(0).message().endsWith("the node ids of the file were kept as firm ids."));
            assertEquals(List.of("n0>n1 trade 1 0"), f.links());
            assertEquals("같은상사", f.load().firmName(f.firm(f.load(), "n0")));
        }
    }

    /** Only igraph's own numbering, n0 to nN-1 in file order, gives way to the names; ids a user chose stay. */
    @Test
    void nodeIdsThatOnlyLookLikeIgraphsStay() {
        String xml = graphml("directed", node("n1", data("v_name", "가")) + node("n2", data("v_name", "나"))
                + "<edge source=\"n1\" target=\"n2\"><data key=\"e_relation\">trade</data></edge>\n");
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("chosen.graphml", xml));

            assertEquals(List.of(), r.report().lines());
            assertEquals(List.of("n1>n2 trade 1 0"), f.links());
            assertEquals("가", f.load().firmName(f.firm(f.load(), "n1")));
        }
    }

    @Test
    void anIdValueOnSomeNodesOnlyIsNoIdAndIsSaid() {
        String xml = graphml("directed", node("x", data("v_id", "KS001")) + node("y")
                + "<edge source=\"x\" target=\"y\"><data key=\"e_relation\">trade</data></edge>\n");
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("partial.graphml", xml));

            assertEquals(1, r.report().warningCount(), r.report().lines().toString());
            ImportFixture.assertProblem(r.report().warnings().get(0), "partial.graphml",
                    GraphFileFixtures.lineOf(xml, "<node id=\"y\""), null, "node 'y' has no id value");
            assertEquals(List.of("x>y trade 1 0"), f.links());
            Network n = f.load();
            assertEquals(Map.of("id", "KS001"), n.attributes(f.firm(n, "x")), "an id that is no id stays an attribute");
        }
    }

    @Test
    void anIdValueOnEveryNodeIsTheFirmIdWhateverTheNodeIds() {
        String xml = graphml("directed", node("0", data("v_id", "KS001"), data("v_name", "한빛반도체"))
                + node("1", data("v_id", "KS002"))
                + "<edge source=\"1\" target=\"0\"><data key=\"e_relation\">trade</data></edge>\n");
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("ids.graphml", xml));

            assertEquals(List.of(), r.report().lines());
            assertEquals(List.of("KS002>KS001 trade 1 0"), f.links());
            Network n = f.load();
            assertEquals("한빛반도체", n.firmName(f.firm(n, "KS001")));
            assertEquals("KS002", n.firmName(f.firm(n, "KS002")), "no name: the firm id");
        }
    }

    @Test
    void aRelationThatIsNoKindIsAnErrorNamingItsLine() {
        String xml = graphml("directed", THREE
                + "<edge source=\"a\" target=\"b\">\n<data key=\"e_relation\">supplies</data></edge>\n");
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("relation.graphml", xml));

            ImportFixture.assertOneError(r.report(), "relation.graphml", GraphFileFixtures.lineOf(xml, "supplies"),
                    "relation", "unknown link kind 'supplies'");
            assertTrue(!r.stored());
        }
    }

    /** Cytoscape's default interaction, "interacts with", says nothing about the kind: a warning per edge. */
    @Test
    void anInteractionThatIsNoKindDrawsAWarningAndTheDirectionDecides() {
        String xml = graphml("directed", THREE
                + "<edge source=\"a\" target=\"b\">\n<data key=\"e_interaction\">interacts with</data></edge>\n");
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("interaction.graphml", xml));

            assertEquals(1, r.report().warningCount(), r.report().lines().toString());
            ImportFixture.assertProblem(r.report().warnings().get(0), "interaction.graphml",
                    GraphFileFixtures.lineOf(xml, "interacts with"), "interaction", "not a link kind");
            assertEquals(List.of("a>b trade 1 0"), f.links());
        }
    }

    /** Co-patent arcs mirrored only in part are separate records: they merge, weights summed, with a warning. */
    @Test
    void coPatentArcsMirroredOnlyInPartAreSummed() {
        String copatent = "<data key=\"e_relation\">copatent</data><data key=\"e_year\">2021</data>";
        String xml = graphml("directed", THREE
                + "<edge source=\"a\" target=\"b\">" + copatent + "</edge>\n"
                + "<edge id=\"back\" source=\"b\" target=\"a\">" + copatent + "</edge>\n"
                + "<edge source=\"b\" target=\"c\">" + copatent + "</edge>\n");
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("partly.graphml", xml));

            assertEquals(1, r.report().warningCount(), r.report().lines().toString());
            ImportFixture.assertProblem(r.report().warnings().get(0), "partly.graphml",
                    GraphFileFixtures.lineOf(xml, "id=\"back\""), null, "duplicate link merged");
            assertEquals(List.of("a-b copatent 2 2021", "b-c copatent 1 2021"), f.links());
        }
    }

    @Test
    void aGexfEdgeLastingSeveralYearsKeepsItsFirstWithAWarning() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://gexf.net/1.3" version="1.3">
                <graph mode="dynamic" timeformat="date" defaultedgetype="directed">
                <attributes class="node"><attribute id="0" title="region" type="string"/></attributes>
                <nodes>
                <node id="a" label="가"><attvalues><attvalue for="0" value="경기"/></attvalues></node>
                <node id="b" label="나"><attvalues><attvalue for="0" value="경기"/></attvalues></node>
                </nodes>
                <edges>
                <edge source="a" target="b" kind="trade" start="2019-03-01" end="2021-12-31"/>
                <edge source="b" target="a" kind="trade"><spells><spell start="2020-01-01" end="2020-06-30"/></spells></edge>
                </edges>
                </graph>
                </gexf>
                """;
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("spells.gexf", xml));

            List<ImportReport.Problem> spans = r.report().warnings().stream()
                    .filter(p -> p.message().contains("lasts from")).toList();
            assertEquals(1, spans.size(), r.report().lines().toString());
            ImportFixture.assertProblem(spans.get(0), "spells.gexf", GraphFileFixtures.lineOf(xml, "2019-03-01"),
                    "start", "from 2019-03-01 to 2021-12-31");
            assertEquals(List.of("a>b trade 1 2019", "b>a trade 1 2020"), f.links());
        }
    }

    /**
     * R igraph 1.3.5 types a year column that holds only NA as logical, declares it boolean and
     * writes "true" for each NA (seen with graph_from_data_frame and write_graph): no year, a warning.
     */
    @Test
    void aYearColumnRDeclaredBooleanIsLeftOutWithAWarning() {
        String xml = graphml("directed", THREE).replace("<graph ", "<key id=\"e_y\" for=\"edge\" attr.name=\"year\" "
                + "attr.type=\"boolean\"/>\n<graph ").replace("</graph>", "<edge source=\"a\" target=\"b\">"
                + "<data key=\"e_relation\">trade</data><data key=\"e_y\">true</data></edge>\n</graph>");
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("r_na_years.graphml", xml));

            assertEquals(1, r.report().warningCount(), r.report().lines().toString());
            ImportFixture.assertProblem(r.report().warnings().get(0), "r_na_years.graphml",
                    GraphFileFixtures.lineOf(xml, "attr.type=\"boolean\""), "year", "declared boolean");
            assertEquals(List.of("a>b trade 1 0"), f.links());
        }
    }

    /** A co-patent link "a-b …" with its ends in the order {@link ImportFixture#links()} prints them. */
    private static String canonical(String link) {
        int dash = link.indexOf('-');
        int space = link.indexOf(' ');
        if (dash < 0 || dash > space) {
            return link;
        }
        String a = link.substring(0, dash);
        String b = link.substring(dash + 1, space);
        return a.compareTo(b) <= 0 ? link : b + "-" + a + link.substring(space);
    }

    private static void assertFirm(ImportFixture f, Network n, Expected e, String id) {
        int i = f.firm(n, id);
        String who = "firm " + id;
        assertEquals(e.name(), n.firmName(i), who);
        assertEquals(e.region(), n.region(i), who);
        assertEquals(e.lat(), n.lat(i), 1e-9, who);
        assertEquals(e.lon(), n.lon(i), 1e-9, who);
        assertEquals(e.segment(), n.segment(i), who);
        assertEquals(e.employees(), n.employees(i), who);
        assertEquals(Map.of(), n.attributes(i), who + ": tool bookkeeping and id columns are not kept as attributes");
    }

    private Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(FOLDER + name), name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
