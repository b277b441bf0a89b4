package org.supracluster.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.analysis.ClusterRoles;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/**
 * The report's content as the command line and the window both build it: every table in the
 * set {@code analyze --out} writes, the provenance in words, the report written whole or not at all.
 */
class AnalysisReportTest {

    @TempDir
    Path dir;

    /** Six firms in three clusters, trade and co-patent links across them. */
    static Network network() {
        Network.Builder b = Network.builder();
        b.addFirm(new Firm("S", "서울 설계 001", Region.SEOUL, "", 37.5, 127.0, Segment.DESIGN, -1, Map.of()));
        b.addFirm(new Firm("G", "수원 팹 002", Region.GYEONGGI, "", 37.26, 127.03, Segment.FAB, -1, Map.of()));
        b.addFirm(new Firm("D", "대전 연구 003", Region.DAEJEON, "", 36.35, 127.38, Segment.RESEARCH, -1, Map.of()));
        b.addFirm(new Firm("C", "청주 팹 004", Region.CHUNGBUK, "", 36.64, 127.49, Segment.FAB, -1, Map.of()));
        b.addFirm(new Firm("B", "부산 소재 005", Region.BUSAN, "", 35.18, 129.07, Segment.MATERIALS, -1, Map.of()));
        b.addFirm(new Firm("U", "울산 부품 006", Region.ULSAN, "", 35.54, 129.31, Segment.COMPONENTS, -1, Map.of()));
        b.addLink(0, 1, LinkType.TRADE, 2, 2020);
        b.addLink(1, 2, LinkType.TRADE, 1, 2021);
        b.addLink(2, 3, LinkType.TRADE, 1, 2021);
        b.addLink(3, 4, LinkType.TRADE, 1, 2022);
        b.addLink(4, 5, LinkType.TRADE, 3, 2022);
        b.addLink(0, 2, LinkType.COPATENT, 1, 2020);
        b.addLink(1, 3, LinkType.COPATENT, 2, 2022);
        b.addLink(4, 5, LinkType.COPATENT, 1, 2021);
        return b.build();
    }

    private static AnalysisTables tables(Locale locale) {
        Network n = network();
        LinkGraph g = LinkGraph.of(NetworkView.of(n, Filter.all()));
        return new AnalysisTables(g, ClusterScheme.defaultFive(), Partition.of(ClusterScheme.defaultFive(), n), locale,
                AnalysisTables.SEED_DEFAULT, 20);
    }

    private static AnalysisReport.Provenance provenance() {
        return new AnalysisReport.Provenance("hand.db", Map.of("synthetic", "true"), List.of(
                new AnalysisReport.Import(Instant.parse("2026-11-25T10:00:00Z"),
                        List.of("/home/analyst/data/firms.csv", "/home/analyst/data/links.csv"), 14)));
    }

    @Test
    void everyTableIsTheSetAnalyzeWritesInItsOrder() {
        List<String> names = tables(Locale.ENGLISH).everyTable(AnalysisTables.BetweennessMode.AUTO, Progress.NONE,
                Progress.NONE).stream().map(ResultTable::name).toList();
        assertEquals(List.of("clusters", "firms", "bridges", "matrix_trade", "matrix_copatent", "communities",
                "comparison", "geography", "years", "finding"), names);
    }

    @Test
    void theContentHoldsTheClusterRolesAndTheProvenanceWithFileNamesOnly() {
        AnalysisTables t = tables(Locale.KOREAN);
        HtmlReport.Content c = AnalysisReport.content(t, "제목", Locale.KOREAN, null, "지도 없음",
                List.of(new HtmlReport.Entry("필터", "수도권")), provenance(), "1.2.3",
                ZonedDateTime.of(2026, 11, 25, 14, 30, 0, 0, ZoneOffset.UTC), null, Progress.NONE);
        assertEquals("ko", c.lang());
        ClusterRoles roles = t.roles();
        assertEquals(roles.clusters().size(), c.roles().rows().size());
        for (int i = 0; i < roles.clusters().size(); i++) {
            List<String> row = c.roles().rows().get(i);
            assertEquals(t.clusterName(roles.clusters().get(i).cluster()), row.get(0));
            assertEquals(Long.toString(roles.clusters().get(i).internalLinks()), row.get(2));
            assertEquals(RoleNames.of(roles.clusters().get(i).role(), Locale.KOREAN), row.get(8));
        }
        // Clusters with no firm in the view are left off the chart (they showed as peripheral at 0/0):
        // here Daegu–Gyeongbuk and Honam, so three of the five.
        assertEquals(roles.clustersInView(), c.chart().size());
        assertEquals(3, c.chart().size());
        // The comparison's caption is the window's tab name (거래와 공동특허).
        assertEquals(List.of("역할별 상위 기업", "초광역 공동체", "거래와 공동특허", "클러스터 간 거래", "클러스터 간 공동특허"),
                c.tables().stream().map(HtmlReport.Table::caption).toList());
        assertEquals(List.of("데이터베이스: hand.db", "합성 데이터: 실제 기업이 아닌 가상의 기업과 연결입니다.",
                "가져오기 2026-11-25T10:00:00Z: firms.csv, links.csv (14행)"), c.provenance());
        assertEquals("2026-11-25 14:30 Z", c.createdAt());
        // In Korean the headings are words, and communities are 공동체.
        HtmlReport.Table communities = c.tables().get(1);
        assertEquals("공동체", communities.header().get(0));
        assertTrue(!communities.rows().isEmpty() && communities.rows().stream().allMatch(r -> r.get(0).startsWith("공동체 ")),
                communities.rows().toString());
        assertEquals("클러스터", c.roles().header().get(0));
    }

    @Test
    void theReportIsWrittenWholeAndAStoppedOneWritesNothing() throws Exception {
        Path file = dir.resolve("sub/report.html");
        HtmlReport.Content c = AnalysisReport.content(tables(Locale.ENGLISH), AnalysisReport.defaultTitle(
                Locale.ENGLISH), Locale.ENGLISH, null, "no map", List.of(), provenance(), "1.2.3",
                ZonedDateTime.now(), AnalysisReport.font(), Progress.NONE);
        AnalysisReport.write(c, file);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>The supra-regional network of semiconductor firms</h1>"));
        assertTrue(html.contains("data:font/ttf;base64,"), "the bundled font is embedded");
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertEquals(List.of("report.html"), left.map(p -> p.getFileName().toString()).toList());
        }

        // The permutation tests hear of the stop and end the work: no content, so nothing to write.
        List<Double> heard = new ArrayList<>();
        Progress stopAtOnce = new Progress() {
            @Override
            public void report(double fraction, String what) {
                heard.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return !heard.isEmpty();
            }
        };
        AnalysisTables slow = new AnalysisTables(LinkGraph.of(NetworkView.of(network(), Filter.all())),
                ClusterScheme.defaultFive(), Partition.of(ClusterScheme.defaultFive(), network()), Locale.ENGLISH, 1,
                100_000);
        assertThrows(Progress.Cancelled.class, () -> AnalysisReport.content(slow, "t", Locale.ENGLISH, null, null,
                List.of(), provenance(), "v", ZonedDateTime.now(), null, stopAtOnce));
        assertFalse(heard.isEmpty(), "progress was reported before the stop");
        assertTrue(heard.get(heard.size() - 1) < 1, "stopped before the end: " + heard.get(heard.size() - 1));
    }
}
