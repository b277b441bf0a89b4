package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.supracluster.ingest.ImportFixture.assertClean;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.export.CsvExporter;
import org.supracluster.export.GexfWriter;
import org.supracluster.export.GraphMLWriter;
import org.supracluster.model.Filter;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Placement;

/**
 * A firm's registration number and placement are exported (CSV, GraphML, GEXF) and come back
 * whole, and an attribute whose name the import would read as a field does not repeat or take
 * a field's column. Invented firms.
 */
class IdentityRoundTripTest {

    @TempDir
    Path dir;

    private static final String FIRMS = """
            업체명,사업자등록번호,주소,위도,경도,비고
            가람전자(주),123-45-67891,경기도 용인시 기흥구 가상로 1,,,협회 회원
            나래소재,,충청북도 청주시 흥덕구 가상로 2,,,
            다솜정밀,2208162517,대전,36.35,127.38,
            라온테크,,충남 어딘가,,,
            """;

    private record Seen(String id, String brn, Placement placement, double lat) { }

    private static List<Seen> seen(Network n) {
        List<Seen> out = new java.util.ArrayList<>();
        for (int f = 0; f < n.firmCount(); f++) {
            out.add(new Seen(n.firmId(f), n.brn(f), n.placement(f), Math.round(n.lat(f) * 1e6) / 1e6));
        }
        out.sort(java.util.Comparator.comparing(Seen::id));
        return out;
    }

    @Test
    void registrationNumbersAndPlacementsComeBackFromEveryExport() throws Exception {
        List<Seen> original;
        NetworkView view;
        try (ImportFixture f = ImportFixture.empty(dir.resolve("a"))) {
            Importer.Result r = f.run(f.file("members.csv", FIRMS));
            assertEquals(Map.of(Placement.GIVEN, 1L, Placement.MUNICIPALITY, 2L, Placement.PROVINCE, 1L), r.placements());
            Network n = f.load();
            original = seen(n);
            view = NetworkView.of(n, Filter.all());
        }
        assertEquals(List.of(new Seen("1234567891", "1234567891", Placement.MUNICIPALITY, original.get(0).lat()),
                new Seen("2208162517", "2208162517", Placement.GIVEN, 36.35)), original.subList(0, 2));
        Path csvDir = dir.resolve("csv");
        CsvExporter.write(view, csvDir);
        Path graphml = dir.resolve("x.graphml");
        try (OutputStream out = Files.newOutputStream(graphml)) {
            new GraphMLWriter().write(view, out);
        }
        Path gexf = dir.resolve("x.gexf");
        try (OutputStream out = Files.newOutputStream(gexf)) {
            new GexfWriter().write(view, out);
        }
        int i = 0;
        for (List<Path> files : List.of(List.of(csvDir.resolve("firms.csv")), List.of(graphml), List.of(gexf))) {
            try (ImportFixture f = ImportFixture.empty(dir.resolve("back" + i++))) {
                Importer.Result r = f.run(files.toArray(Path[]::new));
                assertClean(r);
                assertEquals(original, seen(f.load()), files.toString());
            }
        }
    }

    @Test
    void anAttributeNamedLikeAFieldGetsItsOwnColumnInTheCsvExport() throws Exception {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            // A GraphML file whose nodes carry an 'address' attribute the GraphML reader keeps as is.
            Path g = f.file("a.graphml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                      <key id="r" for="node" attr.name="region" attr.type="string"/>
                      <key id="d" for="node" attr.name="address" attr.type="string"/>
                      <graph edgedefault="directed">
                        <node id="n1"><data key="r">경기</data><data key="d">경기도 수원시 가상로 3</data></node>
                      </graph>
                    </graphml>
                    """);
            Importer.Result r = f.run(g);
            Network n = f.load();
            CsvExporter.write(NetworkView.of(n, Filter.all()), dir.resolve("out"));
            String header = Files.readAllLines(dir.resolve("out").resolve("firms.csv")).get(0);
            assertEquals("id,name,region,city,lat,lon,segment,employees,brn,placement,attribute: address", header);
        }
    }
}
