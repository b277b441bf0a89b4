package org.supracluster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bundled Korean font loads under headless Monocle, JavaFX knows it by {@link Fonts#FAMILY},
 * and it draws real Hangul: six different syllables give six different glyph images, where a
 * font without Hangul would draw the same missing-glyph box six times. Also writes
 * {@code target/fonts-check.png} (Korean and English in the bundled font, regular and bold, and
 * a line in the {@code System} font, whose Hangul comes from JavaFX's fallback to the fonts loaded
 * before its first use) for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class FontsTest {

    /** 수 퍼 클 러 스 터: six different syllables. */
    private static final String SYLLABLES = "수퍼클러스터";

    private Label label;
    private Label bold;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Fonts.load();
        label = new Label("수퍼클러스터 탐색기 — Supracluster Explorer\n"
                + "핵심 허브 · 외부 지향(관문) · 문지기 · 경기 충북 대전 · Core hub, gateway");
        bold = new Label("굵게 — Bold: 기업 1,200개 중 30개 표시");
        // Not bold.setFont(Fonts.bold(16)): the base stylesheet's .root font would override it.
        bold.setStyle("-fx-font-weight: bold; -fx-font-size: 16px;");
        Label system = new Label("System font (Hangul through JavaFX’s fallback to the loaded font): 수퍼클러스터 탐색기");
        system.setStyle("-fx-font-family: 'System';");
        VBox root = new VBox(10, label, bold, system);
        root.setStyle("-fx-padding: 12; -fx-background-color: white;");
        scene = new Scene(root, 640, 150);
        scene.getStylesheets().add(Fonts.baseStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theBundledFontIsKnownByTheFamilyFontsNames() {
        Font regular = Fonts.font(20);
        assertEquals(Fonts.FAMILY, regular.getFamily());
        assertEquals("NanumGothic", regular.getName());
        assertEquals(20, regular.getSize());
        assertTrue(Font.getFamilies().contains(Fonts.FAMILY), "JavaFX does not list " + Fonts.FAMILY);
    }

    @Test
    void boldWeightsGetTheBoldFace() {
        Font bold = Fonts.bold(20);
        assertEquals(Fonts.FAMILY, bold.getFamily());
        assertEquals("NanumGothicBold", bold.getName());
        assertEquals("NanumGothicBold", Fonts.font(FontWeight.EXTRA_BOLD, 12).getName());
        assertEquals("NanumGothic", Fonts.font(FontWeight.LIGHT, 12).getName());
    }

    @Test
    void loadingIsIdempotentFromManyThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Font>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Font> task = () -> {
                    go.await();
                    Fonts.load();
                    return Fonts.font(14);
                };
                results.add(pool.submit(task));
            }
            go.countDown();
            for (Future<Font> f : results) {
                assertEquals(Fonts.FAMILY, f.get(30, TimeUnit.SECONDS).getFamily());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(Fonts.isLoaded());
        assertEquals(Set.of("NanumGothic", "NanumGothicBold"), new TreeSet<>(Font.getFontNames(Fonts.FAMILY)));
    }

    @Test
    void aMissingFontResourceFailsNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Fonts.loadResource("/fonts/NoSuchFont.ttf", 12));
        assertTrue(e.getMessage().contains("/fonts/NoSuchFont.ttf"), e.getMessage());
    }

    @Test
    void aResourceThatIsNoFontFailsNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Fonts.loadResource("/fonts/OFL.txt", 12));
        assertTrue(e.getMessage().contains("/fonts/OFL.txt"), e.getMessage());
    }

    @Test
    void nonsenseSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Fonts.font(0));
        assertThrows(IllegalArgumentException.class, () -> Fonts.font(Double.NaN));
    }

    @Test
    void theBaseStylesheetGivesControlsTheBundledFont() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        String family = WaitForAsyncUtils.asyncFx(() -> {
            label.applyCss();
            return label.getFont().getFamily();
        }).get(30, TimeUnit.SECONDS);
        assertEquals(Fonts.FAMILY, family);
    }

    @Test
    void aBoldStyleGetsTheBoldFace() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Font font = WaitForAsyncUtils.asyncFx(() -> {
            bold.applyCss();
            return bold.getFont();
        }).get(30, TimeUnit.SECONDS);
        assertEquals("NanumGothicBold", font.getName());
        assertEquals(16, font.getSize());
    }

    @Test
    void hangulSyllablesHaveTheirOwnGlyphsNotMissingGlyphBoxes() throws Exception {
        // Control: two unassigned code points have no glyph anywhere, so both draw the same
        // missing-glyph image. That is what all six syllables would look like without Hangul.
        Glyph missingA = glyphImage("\u0378");
        Glyph missingB = glyphImage("\u0379");
        assertTrue(missingA.sameAs(missingB), "the comparison should see two missing glyphs as equal");

        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < SYLLABLES.length(); i++) {
            String syllable = SYLLABLES.substring(i, i + 1);
            Glyph glyph = glyphImage(syllable);
            assertTrue(inkPixels(glyph.pixels()) > 30, syllable + " draws (almost) nothing");
            assertFalse(glyph.sameAs(missingA), syllable + " draws the missing-glyph image");
            glyphs.add(glyph);
        }
        for (int i = 0; i < glyphs.size(); i++) {
            for (int j = i + 1; j < glyphs.size(); j++) {
                assertFalse(glyphs.get(i).sameAs(glyphs.get(j)), SYLLABLES.charAt(i) + " and "
                        + SYLLABLES.charAt(j) + " draw the same image: boxes, not Hangul");
            }
        }
    }

    @Test
    void writesAPngOfKoreanAndEnglishTextToLookAt() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(30, TimeUnit.SECONDS);
        Path png = Path.of("target", "fonts-check.png");
        Files.createDirectories(png.getParent());
        writePng(image, png);
        assertTrue(Files.size(png) > 1000, "PNG suspiciously small: " + Files.size(png));
        int[] labelPixels = WaitForAsyncUtils.asyncFx(() -> argb(label.snapshot(null, null)))
                .get(30, TimeUnit.SECONDS);
        assertTrue(inkPixels(labelPixels) > 500, "the label draws almost nothing");
    }

    /** A snapshot's size and ARGB pixels. */
    private record Glyph(int width, int height, int[] pixels) {
        boolean sameAs(Glyph other) {
            return width == other.width && height == other.height && Arrays.equals(pixels, other.pixels);
        }
    }

    /** {@code text} drawn black on white in the bundled font at 48 px. */
    private static Glyph glyphImage(String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Text t = new Text(text);
            t.setFont(Fonts.font(48));
            t.setFill(Color.BLACK);
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.WHITE);
            WritableImage image = t.snapshot(params, null);
            return new Glyph((int) image.getWidth(), (int) image.getHeight(), argb(image));
        }).get(30, TimeUnit.SECONDS);
    }

    private static int[] argb(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return pixels;
    }

    /** Pixels darker than mid-grey. */
    private static int inkPixels(int[] argb) {
        int n = 0;
        for (int p : argb) {
            int grey = (((p >> 16) & 0xff) + ((p >> 8) & 0xff) + (p & 0xff)) / 3;
            if (grey < 128) {
                n++;
            }
        }
        return n;
    }

    private static void writePng(WritableImage image, Path file) throws IOException {
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }
}
