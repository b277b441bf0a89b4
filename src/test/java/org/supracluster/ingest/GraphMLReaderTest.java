package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.supracluster.ingest.GraphFileFixtures.WEIGHT_TOLERANCE;
import static org.supracluster.ingest.GraphFileFixtures.assertProblem;
import static org.supracluster.ingest.GraphFileFixtures.firm;
import static org.supracluster.ingest.GraphFileFixtures.lineOf;
import static org.supracluster.ingest.GraphFileFixtures.link;
import static org.supracluster.ingest.GraphFileFixtures.write;
import static org.supracluster.ingest.ImportReport.Severity.ERROR;
import static org.supracluster.ingest.ImportReport.Severity.WARNING;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/** {@link GraphMLReader}: Gephi's and other tools' files, and every problem with its line and column. */
class GraphMLReaderTest {

    @TempDir
    Path dir;

    /** GraphML as Gephi 0.10 writes a mixed graph: kind in a label XML attribute, drawing columns, weight data. */
    private static final String GEPHI = """
            <?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key attr.name="label" attr.type="string" for="node" id="label"/>
            <key attr.name="Edge Label" attr.type="string" for="edge" id="edgelabel"/>
            <key attr.name="weight" attr.type="double" for="edge" id="weight"/>
            <key attr.name="r" attr.type="int" for="node" id="r"/>
            <key attr.name="g" attr.type="int" for="node" id="g"/>
            <key attr.name="b" attr.type="int" for="node" id="b"/>
            <key attr.name="x" attr.type="float" for="node" id="x"/>
            <key attr.name="y" attr.type="float" for="node" id="y"/>
            <key attr.name="size" attr.type="float" for="node" id="size"/>
            <key attr.name="Province" attr.type="string" for="node" id="province"/>
            <key attr.name="lat" attr.type="double" for="node" id="lat"/>
            <key attr.name="lng" attr.type="double" for="node" id="lng"/>
            <key attr.name="segment" attr.type="string" for="node" id="segment"/>
            <key attr.name="employees" attr.type="int" for="node" id="employees"/>
            <key attr.name="founded" attr.type="string" for="node" id="d7"/>
            <key attr.name="year" attr.type="int" for="edge" id="year"/>
            <graph edgedefault="directed">
            <node id="n1">
            <data key="label">수원 장비 017</data>
            <data key="province">Gyeonggi-do</data>
            <data key="lat">37.263</data>
            <data key="lng">127.029</data>
            <data key="segment">Equipment</data>
            <data key="employees">120</data>
            <data key="d7">1998</data>
            <data key="size">10.0</data>
            <data key="r">31</data>
            <data key="g">119</data>
            <data key="b">180</data>
            <data key="x">12.5</data>
            <data key="y">-3.25</data>
            </node>
            <node id="n2">
            <data key="label">청주 패키징 003</data>
            <data key="province">충북</data>
            <data key="lat">36.642</data>
            <data key="lng">127.489</data>
            </node>
            <node id="n3">
            <data key="label">대전 연구소 001</data>
            <data key="province">KR-30</data>
            <data key="lat">36.35</data>
            <data key="lng">127.385</data>
            </node>
            <edge id="0" source="n1" target="n2" label="trade">
            <data key="weight">4.0999999</data>
            <data key="year">2019</data>
            </edge>
            <edge id="1" source="n1" target="n2" directed="false" label="copatent">
            <data key="weight">1.0</data>
            </edge>
            <edge id="2" source="n2" target="n1">
            <data key="weight">2.0</data>
            </edge>
            <edge id="3" source="n3" target="n2" directed="false">
            <data key="weight">1.0</data>
            </edge>
            </graph>
            </graphml>
            """;

    /** NetworkX/yEd style: d-numbered keys, a default value, an undirected graph, drawing markup inside data. */
    private static final String NETWORKX = """
            <?xml version='1.0' encoding='utf-8'?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
              <key id="d0" for="node" attr.name="name" attr.type="string"/>
              <key id="d1" for="node" attr.name="region" attr.type="string"/>
              <key id="d2" for="node" attr.name="segment" attr.type="string"><default>fab</default></key>
              <key id="d3" for="node" yfiles.type="nodegraphics"/>
              <key id="d4" for="edge" attr.name="type" attr.type="string"/>
              <graph edgedefault="undirected">
                <node id="0"><data key="d0">이천 메모리</data><data key="d1">41</data>
                  <data key="d3"><y:ShapeNode><y:Geometry x="1" y="2"/></y:ShapeNode></data></node>
                <node id="1"><data key="d0">구미 소재</data><data key="d1">경북</data><data key="d2">materials</data></node>
                <edge source="0" target="1"/>
                <edge source="1" target="0" directed="true"><data key="d4">trade</data></edge>
              </graph>
            </graphml>
            """;

    private ImportReport report;

    private ParsedData read(String name, String content) throws IOException {
        report = new ImportReport();
        return new GraphMLReader().read(write(dir, name, content), report);
    }

    @Test
    void readsAMixedGraphWrittenByGephi() throws IOException {
        ParsedData data = read("gephi.graphml", GEPHI);

        assertEquals(List.of(), report.lines());
        assertEquals(new Firm("n1", "수원 장비 017", Region.GYEONGGI, "", 37.263, 127.029, Segment.EQUIPMENT, 120,
                Map.of("founded", "1998")), firm(data, "n1"), "x, y, r, g, b, size are not attributes");
        assertEquals(Region.CHUNGBUK, firm(data, "n2").region());
        assertEquals(Region.DAEJEON, firm(data, "n3").region());

        assertEquals(4, data.links().size());
        Link trade = link(data, "n1", "n2", LinkType.TRADE);
        assertEquals(4.1, trade.weight(), WEIGHT_TOLERANCE);
        assertEquals(2019, trade.year());
        assertEquals(1.0, link(data, "n1", "n2", LinkType.COPATENT).weight());
        assertEquals(2.0, link(data, "n2", "n1", LinkType.TRADE).weight(), "directed, no kind: trade");
        assertEquals(LinkType.COPATENT, link(data, "n3", "n2", LinkType.COPATENT).type(), "undirected: co-patent");
    }

    @Test
    void readsNumberedKeysDefaultsAndSkipsDrawingMarkup() throws IOException {
        ParsedData data = read("networkx.graphml", NETWORKX);

        assertEquals(List.of("warning: networkx.graphml, line 9, column 'lat': node '0' has no coordinates: placed at "
                + "the centre of its province (Gyeonggi).", "warning: networkx.graphml, line 11, column 'lat': node '1' "
                + "has no coordinates: placed at the centre of its province (Gyeongbuk)."), report.lines());
        assertEquals("이천 메모리", firm(data, "0").name());
        assertEquals(Segment.FAB, firm(data, "0").segment(), "key default");
        assertEquals(Map.of(), firm(data, "0").attributes(), "yEd graphics are not attributes");
        assertEquals(Segment.MATERIALS, firm(data, "1").segment());
        assertEquals(LinkType.COPATENT, link(data, "0", "1", LinkType.COPATENT).type());
        Link trade = link(data, "1", "0", LinkType.TRADE);
        assertEquals(List.of("1", "0"), List.of(trade.source(), trade.target()));
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("no region", node("c", "<data key=\"s\">fab</data>"), "", ERROR, "region", "<node id=\"c\""),
                Arguments.of("unknown region", node("c", "<data key=\"r\">Atlantis</data>"), "",
                        ERROR, "region", "Atlantis"),
                Arguments.of("unknown segment", node("c", R, "<data key=\"s\">chips</data>"), "",
                        ERROR, "segment", "chips"),
                Arguments.of("employees not a number", node("c", R, "<data key=\"e\">12.5</data>"), "",
                        ERROR, "employees", "12.5"),
                Arguments.of("latitude not a number", node("c", R, "<data key=\"y\">north</data>",
                        "<data key=\"x\">127</data>"), "", ERROR, "lat", "north"),
                Arguments.of("point in London", node("c", R, "<data key=\"y\">51.5</data>",
                        "<data key=\"x\">127</data>"), "", ERROR, "lat", "51.5"),
                Arguments.of("longitude off the coast", node("c", R, "<data key=\"y\">36</data>",
                        "<data key=\"x\">140.2</data>"), "", ERROR, "lon", "140.2"),
                Arguments.of("duplicate node id", node("a", R).replace("<node id=\"a\">", "<node id=\"a\" note=\"again\">"),
                        "", ERROR, "id", "again"),
                Arguments.of("undeclared key", node("c", R, LAT, LON, "<data key=\"zz\">v</data>"), "",
                        WARNING, "zz", "key=\"zz\""),
                Arguments.of("edge to an unknown node", "", "<edge id=\"x\" source=\"zz\" target=\"a\"/>\n",
                        ERROR, "source", "zz"),
                Arguments.of("weight not a number", "", edge("<data key=\"w\">heavy</data>"), ERROR, "weight", "heavy"),
                Arguments.of("weight zero", "", edge("<data key=\"w\">0</data>"), ERROR, "weight", ">0<"),
                Arguments.of("weight negative", "", edge("<data key=\"w\">-2</data>"), ERROR, "weight", "-2"),
                Arguments.of("year not a number", "", edge("<data key=\"yr\">2019a</data>"), ERROR, "year", "2019a"),
                Arguments.of("unknown kind", "", edge("<data key=\"k\">friendship</data>"), ERROR, "kind", "friendship"),
                Arguments.of("label that is no kind", "", "<edge id=\"x\" source=\"a\" target=\"b\" label=\"wafers\"/>\n",
                        WARNING, "label", "wafers"),
                Arguments.of("self-loop", "", "<edge id=\"x\" source=\"b\" target=\"b\"/>\n", WARNING, "target", "<edge id=\"x\""),
                Arguments.of("duplicate link", "", "<edge source=\"a\" target=\"b\"/>\n"
                        + "<edge id=\"second\" source=\"a\" target=\"b\"/>\n", WARNING, null, "second"),
                Arguments.of("undirected trade", "", "<edge id=\"x\" source=\"a\" target=\"b\" directed=\"false\" "
                        + "label=\"trade\"/>\n", WARNING, "label", "<edge id=\"x\""),
                Arguments.of("hyperedge", "", "<hyperedge id=\"h\"><endpoint node=\"a\"/><endpoint node=\"b\"/></hyperedge>\n",
                        WARNING, null, "hyperedge"),
                Arguments.of("not well-formed", "<node id=\"c\"><data key=\"r\">경기</dta></node>\n", "",
                        ERROR, null, "</dta>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void reportsEachProblemWithItsLineAndColumn(String name, String nodes, String edges,
                                                ImportReport.Severity severity, String column, String needle)
            throws IOException {
        String xml = graphml(A + B + nodes + edges);
        read("case.graphml", xml);

        assertProblem(report, severity, "case.graphml", lineOf(xml, needle), column);
        assertEquals(severity == ERROR, report.hasErrors(), report.lines().toString());
    }

    @Test
    void edgesMayComeBeforeTheirNodes() throws IOException {
        ParsedData data = read("order.graphml", graphml("<edge source=\"a\" target=\"b\"/>\n" + A + B));

        assertFalse(report.hasErrors(), report.lines().toString());
        assertEquals(1, data.links().size());
    }

    @Test
    void aFileThatIsNotGraphMLIsAnError() throws IOException {
        read("wrong.graphml", "<?xml version=\"1.0\"?>\n<gexf/>\n");
        assertProblem(report, ERROR, "wrong.graphml", 2, null);
    }

    // ---- a small GraphML file: keys r, y, x, s, e (node) and w, k, yr (edge) ----

    private static final String R = "<data key=\"r\">경기</data>";
    private static final String LAT = "<data key=\"y\">37.4</data>";
    private static final String LON = "<data key=\"x\">127.1</data>";
    private static final String A = node("a", R, LAT, LON);
    private static final String B = node("b", "<data key=\"r\">KR-43</data>", "<data key=\"y\">36.6</data>",
            "<data key=\"x\">127.5</data>");

    /** A node with its data one per line, so that each has its own line number. */
    static String node(String id, String... data) {
        return "<node id=\"" + id + "\">\n" + String.join("\n", data) + "\n</node>\n";
    }

    static String edge(String... data) {
        return "<edge id=\"x\" source=\"a\" target=\"b\">\n" + String.join("\n", data) + "\n</edge>\n";
    }

    static String graphml(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "<key id=\"r\" for=\"node\" attr.name=\"region\" attr.type=\"string\"/>\n"
                + "<key id=\"y\" for=\"node\" attr.name=\"lat\" attr.type=\"double\"/>\n"
                + "<key id=\"x\" for=\"node\" attr.name=\"lon\" attr.type=\"double\"/>\n"
                + "<key id=\"s\" for=\"node\" attr.name=\"segment\" attr.type=\"string\"/>\n"
                + "<key id=\"e\" for=\"node\" attr.name=\"employees\" attr.type=\"int\"/>\n"
                + "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
                + "<key id=\"k\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
                + "<key id=\"yr\" for=\"edge\" attr.name=\"year\" attr.type=\"int\"/>\n"
                + "<graph edgedefault=\"directed\">\n" + body + "</graph>\n</graphml>\n";
    }
}
