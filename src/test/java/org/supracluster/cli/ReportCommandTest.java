package org.supracluster.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.export.ReportHtml;
import org.supracluster.analysis.ClusterMetrics;
import org.supracluster.analysis.ClusterRoles;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.export.RoleNames;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;

/** {@code report --out}: the analysis module's numbers in one offline HTML file, with or without the map. */
class ReportCommandTest {

    @TempDir
    static Path dir;

    static Path db;

    private String out;
    private String err;

    /** Eight firms in four clusters; one firm's name tries to break out of the HTML. */
    @BeforeAll
    static void handMadeDatabase() throws Exception {
        Path firms = dir.resolve("firms.csv");
        Files.writeString(firms, "id,name,region,city,lat,lon,segment,employees\n"
                + "A,\"Fab <b>&amp; \"\"Co\"\"\",경기,수원,37.26,127.03,fab,10\n"
                + "B,수원 장비 002,경기,수원,37.27,127.01,equipment,10\n"
                + "C,서울 설계 003,서울,서울,37.56,126.97,design,10\n"
                + "D,청주 팹 004,충북,청주,36.64,127.49,fab,10\n"
                + "E,대전 연구소 005,대전,대전,36.35,127.38,research,10\n"
                + "F,구미 소재 006,경북,구미,36.12,128.34,materials,10\n"
                + "G,부산 부품 007,부산,부산,35.18,129.07,components,10\n"
                + "H,광주 패키징 008,광주,광주,35.16,126.85,packaging,10\n");
        Path links = dir.resolve("links.csv");
        Files.writeString(links, "source,target,type,weight,year\n"
                + "A,B,trade,5,2020\nB,C,trade,2,2020\nA,C,copatent,1,2021\nA,D,trade,3,2021\nD,E,trade,1,2021\n"
                + "D,E,copatent,2,2022\nE,F,trade,1,2022\nC,G,trade,1,2022\nF,G,copatent,1,2022\nH,A,trade,1,2020\n");
        db = dir.resolve("hand.db");
        StringWriter e = new StringWriter();
        assertEquals(0, SuperclusterCli.run(new String[] {"import", "--db", db.toString(), firms.toString(),
                links.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(e)), e.toString());
    }

    private int run(MapRenderer renderer, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = SuperclusterCli.run(args, new PrintWriter(o), new PrintWriter(e), null, renderer);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void theClusterRolesTableHoldsTheAnalysisModulesNumbersForTheFilter() throws Exception {
        Path file = dir.resolve("trade.html");
        assertEquals(0, run(null, "report", "--db", db.toString(), "--out", file.toString(), "--lang", "en",
                "--types", "trade", "--permutations", "20", "--no-font"), err);
        assertTrue(out.contains("Wrote the report to"), out);
        String html = Files.readString(file, StandardCharsets.UTF_8);

        ClusterRoles roles;
        try (Database d = Database.open(db)) {
            Network n = NetworkStore.of(d).load();
            roles = ClusterRoles.of(LinkGraph.of(NetworkView.of(n, Filter.all().withLinkTypes(
                    EnumSet.of(LinkType.TRADE)))), Partition.of(ClusterScheme.defaultFive(), n));
        }
        List<List<String>> rows = ReportHtml.firstTableRows(html);
        assertEquals(roles.clusters().size(), rows.size(), html);
        for (int i = 0; i < rows.size(); i++) {
            ClusterMetrics m = roles.clusters().get(i);
            List<String> cells = rows.get(i);
            assertEquals(ClusterScheme.defaultFive().clusters().get(m.cluster()).englishName(), cells.get(0));
            assertEquals(Integer.toString(m.firms()), cells.get(1));
            assertEquals(Long.toString(m.internalLinks()), cells.get(2));
            assertEquals(Long.toString(m.externalLinks()), cells.get(3));
            // Shares as percentages with one decimal, the role capitalised: the report is for reading.
            assertEquals(String.format(Locale.ROOT, "%.1f%%", 100 * m.internalShare()), cells.get(6));
            assertEquals(String.format(Locale.ROOT, "%.1f%%", 100 * m.externalShare()), cells.get(7));
            String role = RoleNames.of(m.role(), Locale.ENGLISH);
            assertEquals(Character.toUpperCase(role.charAt(0)) + role.substring(1), cells.get(8));
        }
        assertFalse(html.contains("http://") || html.contains("https://"), "no web address in the report");
        assertFalse(html.contains("<script"), "no script, and the firm's name is escaped");
        assertTrue(html.contains("Fab &lt;b&gt;&amp;amp; &quot;Co&quot;"), "the hand-made firm's name, escaped");
        assertTrue(html.contains("--types TRADE") || html.contains("--types trade"), "the filter used is stated");
        assertTrue(html.contains("firms.csv, links.csv"), "the imported files are named");
        assertTrue(html.contains("Not synthetic"), html);
        assertTrue(html.contains(SuperclusterCli.version()));
        assertTrue(html.contains("<h2>Top firms by role</h2>") && html.contains("<h2>Supra-regional communities</h2>")
                && html.contains("<h2>Trade vs co-patent</h2>"));
    }

    @Test
    void withoutARendererTheReportIsWrittenWithoutTheMapAndSaysSo() throws Exception {
        Path file = dir.resolve("nomap.html");
        assertEquals(0, run(null, "report", "--db", db.toString(), "--out", file.toString(), "--lang", "ko",
                "--permutations", "20"), err);
        assertTrue(err.contains("지도 그림 없이"), err);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ko\">"));
        assertFalse(html.contains("<img"), "no map picture");
        assertTrue(html.contains("지도를 그릴 수 없어"), "the map's place says why");
        assertTrue(html.contains("@font-face") && html.contains("url(data:font/ttf;base64,"),
                "the program's Hangul font is embedded by default");
        // Subset to the report's characters: its Hangul is in, and the file is far below the 6 MB whole font.
        int from = html.indexOf("base64,") + "base64,".length();
        byte[] font = java.util.Base64.getDecoder().decode(html.substring(from, html.indexOf(')', from)));
        assertTrue(org.supracluster.export.FontSubsetTest.glyph(font, '지') > 0, "the report's Hangul is in the font");
        assertTrue(font.length < 300_000, "a subset, not the 4.6 MB font: " + font.length);
        assertTrue(html.length() < 1_000_000, "report size " + html.length());
        assertFalse(html.contains("http://") || html.contains("https://"));
    }

    @Test
    void theRenderersPictureIsEmbeddedAndDrawsTheFilteredView() throws Exception {
        FakeRenderer fake = new FakeRenderer();
        byte[] png = fake.png;
        int[] asked = fake.asked;
        Path file = dir.resolve("sub/map.html");
        assertEquals(0, run(fake, "report", "--db", db.toString(), "--out", file.toString(), "--lang", "en",
                "--types", "copatent", "--map-size", "640x480", "--permutations", "20", "--no-font"), err);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.contains("<img class=\"map\"") && html.contains("src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png) + "\""), "the renderer's PNG, inline");
        assertEquals(10, asked[0], "the whole network for the map's graph");
        assertEquals(3, asked[1], "only the co-patent links shown");
        assertEquals(640, asked[2]);
        assertEquals(480, asked[3]);
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of("map.html"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
    }

    /** A renderer that records what it was asked and answers with a 2×2 PNG and a one-circle scene. */
    static final class FakeRenderer implements MapRenderer {
        final int[] asked = new int[4];
        final byte[] png;

        FakeRenderer() throws java.io.IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", bytes);
            png = bytes.toByteArray();
        }

        private void ask(LinkGraph all, LinkGraph shown, int width, int height) {
            asked[0] = all.view().shownLinkCount();
            asked[1] = shown.view().shownLinkCount();
            asked[2] = width;
            asked[3] = height;
        }

        @Override
        public byte[] render(LinkGraph all, LinkGraph shown, Partition partition, ClusterScheme scheme, String title,
                             Locale locale, int width, int height, boolean dark) {
            ask(all, shown, width, height);
            return png;
        }

        @Override
        public org.supracluster.export.MapScene scene(LinkGraph all, LinkGraph shown, Partition partition,
                                                      ClusterScheme scheme, String title, Locale locale, int width,
                                                      int height, boolean dark) {
            ask(all, shown, width, height);
            return new org.supracluster.export.MapScene(width, height, "#ffffff", List.of(
                    new org.supracluster.export.MapScene.Circle(10, 10, 5, "#0072B2", 1, "#000000", 1, "A")));
        }
    }

    @Test
    void renderWritesTheMapAsPngOrSvg() throws Exception {
        FakeRenderer fake = new FakeRenderer();
        Path png = dir.resolve("pictures/map.png");
        assertEquals(0, run(fake, "render", "--db", db.toString(), "--out", png.toString(), "--types", "trade",
                "--size", "300x200"), err);
        assertArrayEquals(fake.png, Files.readAllBytes(png));
        assertEquals(7, fake.asked[1], "only the trade links drawn");
        assertEquals(300, fake.asked[2]);
        Path svg = dir.resolve("pictures/map.svg");
        assertEquals(0, run(fake, "render", "--db", db.toString(), "--out", svg.toString()), err);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("<svg") && text.contains("<circle"), text.substring(0, Math.min(300, text.length())));
        assertEquals(1, run(fake, "render", "--db", db.toString(), "--out", dir.resolve("map.gif").toString()));
        assertTrue(err.contains(".png or .svg"), err);
        assertEquals(1, run(null, "render", "--db", db.toString(), "--out", png.toString()));
        assertTrue(err.contains("cannot draw the map"), err);
    }

    @Test
    void badOptionsAreSaidInWords() {
        assertEquals(1, run(null, "report", "--db", db.toString(), "--out", dir.resolve("x.html").toString(),
                "--map-size", "big"));
        assertTrue(err.contains("--map-size takes WIDTHxHEIGHT"), err);
        assertEquals(1, run(null, "report", "--db", db.toString()));
        assertTrue(err.contains("--out"), err);
    }
}
