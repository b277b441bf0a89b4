package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

/** {@link GexfReader}: Gephi's own files, and every problem reported with its line and column. */
class GexfReaderTest {

    @TempDir
    Path dir;

    /** A GEXF 1.3 file as Gephi 0.10 writes a mixed graph: numeric attribute ids, viz elements, no default direction. */
    private static final String GEPHI = """
            <?xml version='1.0' encoding='UTF-8'?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">
              <meta lastmodifieddate="2025-03-01">
                <creator>Gephi 0.10.1</creator>
                <title></title>
                <description></description>
              </meta>
              <graph>
                <attributes class="node" mode="static">
                  <attribute id="0" title="Region" type="string"></attribute>
                  <attribute id="1" title="latitude" type="double"></attribute>
                  <attribute id="2" title="longitude" type="double"></attribute>
                  <attribute id="3" title="segment" type="string"></attribute>
                  <attribute id="4" title="employees" type="integer"></attribute>
                  <attribute id="5" title="founded" type="string"></attribute>
                  <attribute id="6" title="city" type="string"></attribute>
                </attributes>
                <attributes class="edge" mode="static">
                  <attribute id="7" title="year" type="integer"></attribute>
                </attributes>
                <nodes>
                  <node id="n1" label="수원 장비 017">
                    <attvalues>
                      <attvalue for="0" value="경기도"></attvalue>
                      <attvalue for="1" value="37.263"></attvalue>
                      <attvalue for="2" value="127.029"></attvalue>
                      <attvalue for="3" value="장비"></attvalue>
                      <attvalue for="4" value="120"></attvalue>
                      <attvalue for="5" value="1998"></attvalue>
                      <attvalue for="6" value="수원"></attvalue>
                    </attvalues>
                    <viz:size value="10.0"></viz:size>
                    <viz:position x="12.5" y="-3.25"></viz:position>
                    <viz:color r="31" g="119" b="180"></viz:color>
                  </node>
                  <node id="n2" label="청주 패키징 003">
                    <attvalues>
                      <attvalue for="0" value="KR-43"></attvalue>
                      <attvalue for="1" value="36.642"></attvalue>
                      <attvalue for="2" value="127.489"></attvalue>
                      <attvalue for="3" value="packaging"></attvalue>
                    </attvalues>
                    <viz:size value="10.0"></viz:size>
                  </node>
                  <node id="n3" label="대전 연구소 001">
                    <attvalues>
                      <attvalue for="0" value="30"></attvalue>
                      <attvalue for="1" value="36.35"></attvalue>
                      <attvalue for="2" value="127.385"></attvalue>
                    </attvalues>
                  </node>
                </nodes>
                <edges>
                  <edge id="0" source="n1" target="n2" type="directed" kind="trade" weight="4.0999999">
                    <attvalues>
                      <attvalue for="7" value="2019"></attvalue>
                    </attvalues>
                  </edge>
                  <edge id="1" source="n1" target="n2" type="undirected" kind="copatent"></edge>
                  <edge id="2" source="n2" target="n1" type="directed" kind="trade" weight="2.0"></edge>
                  <edge id="3" source="n3" target="n2" type="undirected"></edge>
                </edges>
              </graph>
            </gexf>
            """;

    private ImportReport report;

    private ParsedData read(String name, String content) throws IOException {
        report = new ImportReport();
        return new GexfReader().read(write(dir, name, content), report);
    }

    @Test
    void readsAMixedGraphWrittenByGephi() throws IOException {
        ParsedData data = read("gephi.gexf", GEPHI);

        assertEquals(List.of(), report.lines());
        Firm suwon = firm(data, "n1");
        assertEquals(new Firm("n1", "수원 장비 017", Region.GYEONGGI, "수원", 37.263, 127.029, Segment.EQUIPMENT, 120,
                Map.of("founded", "1998")), suwon, "viz elements are not attributes");
        assertEquals(Region.CHUNGBUK, firm(data, "n2").region());
        assertEquals(-1, firm(data, "n2").employees());
        assertEquals(Region.DAEJEON, firm(data, "n3").region(), "domestic code 30");
        assertEquals(Segment.OTHER, firm(data, "n3").segment());

        assertEquals(4, data.links().size());
        Link trade = link(data, "n1", "n2", LinkType.TRADE);
        assertEquals(4.1, trade.weight(), WEIGHT_TOLERANCE);
        assertEquals(2019, trade.year());
        assertEquals(1.0, link(data, "n1", "n2", LinkType.COPATENT).weight(), "weight left out means 1.0");
        assertEquals(2.0, link(data, "n2", "n1", LinkType.TRADE).weight());
        assertEquals(Link.NO_YEAR, link(data, "n3", "n2", LinkType.COPATENT).year(), "undirected, no kind: co-patent");
    }

    @Test
    void graphDefaultDirectionAppliesToEdgesWithoutTheirOwn() throws IOException {
        ParsedData data = read("undirected.gexf", gexf("undirected", A + B, """
                <edge source="a" target="b"/>
                <edge source="b" target="a" type="directed"/>
                """));

        assertFalse(report.hasErrors(), report.lines().toString());
        assertEquals(LinkType.COPATENT, link(data, "a", "b", LinkType.COPATENT).type());
        assertEquals(LinkType.TRADE, link(data, "b", "a", LinkType.TRADE).type());
    }

    @Test
    void missingCoordinatesAreFilledFromTheCityOrElseTheProvinceWithAWarning() throws IOException {
        String nodes = node("s", "<attvalue for=\"r\" value=\"경기\"/><attvalue for=\"c\" value=\"수원시\"/>")
                + node("t", "<attvalue for=\"r\" value=\"충남\"/><attvalue for=\"c\" value=\"Nowhere\"/>");
        ParsedData data = read("nocoords.gexf", gexf(null, nodes, ""));

        assertFalse(report.hasErrors(), report.lines().toString());
        // 수원시청, 경기 수원시 팔달구 효원로 241: about 37.264 N, 127.029 E (the bundled municipality table).
        assertEquals(37.264, firm(data, "s").lat(), 0.005);
        assertEquals(127.029, firm(data, "s").lon(), 0.005);
        assertEquals(org.supracluster.model.Placement.MUNICIPALITY, firm(data, "s").placement());
        assertEquals(org.supracluster.model.Placement.PROVINCE, firm(data, "t").placement());
        assertEquals(List.of(Region.CHUNGNAM.centreLat(), Region.CHUNGNAM.centreLon()),
                List.of(firm(data, "t").lat(), firm(data, "t").lon()));
        String xml = gexf(null, nodes, "");
        assertProblem(report, WARNING, "nocoords.gexf", lineOf(xml, "<node id=\"s\""), "lat");
        assertProblem(report, WARNING, "nocoords.gexf", lineOf(xml, "<node id=\"t\""), "lat");
        assertEquals(Segment.OTHER, firm(data, "s").segment(), "missing segment: other, without a warning");
        assertEquals(2, report.warningCount());
    }

    @Test
    void mergesDuplicateLinksAndDropsSelfLoopsAndKeepsAnUndirectedTradeEdge() throws IOException {
        ParsedData data = read("edges.gexf", gexf(null, A + B, """
                <edge source="a" target="b" kind="copatent" weight="1.5"/>
                <edge id="dup" source="b" target="a" kind="copatent" weight="2"/>
                <edge id="loop" source="a" target="a"/>
                <edge id="odd" source="b" target="a" type="undirected" kind="trade"/>
                <edge id="cd" source="a" target="b" type="directed" kind="copatent"/>
                """));

        assertFalse(report.hasErrors(), report.lines().toString());
        assertEquals(1.5 + 2 + 1, link(data, "a", "b", LinkType.COPATENT).weight(), "directed co-patent merges too");
        Link odd = link(data, "b", "a", LinkType.TRADE);
        assertEquals(List.of("b", "a"), List.of(odd.source(), odd.target()));
        assertEquals(2, data.links().size(), "self-loop dropped");
        assertEquals(4, report.warningCount(), "two merges, a self-loop, an undirected trade: " + report.lines());
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("no region", node("c", "<attvalue for=\"s\" value=\"fab\"/>"), "",
                        ERROR, "region", "<node id=\"c\""),
                Arguments.of("unknown region", node("c", "<attvalue for=\"r\" value=\"Atlantis\"/>"), "",
                        ERROR, "region", "Atlantis"),
                Arguments.of("unknown segment", node("c", R + "<attvalue for=\"s\" value=\"chips\"/>"), "",
                        ERROR, "segment", "chips"),
                Arguments.of("employees not a number", node("c", R + "<attvalue for=\"e\" value=\"many\"/>"), "",
                        ERROR, "employees", "many"),
                Arguments.of("latitude not a number", node("c", R + "<attvalue for=\"y\" value=\"north\"/>"
                        + "<attvalue for=\"x\" value=\"127\"/>"), "", ERROR, "lat", "north"),
                Arguments.of("point in London", node("c", R + "<attvalue for=\"y\" value=\"51.5\"/>"
                        + "<attvalue for=\"x\" value=\"127\"/>"), "", ERROR, "lat", "51.5"),
                Arguments.of("longitude off the coast", node("c", R + "<attvalue for=\"y\" value=\"36\"/>"
                        + "<attvalue for=\"x\" value=\"140.2\"/>"), "", ERROR, "lon", "140.2"),
                Arguments.of("duplicate node id", node("a", R).replace("label=\"a\"", "label=\"again\""), "",
                        ERROR, "id", "again"),
                Arguments.of("edge to an unknown node", "", "<edge id=\"x\" source=\"a\" target=\"zz\"/>\n",
                        ERROR, "target", "zz"),
                Arguments.of("weight not a number", "", "<edge id=\"x\" source=\"a\" target=\"b\" weight=\"heavy\"/>\n",
                        ERROR, "weight", "heavy"),
                Arguments.of("weight zero", "", "<edge id=\"x\" source=\"a\" target=\"b\" weight=\"0\"/>\n",
                        ERROR, "weight", "<edge id=\"x\""),
                Arguments.of("weight negative", "", "<edge id=\"x\" source=\"a\" target=\"b\" weight=\"-2\"/>\n",
                        ERROR, "weight", "<edge id=\"x\""),
                Arguments.of("year not a number", "", "<edge id=\"x\" source=\"a\" target=\"b\">\n<attvalues>\n"
                        + "<attvalue for=\"yr\" value=\"2019a\"/>\n</attvalues>\n</edge>\n", ERROR, "year", "2019a"),
                Arguments.of("unknown kind", "", "<edge id=\"x\" source=\"a\" target=\"b\" kind=\"friendship\"/>\n",
                        ERROR, "kind", "friendship"),
                Arguments.of("self-loop", "", "<edge id=\"x\" source=\"a\" target=\"a\"/>\n",
                        WARNING, "target", "<edge id=\"x\""),
                Arguments.of("duplicate link", "", "<edge source=\"a\" target=\"b\"/>\n"
                        + "<edge id=\"second\" source=\"a\" target=\"b\"/>\n", WARNING, null, "second"),
                Arguments.of("undirected trade", "", "<edge id=\"x\" source=\"a\" target=\"b\" type=\"undirected\" "
                        + "kind=\"trade\"/>\n", WARNING, "kind", "<edge id=\"x\""),
                Arguments.of("not well-formed", "<node id=\"c\" label=\"R & D\"/>\n", "", ERROR, null, "R & D"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void reportsEachProblemWithItsLineAndColumn(String name, String nodes, String edges,
                                                ImportReport.Severity severity, String column, String needle)
            throws IOException {
        String xml = gexf(null, A + B + nodes, edges);
        read("case.gexf", xml);

        assertProblem(report, severity, "case.gexf", lineOf(xml, needle), column);
        assertEquals(severity == ERROR, report.hasErrors(), report.lines().toString());
    }

    @Test
    void aFileThatIsNotGexfIsAnError() throws IOException {
        read("wrong.gexf", "<?xml version=\"1.0\"?>\n<graphml/>\n");
        assertProblem(report, ERROR, "wrong.gexf", 2, null);
    }

    // ---- a small GEXF file: attribute ids r, y, x, s, e, c (node) and yr (edge) ----

    private static final String R = "<attvalue for=\"r\" value=\"경기\"/>";
    private static final String A = node("a", R + "<attvalue for=\"y\" value=\"37.4\"/><attvalue for=\"x\" value=\"127.1\"/>");
    private static final String B = node("b", "<attvalue for=\"r\" value=\"KR-43\"/>"
            + "<attvalue for=\"y\" value=\"36.6\"/><attvalue for=\"x\" value=\"127.5\"/>");

    /** A node with its attvalues one per line, so that each has its own line number. */
    static String node(String id, String attvalues) {
        return "<node id=\"" + id + "\" label=\"" + id + "\">\n<attvalues>\n"
                + attvalues.replace("/><", "/>\n<") + "\n</attvalues>\n</node>\n";
    }

    static String gexf(String defaultEdgeType, String nodes, String edges) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
                + (defaultEdgeType == null ? "<graph>\n" : "<graph defaultedgetype=\"" + defaultEdgeType + "\">\n")
                + "<attributes class=\"node\">\n"
                + "<attribute id=\"r\" title=\"region\" type=\"string\"/>\n"
                + "<attribute id=\"y\" title=\"lat\" type=\"double\"/>\n"
                + "<attribute id=\"x\" title=\"lon\" type=\"double\"/>\n"
                + "<attribute id=\"s\" title=\"segment\" type=\"string\"/>\n"
                + "<attribute id=\"e\" title=\"employees\" type=\"integer\"/>\n"
                + "<attribute id=\"c\" title=\"city\" type=\"string\"/>\n"
                + "</attributes>\n"
                + "<attributes class=\"edge\">\n<attribute id=\"yr\" title=\"year\" type=\"integer\"/>\n</attributes>\n"
                + "<nodes>\n" + nodes + "</nodes>\n<edges>\n" + edges + "</edges>\n</graph>\n</gexf>\n";
    }
}
