package org.supracluster.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.cli.SuperclusterCli;

/**
 * {@code report} through the program's own wiring: the map is drawn off screen by the explorer's
 * map view and lands in the report as a PNG of the asked size with a real picture in it.
 */
class FxMapRendererTest {

    @TempDir
    Path dir;

    private int run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SuperclusterCli.run(args, new PrintWriter(out), new PrintWriter(err), new FxMapBench(),
                new FxMapRenderer());
        assertEquals(0, code, err.toString());
        return code;
    }

    @Test
    void theReportCarriesTheMapDrawnHeadless() throws Exception {
        Path db = dir.resolve("sample.db");
        run("sample", "--db", db.toString());
        Path file = dir.resolve("report.html");
        run("report", "--db", db.toString(), "--out", file.toString(), "--map-size", "800x600", "--permutations", "20",
                "--no-font", "--lang", "en");
        String html = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        assertTrue(m.find(), "a map picture in the report");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "a drawn map, not a blank picture: " + colours.size() + " colours");
        // The capital region's blue of the firms (map.css node.c0) is among them.
        assertTrue(colours.stream().anyMatch(c -> (c & 0xFFFFFF) == 0x0072B2), "firms in the cluster colour");
    }

    @Test
    void renderDarkPaintsPresenterModesDarkColours() throws Exception {
        Path db = dir.resolve("sample.db");
        run("sample", "--db", db.toString());
        Path dark = dir.resolve("dark.png");
        run("render", "--db", db.toString(), "--out", dark.toString(), "--size", "320x240", "--dark");
        Path light = dir.resolve("light.png");
        run("render", "--db", db.toString(), "--out", light.toString(), "--size", "320x240");
        // The corner is sea: presenter mode's dark sea (DarkTheme.SEA), or the light map's.
        assertEquals(0x15181d, ImageIO.read(dark.toFile()).getRGB(2, 2) & 0xFFFFFF);
        assertTrue((ImageIO.read(light.toFile()).getRGB(2, 2) & 0xFF) > 0xe0, "a light corner without --dark");
    }

    @Test
    void renderWritesThePngAndSvgOfTheView() throws Exception {
        Path db = dir.resolve("sample.db");
        run("sample", "--db", db.toString());
        Path png = dir.resolve("map.png");
        run("render", "--db", db.toString(), "--out", png.toString(), "--size", "640x480", "--regions", "경기,충북");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());
        Path svg = dir.resolve("map.svg");
        run("render", "--db", db.toString(), "--out", svg.toString(), "--size", "640x480", "--title", "경기·충북");
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getTagName()
                : doc.getDocumentElement().getLocalName());
        assertTrue(doc.getElementsByTagName("circle").getLength() > 10, "firms drawn as circles");
        assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains("경기·충북"), "the title, in Hangul");
        // Text as glyph outlines, no embedded font: librsvg and office programs show Hangul too.
        assertEquals(0, doc.getElementsByTagName("text").getLength(), "no text relies on a font");
        assertTrue(doc.getElementsByTagName("title").getLength() >= 1, "each outlined text keeps its words");
        assertTrue(Files.size(svg) < 2_000_000, "far below the 6 MB of an embedded font: " + Files.size(svg));
    }
}
