package org.supracluster.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.Progress;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/**
 * The clusters table with the group "other" and clusters not in view, on four firms worked by hand:
 * S1 (Seoul) and S2 (Gyeonggi) in the capital region, D (Daejeon) in Chungcheong–Daejeon, K
 * (Gangwon) in "other". Links (2020): trade S2→S1, S1→K, K→D; co-patent S1–D.
 *
 * <p>Capital: I = 1 (S2→S1), E = 2 (S1→K to "other", S1–D). Chungcheong: I = 0, E = 2 (K→D, S1–D).
 * "other": I = 0, E = 2. ΣI = 1, ΣE = 2 × 1 inter-cluster + 2 cluster–other = 4. Two clusters have a
 * firm in view: K = 2, fair share 1/2. Capital: 1/1 and 2/4: core hub; E-I (2 − 1)/3 = 1/3.
 * Chungcheong: 0 and 2/4: externally oriented; E-I 1. The other three clusters: not in view.
 * Brokerage on S2→S1→K→D: S2→S1→K makes S1 a representative (capital, capital, other);
 * S1→K→D makes K a liaison (capital, other, Chungcheong).
 */
class AnalysisTablesClustersTest {

    static Network network() {
        Network.Builder b = Network.builder();
        b.addFirm(new Firm("S1", "서울 설계 101", Region.SEOUL, "", 37.5, 127.0, Segment.DESIGN, -1, Map.of()));
        b.addFirm(new Firm("S2", "수원 팹 102", Region.GYEONGGI, "", 37.26, 127.03, Segment.FAB, -1, Map.of()));
        b.addFirm(new Firm("D", "대전 연구 103", Region.DAEJEON, "", 36.35, 127.38, Segment.RESEARCH, -1, Map.of()));
        b.addFirm(new Firm("K", "춘천 소재 104", Region.GANGWON, "", 37.88, 127.73, Segment.MATERIALS, -1, Map.of()));
        b.addLink(1, 0, LinkType.TRADE, 1, 2020);
        b.addLink(0, 3, LinkType.TRADE, 1, 2020);
        b.addLink(3, 2, LinkType.TRADE, 1, 2020);
        b.addLink(0, 2, LinkType.COPATENT, 1, 2020);
        return b.build();
    }

    private static AnalysisTables tables(Locale locale) {
        Network n = network();
        return new AnalysisTables(LinkGraph.of(NetworkView.of(n, Filter.all())), ClusterScheme.defaultFive(),
                Partition.of(ClusterScheme.defaultFive(), n), locale, AnalysisTables.SEED_DEFAULT, 1);
    }

    private static List<Object> row(ResultTable t, int r, String... columns) {
        List<Object> out = new ArrayList<>();
        for (String c : columns) {
            out.add(t.value(r, c));
        }
        return out;
    }

    @Test
    void theClustersTableListsEveryClusterThenOther() {
        ResultTable t = tables(Locale.ENGLISH).clusters();
        assertEquals(6, t.rowCount());
        String[] cols = {"cluster", "firms", "internal", "external", "internal_share", "external_share", "role"};
        assertEquals(List.of("Capital region", 2, 1L, 2L, 1.0, 0.5, "core hub"), row(t, 0, cols));
        assertEquals(List.of("Chungcheong–Daejeon", 1, 0L, 2L, 0.0, 0.5, "externally oriented / gateway"),
                row(t, 1, cols));
        for (int r = 2; r < 5; r++) {
            assertEquals(0, t.value(r, "firms"));
            assertEquals("not in view", t.value(r, "role"));
            assertTrue(Double.isNaN((Double) t.value(r, "internal_share")));
        }
        assertEquals(List.of("other", 1, 0L, 2L, Double.NaN, Double.NaN, ""), row(t, 5, cols));
        assertEquals(1.0 / 3, (Double) t.value(0, "ei_index"), 1e-12);
        assertEquals(1.0, t.value(5, "ei_index"));
        // Ties (one link of weight 1 each) go by cluster order, "other" last.
        assertEquals("Chungcheong–Daejeon 1; other 1", t.value(0, "partners"));
        assertEquals("Capital region 1; Chungcheong–Daejeon 1", t.value(5, "partners"));
    }

    @Test
    void brokerageByGroupHasARowForOther() {
        ResultTable t = tables(Locale.ENGLISH).clusters();
        String[] roles = {"coordinator", "itinerant", "representative", "gatekeeper", "liaison"};
        assertEquals(List.of(0L, 0L, 1L, 0L, 0L), row(t, 0, roles));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), row(t, 1, roles));
        assertEquals(List.of(0L, 0L, 0L, 0L, 1L), row(t, 5, roles));
        // The "other" firm K is a liaison and has a role: neighbours S1 (capital) and D (Chungcheong),
        // P = 1 − 2·(1/2)² = 0.5, z = 0 (alone in "other"): R2.
        ResultTable firms = tables(Locale.ENGLISH).firms(AnalysisTables.BetweennessMode.EXACT, Progress.NONE);
        int k = 3;
        assertEquals("K", firms.value(k, "id"));
        assertEquals("other", firms.value(k, "cluster"));
        assertEquals(0.5, firms.value(k, "participation"));
        assertEquals(0.0, firms.value(k, "within_module_z"));
        assertEquals("R2 peripheral", firms.value(k, "role"));
        assertEquals(1L, firms.value(k, "liaison"));
    }

    @Test
    void theFairShareNoteNamesKInBothLanguages() {
        assertEquals("Fair share 1/K = 1/2 (50%): K = 2 clusters with a firm in view; \u201cother\u201d (firms in no "
                + "cluster) is a group of its own, not counted in K.", tables(Locale.ENGLISH).fairShareNote());
        assertTrue(tables(Locale.KOREAN).fairShareNote().startsWith("공정 몫 1/K = 1/2 (50%)"));
        assertEquals("표시 안 됨", tables(Locale.KOREAN).clusters().value(2, "role"));
        assertEquals("기타", tables(Locale.KOREAN).clusters().value(5, "cluster"));
    }

    @Test
    void yearsHaveAnOtherRowAndAllCountsOtherAsAGroup() {
        ResultTable t = tables(Locale.ENGLISH).years();
        // 2020 only: five clusters, "other", "all".
        assertEquals(7, t.rowCount());
        assertEquals(List.of(2020, "other", 0L, 2L), row(t, 5, "year", "cluster", "internal", "external"));
        // All: inside one group 1 (S2→S1); between two groups 1 inter-cluster + 2 cluster–other = 3.
        assertEquals(List.of(2020, "all", 1L, 3L), row(t, 6, "year", "cluster", "internal", "external"));
    }

    @Test
    void theReportLeavesClustersNotInViewOffTheChartAndDefinesOtherAndTheFairShare() {
        HtmlReport.Content c = AnalysisReport.content(tables(Locale.ENGLISH), "t", Locale.ENGLISH, null, null,
                List.of(), new AnalysisReport.Provenance("x.db", Map.of(), List.of()), "v", ZonedDateTime.now(),
                null, Progress.NONE);
        assertEquals(List.of("Capital region", "Chungcheong–Daejeon"),
                c.chart().stream().map(HtmlReport.ChartPoint::name).toList());
        assertEquals(0.5, c.fairShare());
        String html = HtmlReport.html(c);
        assertTrue(html.contains("<h2>Definitions</h2>"), html);
        assertTrue(html.contains("form the group &#8220;other&#8221;") || html.contains("form the group \u201cother\u201d"),
                html);
        assertTrue(html.contains("(here K = 2)"), html);
        HtmlReport.Content ko = AnalysisReport.content(tables(Locale.KOREAN), "t", Locale.KOREAN, null, null,
                List.of(), new AnalysisReport.Provenance("x.db", Map.of(), List.of()), "v", ZonedDateTime.now(),
                null, Progress.NONE);
        String koHtml = HtmlReport.html(ko);
        assertTrue(koHtml.contains("<h2>용어 정의</h2>") && koHtml.contains("(여기서는 K = 2)"), koHtml);
    }
}
