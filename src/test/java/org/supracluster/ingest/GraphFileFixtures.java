package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/** Shared pieces of the GraphML and GEXF tests: a small network, files and report checks. */
final class GraphFileFixtures {

    static final double WEIGHT_TOLERANCE = 1e-6; // Gephi stores weights as 32-bit floats

    private GraphFileFixtures() {
    }

    /**
     * Three firms with Hangul names; between 수원 and 청주 a trade link each way and a co-patent
     * link; a dated co-patent link 청주–대전; an undated trade link 대전 → 수원; extra attributes
     * with characters XML must escape.
     */
    static Network sampleNetwork() {
        Network.Builder b = Network.builder();
        b.addFirm(new Firm("f1", "수원 장비 017", Region.GYEONGGI, "수원", 37.263, 127.029, Segment.EQUIPMENT, 120,
                Map.of("founded", "1998", "대표", "김철수")));
        b.addFirm(new Firm("f2", "청주 패키징 003", Region.CHUNGBUK, "청주", 36.642, 127.489, Segment.PACKAGING, -1,
                Map.of()));
        b.addFirm(new Firm("f3", "대전 연구소 001", Region.DAEJEON, "", 36.35, 127.385, Segment.RESEARCH, 45,
                Map.of("note", "R&D <lab> \"A\"")));
        b.addLink(new Link("f1", "f2", LinkType.TRADE, 4.1, 2019));
        b.addLink(new Link("f1", "f2", LinkType.COPATENT, 2.0, Link.NO_YEAR));
        b.addLink(new Link("f2", "f1", LinkType.TRADE, 1.0, Link.NO_YEAR));
        b.addLink(new Link("f3", "f2", LinkType.COPATENT, 3.5, 2021));
        b.addLink(new Link("f3", "f1", LinkType.TRADE, 0.25, Link.NO_YEAR));
        return b.build();
    }

    static List<Firm> firmsOf(Network net) {
        List<Firm> out = new ArrayList<>();
        for (int f = 0; f < net.firmCount(); f++) {
            out.add(net.firm(f));
        }
        return out;
    }

    static List<Link> linksOf(Network net) {
        List<Link> out = new ArrayList<>();
        for (int l = 0; l < net.linkCount(); l++) {
            out.add(net.link(l));
        }
        return out;
    }

    /** Same firms, field for field, in any order. */
    static void assertSameFirms(List<Firm> expected, List<Firm> actual) {
        Comparator<Firm> byId = Comparator.comparing(Firm::id);
        assertEquals(expected.stream().sorted(byId).collect(Collectors.toList()),
                actual.stream().sorted(byId).collect(Collectors.toList()));
    }

    /** Same links (canonical ends, type, year) in any order, weights equal within the tolerance. */
    static void assertSameLinks(List<Link> expected, List<Link> actual) {
        assertEquals(expected.size(), actual.size(), "link count");
        List<Link> e = canonicalSorted(expected);
        List<Link> a = canonicalSorted(actual);
        for (int i = 0; i < e.size(); i++) {
            Link x = e.get(i);
            Link y = a.get(i);
            assertEquals(List.of(x.source(), x.target(), x.type(), x.year()),
                    List.of(y.source(), y.target(), y.type(), y.year()));
            assertEquals(x.weight(), y.weight(), WEIGHT_TOLERANCE, "weight of " + x);
        }
    }

    private static List<Link> canonicalSorted(List<Link> links) {
        return links.stream().map(Link::canonical)
                .sorted(Comparator.comparing(Link::source).thenComparing(Link::target).thenComparing(Link::type)
                        .thenComparingInt(Link::year))
                .collect(Collectors.toList());
    }

    /** The one link of this type from source to target (canonical for co-patent). */
    static Link link(ParsedData data, String source, String target, LinkType type) {
        Link want = new Link(source, target, type, 1, Link.NO_YEAR).canonical();
        List<Link> found = data.links().stream().map(Link::canonical)
                .filter(l -> l.source().equals(want.source()) && l.target().equals(want.target()) && l.type() == type)
                .collect(Collectors.toList());
        assertEquals(1, found.size(), "links " + source + " " + target + " " + type + " in " + data.links());
        return found.get(0);
    }

    static Firm firm(ParsedData data, String id) {
        return data.firms().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseGet(() -> fail("no firm " + id + " in " + data.firms()));
    }

    static Path write(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /** 1-based number of the first line of {@code text} that contains {@code needle}. */
    static long lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("'" + needle + "' is not in the file");
    }

    /** Asserts that the report holds a problem of this severity on this line for this column. */
    static void assertProblem(ImportReport report, ImportReport.Severity severity, String file, long line,
                              String column) {
        List<ImportReport.Problem> list = severity == ImportReport.Severity.ERROR ? report.errors() : report.warnings();
        boolean found = list.stream().anyMatch(p -> p.file().equals(file) && p.line() == line
                && java.util.Objects.equals(p.column(), column) && !p.message().isBlank());
        assertTrue(found, "expected " + severity + " on line " + line + ", column " + column + "; report: "
                + report.lines());
    }

    /** Every text the import produced: report lines and every string of every firm and link. */
    static String everything(ParsedData data, ImportReport report) {
        StringBuilder b = new StringBuilder(String.join("\n", report.lines()));
        for (Firm f : data.firms()) {
            b.append(f.id()).append(f.name()).append(f.city()).append(f.attributes());
        }
        data.links().forEach(l -> b.append(l.source()).append(l.target()));
        return b.toString();
    }
}
