package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.ingest.GraphFileFixtures.assertSameFirms;
import static org.supracluster.ingest.GraphFileFixtures.assertSameLinks;
import static org.supracluster.ingest.GraphFileFixtures.firmsOf;
import static org.supracluster.ingest.GraphFileFixtures.linksOf;
import static org.supracluster.ingest.GraphFileFixtures.sampleNetwork;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.export.GexfWriter;
import org.supracluster.model.Filter;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;

/** GEXF written by {@link GexfWriter} reads back through {@link GexfReader} unchanged. */
class GexfRoundTripTest {

    @TempDir
    Path dir;

    private Path export(NetworkView view) throws IOException {
        Path file = dir.resolve("network.gexf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new GexfWriter().write(view, out);
        }
        return file;
    }

    @Test
    void firmsLinksAttributesAndHangulNamesSurviveARoundTrip() throws IOException {
        Network net = sampleNetwork();
        Path file = export(NetworkView.of(net, Filter.all()));

        ImportReport report = new ImportReport();
        ParsedData back = new GexfReader().read(file, report);

        assertEquals(List.of(), report.lines());
        assertSameFirms(firmsOf(net), back.firms());
        assertSameLinks(linksOf(net), back.links());
    }

    @Test
    void writesAMixedGraphInTheShapeGephiReadsBack() throws IOException {
        String xml = Files.readString(export(NetworkView.of(sampleNetwork(), Filter.all())), StandardCharsets.UTF_8);

        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        assertTrue(xml.contains("xmlns=\"http://gexf.net/1.3\""), xml);
        assertFalse(xml.contains("defaultedgetype"), "a default direction makes Gephi drop the other edges");
        assertTrue(xml.contains("source=\"f1\" target=\"f2\" type=\"directed\" kind=\"trade\" weight=\"4.1\""), xml);
        assertTrue(xml.contains("source=\"f1\" target=\"f2\" type=\"undirected\" kind=\"copatent\" weight=\"2.0\""), xml);
        assertTrue(xml.contains("weight=\"1.0\""), "weight is always written");
        assertTrue(xml.contains("label=\"수원 장비 017\""), "Hangul written as UTF-8 text");
        assertTrue(xml.contains("<attvalue for=\"region\" value=\"KR-41\"/>"), xml);
        assertTrue(xml.contains("<attvalue for=\"segment\" value=\"equipment\"/>"), xml);
        assertTrue(xml.contains("<attvalue for=\"year\" value=\"2019\"/>"), xml);
        assertEquals(2, xml.split("for=\"employees\" value=", -1).length - 1, "employees left out when unknown");
    }

    @Test
    void writesOnlyTheFirmsAndLinksTheViewShows() throws IOException {
        Filter filter = Filter.all().withRegions(Set.of(Region.GYEONGGI, Region.CHUNGBUK))
                .withLinkTypes(Set.of(LinkType.COPATENT));
        Path file = export(NetworkView.of(sampleNetwork(), filter));

        ImportReport report = new ImportReport();
        ParsedData back = new GexfReader().read(file, report);

        assertEquals(List.of(), report.lines());
        assertEquals(List.of("f1", "f2"), back.firms().stream().map(f -> f.id()).sorted().toList());
        assertSameLinks(List.of(new Link("f1", "f2", LinkType.COPATENT, 2.0, Link.NO_YEAR)), back.links());
    }
}
