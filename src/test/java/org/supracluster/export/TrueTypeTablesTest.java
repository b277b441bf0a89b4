package org.supracluster.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dropping the VTT source tables from the bundled NanumGothic, the rest byte for byte. */
class TrueTypeTablesTest {

    private static byte[] nanum() throws IOException {
        try (InputStream in = TrueTypeTablesTest.class.getResourceAsStream("/fonts/NanumGothic.ttf")) {
            return in.readAllBytes();
        }
    }

    /** Each table's bytes by tag, read from the table directory. */
    private static Map<String, byte[]> tables(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int i = 0; i < (b.getShort(4) & 0xffff); i++) {
            int at = 12 + 16 * i;
            int offset = b.getInt(at + 8);
            out.put(new String(font, at, 4, StandardCharsets.ISO_8859_1),
                    Arrays.copyOfRange(font, offset, offset + b.getInt(at + 12)));
        }
        return out;
    }

    @Test
    void dropsTheVttSourcesAndKeepsEveryOtherTableIntact() throws IOException {
        byte[] font = nanum();
        Map<String, byte[]> before = tables(font);
        assertTrue(before.containsKey("TSI3"), "the bundled font has the table browsers refuse");
        byte[] slim = TrueTypeTables.without(font, TrueTypeTables::isVttSource);
        Map<String, byte[]> after = tables(slim);
        assertFalse(after.keySet().stream().anyMatch(t -> t.startsWith("TSI")), after.keySet().toString());
        assertEquals(before.size() - 5, after.size());
        for (String tag : after.keySet()) {
            if (!tag.equals("head")) {
                assertArrayEquals(before.get(tag), after.get(tag), tag);
            }
        }
        ByteBuffer b = ByteBuffer.wrap(slim);
        assertEquals(before.size() - 5, b.getShort(4));
        assertEquals(16 * 8, b.getShort(6), "searchRange for 15 tables");
        assertEquals(3, b.getShort(8), "entrySelector");
        assertEquals(0xB1B0AFBAL, TrueTypeTables.checksum(b), "the whole-file checksum holds");
        assertTrue(slim.length < font.length - 300_000, slim.length + " of " + font.length);
        assertEquals(0, slim.length % 4);
    }

    @Test
    void refusesWhatIsNotAFont() {
        assertThrows(IllegalArgumentException.class, () -> TrueTypeTables.without(new byte[5], t -> false));
        byte[] cut = new byte[12];
        cut[5] = 3; // three tables announced, no directory
        assertThrows(IllegalArgumentException.class, () -> TrueTypeTables.without(cut, t -> false));
    }
}
