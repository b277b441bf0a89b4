package org.supracluster.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** NanumGothic cut to a report's characters: the text's glyphs and ASCII kept, the rest gone. */
public class FontSubsetTest {

    /** The subset's glyph for a character, 0 (.notdef) when it has none. */
    public static int glyph(byte[] ttf, int ch) throws Exception {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            return cmap.getGlyphId(ch);
        }
    }

    @Test
    void keepsTheTextsHangulAndAsciiAndDropsTheRest() throws Exception {
        byte[] whole = AnalysisReport.font();
        byte[] subset = FontSubset.of(whole, "수도권 핵심 허브 72.5%");
        for (int ch : "수도권핵심허브".codePoints().toArray()) {
            assertTrue(glyph(subset, ch) > 0, "kept: " + Character.toString(ch));
        }
        assertTrue(glyph(subset, 'Q') > 0, "printable ASCII kept though unused");
        assertEquals(0, glyph(subset, '힣'), "a syllable the text does not use is left out");
        // 7 syllables + 95 ASCII + .notdef: a few hundred bytes a glyph, against 4.6 MB whole.
        assertTrue(subset.length < 100_000, "subset size " + subset.length);
        assertTrue(whole.length > 4_000_000, "whole size " + whole.length);
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(subset))) {
            assertTrue(font.getTableMap().keySet().stream().noneMatch(TrueTypeTables::isVttSource),
                    "no VTT source table, which Chromium refuses: " + font.getTableMap().keySet());
        }
    }

    @Test
    void notAFontIsAnError() {
        assertThrows(UncheckedIOException.class, () -> FontSubset.of(new byte[64], "가"));
    }
}
