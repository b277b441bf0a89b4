package org.supracluster.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML report's own guarantees: escaped text, nothing fetched, balanced structure, the chart. */
class HtmlReportTest {

    private static final String EVIL = "Fab <script>alert(\"x\")</script> & Sons";

    private static HtmlReport.Content content(String lang, byte[] png, byte[] font) {
        HtmlReport.Table roles = new HtmlReport.Table("Cluster roles", List.of("cluster", "firms", "internal_share"),
                List.of(List.of("수도권", "3", "0.667"), List.of(EVIL, "2", "0.333")));
        HtmlReport.Table firms = new HtmlReport.Table("Top firms by role", List.of("name", "degree"),
                List.of(List.of(EVIL, "4"), List.of("청주 팹 002", "2")));
        return new HtmlReport.Content(lang, "Title <&\"'>", List.of("Finding one & two"), png, "no map here",
                roles, List.of(new HtmlReport.ChartPoint("수도권", 0.667, 0.5, "core hub", "#0072B2"),
                        new HtmlReport.ChartPoint(EVIL, 0.333, 0.5, "peripheral", "red\"/><script>")),
                0.5, List.of(firms), List.of(new HtmlReport.Entry("--regions", "경기,<충북>")),
                List.of("Database: a&b.db"), "1.2.3", "2026-01-01", font);
    }

    @Test
    void userTextIsEscapedEverywhere() {
        String html = HtmlReport.html(content("en", null, null));
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("alert(\"x\")"), "quotes escaped too");
        assertTrue(html.contains("<td>Fab &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Sons</td>"), html);
        assertTrue(html.contains("<title>Title &lt;&amp;&quot;&#39;&gt;</title>"), html);
        assertTrue(html.contains("<dd>경기,&lt;충북&gt;</dd>"), html);
        // A colour that is not #rrggbb cannot break out of the SVG attribute.
        assertTrue(html.contains("fill=\"#999999\""), html);
    }

    @Test
    void nothingIsFetchedFromAnywhere() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        byte[] font = AnalysisReport.font();
        String html = HtmlReport.html(content("ko", png, font));
        assertFalse(html.contains("http://") || html.contains("https://"), "no web address at all");
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("<link"), "no linked stylesheet");
        assertTrue(html.contains("src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\""));
        // The font embedded is the given one cut to the report's characters (see FontSubsetTest).
        int from = html.indexOf("url(data:font/ttf;base64,") + "url(data:font/ttf;base64,".length();
        byte[] embedded = Base64.getDecoder().decode(html.substring(from, html.indexOf(')', from)));
        assertTrue(FontSubsetTest.glyph(embedded, '기') > 0 && embedded.length < font.length / 10,
                "a subset with the report's Hangul: " + embedded.length + " bytes");
        assertFalse(html.contains("no map here"), "the note only stands in for a missing map");
        // Every src or url() is a data: address.
        Matcher m = Pattern.compile("(?:src=\"|url\\()([^\")]*)").matcher(html);
        int n = 0;
        while (m.find()) {
            assertTrue(m.group(1).startsWith("data:"), m.group(1));
            n++;
        }
        assertEquals(2, n);
    }

    @Test
    void structureIsBalancedAndInTheChosenLanguage() {
        String html = HtmlReport.html(content("ko", null, null));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ko\">"), html);
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("NanumGothic, 'Noto Sans KR', 'Malgun Gothic', sans-serif"));
        assertTrue(html.contains("<h2>클러스터 역할</h2>"), html);
        assertTrue(html.contains("no map here"), "the map's place says why it is empty");
        for (String tag : List.of("html", "head", "body", "main", "section", "table", "thead", "tbody", "tr", "svg",
                "figure", "dl", "ul", "g")) {
            int open = count(html, "<" + tag + "[ >]");
            int close = count(html, "</" + tag + ">");
            assertEquals(open, close, tag + " opened " + open + " times, closed " + close);
            assertTrue(open > 0, tag + " is there");
        }
        assertTrue(HtmlReport.html(content("en", null, null)).contains("<html lang=\"en\">"));
    }

    @Test
    void theDefinitionsSayWhatTheStructuralFiguresMeanInTheReportsLanguage() {
        String en = HtmlReport.html(content("en", null, null));
        assertTrue(en.contains("<h2>Definitions</h2>"), en);
        assertTrue(en.contains("<dt>Firm whose loss alone splits the network (articulation point)</dt>"), en);
        assertTrue(en.contains("<dt>Bridge</dt>") && en.contains("<dt>Core number (k-core)</dt>"), en);
        assertTrue(en.contains("Hopcroft &amp; Tarjan 1973"), "escaped like every text");
        String ko = HtmlReport.html(content("ko", null, null));
        assertTrue(ko.contains("<h2>용어 정의</h2>") && ko.contains("<dt>코어 수 (k-코어)</dt>"), ko);
        // Before the parameters, after the tables.
        assertTrue(en.indexOf("<h2>Definitions</h2>") < en.indexOf("<h2>Filters and parameters</h2>"));
    }

    @Test
    void theDefinitionsSayWhatTheQapAndTheModularityWeightingMean() {
        String en = HtmlReport.html(content("en", null, null));
        assertTrue(en.contains("<h2>Definitions</h2>"), en);
        assertTrue(en.contains("<dt>Correlation of cluster-pair densities, trade vs co-patent</dt>"), en);
        assertTrue(en.contains("<dt>Firm-level: do the same firms trade and co-patent?</dt>"), en);
        assertTrue(en.contains("<dt>QAP p-values</dt>") && en.contains("only 120 relabellings"), en);
        assertTrue(en.contains("<dt>Weighted and unweighted modularity</dt>"), en);
        assertTrue(en.indexOf("<h2>Definitions</h2>") < en.indexOf("<h2>Filters and parameters</h2>"));
        String ko = HtmlReport.html(content("ko", null, null));
        assertTrue(ko.contains("<h2>용어 정의</h2>") && ko.contains("<dt>가중 모듈성과 비가중 모듈성</dt>"), ko);
    }

    @Test
    void quadrantChartPlacesClustersByTheirSharesWithFairShareLines() {
        String svg = HtmlReport.html(content("en", null, null));
        // As the explorer's chart: 420 px square from (64, 20), internal share right, external up.
        // Internal 0.667 → x 64 + 280.1; external 0.5 → y 20 + 420 − 210.
        assertTrue(svg.contains("<circle cx=\"344.1\" cy=\"230.0\" r=\"7\" fill=\"#0072B2\""), svg);
        assertTrue(svg.contains("<circle cx=\"203.9\" cy=\"230.0\""), svg);
        assertEquals(2, count(svg, "<circle "));
        assertEquals(2, count(svg, "class=\"fair\""), "one vertical and one horizontal fair-share line");
        assertTrue(svg.contains("x1=\"274.0\" y1=\"20.0\" x2=\"274.0\" y2=\"440.0\""), "fair share 1/2 at 50 %");
        assertTrue(svg.contains(">100 %</text>"));
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
