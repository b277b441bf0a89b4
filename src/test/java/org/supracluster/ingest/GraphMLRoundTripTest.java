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
import org.supracluster.export.GraphMLWriter;
import org.supracluster.model.Filter;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;

/** GraphML written by {@link GraphMLWriter} reads back through {@link GraphMLReader} unchanged. */
class GraphMLRoundTripTest {

    @TempDir
    Path dir;

    private Path export(NetworkView view) throws IOException {
        Path file = dir.resolve("network.graphml");
        try (OutputStream out = Files.newOutputStream(file)) {
            new GraphMLWriter().write(view, out);
        }
        return file;
    }

    @Test
    void firmsLinksAttributesAndHangulNamesSurviveARoundTrip() throws IOException {
        Network net = sampleNetwork();
        Path file = export(NetworkView.of(net, Filter.all()));

        ImportReport report = new ImportReport();
        ParsedData back = new GraphMLReader().read(file, report);

        assertEquals(List.of(), report.lines());
        assertSameFirms(firmsOf(net), back.firms());
        assertSameLinks(linksOf(net), back.links());
    }

    @Test
    void writesAMixedGraphInTheShapeGephiReadsBack() throws IOException {
        String xml = Files.readString(export(NetworkView.of(sampleNetwork(), Filter.all())), StandardCharsets.UTF_8);

        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        assertTrue(xml.contains("edgedefault=\"directed\""), xml);
        assertTrue(xml.contains("source=\"f1\" target=\"f2\" label=\"trade\""), xml);
        assertTrue(xml.contains("source=\"f1\" target=\"f2\" directed=\"false\" label=\"copatent\""), xml);
        assertTrue(xml.contains("<data key=\"kind\">copatent</data>"), xml);
        assertTrue(xml.contains("<data key=\"label\">수원 장비 017</data>"), "Hangul written as UTF-8 text");
        assertTrue(xml.contains("<data key=\"region\">KR-41</data>"), xml);
        assertTrue(xml.contains("<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"), xml);
        assertEquals(5, xml.split("<data key=\"weight\">", -1).length - 1, "a weight on every edge");
        assertEquals(2, xml.split("<data key=\"employees\">", -1).length - 1, "employees left out when unknown");
        assertFalse(xml.contains("directed=\"true\""), "directed is the default");
    }

    @Test
    void writesOnlyTheFirmsAndLinksTheViewShows() throws IOException {
        Filter filter = Filter.all().withRegions(Set.of(Region.GYEONGGI, Region.CHUNGBUK))
                .withLinkTypes(Set.of(LinkType.COPATENT));
        Path file = export(NetworkView.of(sampleNetwork(), filter));

        ImportReport report = new ImportReport();
        ParsedData back = new GraphMLReader().read(file, report);

        assertEquals(List.of(), report.lines());
        assertEquals(List.of("f1", "f2"), back.firms().stream().map(f -> f.id()).sorted().toList());
        assertSameLinks(List.of(new Link("f1", "f2", LinkType.COPATENT, 2.0, Link.NO_YEAR)), back.links());
    }
}
