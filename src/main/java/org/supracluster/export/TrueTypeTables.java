package org.supracluster.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Drops tables from a TrueType/OpenType font file (the sfnt format: a table directory followed
 * by the tables, Apple TrueType Reference / OpenType 1.9 "Font file"). Used on the NanumGothic
 * the HTML report embeds: its VTT hinting sources ({@code TSI0}–{@code TSI5}, tables only font editors read)
 * include a zero-length {@code TSI3}, and Chromium's font sanitizer (OTS) rejects the whole font
 * for it ("OTS parsing error: TSI3: zero-length table"), so Hangul fell back to boxes.
 */
public final class TrueTypeTables {

    /** The sfnt rule: the whole file's uint32 sum plus head.checkSumAdjustment is this constant. */
    private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;

    private TrueTypeTables() {
    }

    private record Table(String tag, int checksum, int offset, int length) { }

    /** Tags of the VTT source tables, which only font editors use. */
    public static boolean isVttSource(String tag) {
        return tag.startsWith("TSI");
    }

    /**
     * The font without the tables {@code drop} selects; the others are copied byte for byte, each
     * on a 4-byte boundary, and {@code head.checkSumAdjustment} is recomputed.
     *
     * @throws IllegalArgumentException if {@code font} is not an sfnt font file
     */
    public static byte[] without(byte[] font, Predicate<String> drop) {
        ByteBuffer in = ByteBuffer.wrap(font);
        if (font.length < 12) {
            throw new IllegalArgumentException("not a font file: " + font.length + " bytes");
        }
        int version = in.getInt(0);
        int count = in.getShort(4) & 0xffff;
        if (font.length < 12 + 16 * count) {
            throw new IllegalArgumentException("not a font file: its table directory is cut short");
        }
        List<Table> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            String tag = new String(font, at, 4, StandardCharsets.ISO_8859_1);
            Table t = new Table(tag, in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12));
            if (t.offset() < 0 || t.length() < 0 || (long) t.offset() + t.length() > font.length) {
                throw new IllegalArgumentException("not a font file: table " + tag + " lies outside the file");
            }
            if (!drop.test(tag)) {
                kept.add(t);
            }
        }
        int m = kept.size();
        int size = 12 + 16 * m;
        for (Table t : kept) {
            size += pad(t.length());
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int log2 = m == 0 ? 0 : 31 - Integer.numberOfLeadingZeros(m);
        int searchRange = 16 * (1 << log2);
        out.putInt(version).putShort((short) m).putShort((short) (searchRange))
                .putShort((short) log2).putShort((short) (m * 16 - searchRange));
        int offset = 12 + 16 * m;
        int headAt = -1;
        for (Table t : kept) {
            out.put(t.tag().getBytes(StandardCharsets.ISO_8859_1)).putInt(t.checksum()).putInt(offset)
                    .putInt(t.length());
            if (t.tag().equals("head")) {
                headAt = offset;
            }
            offset += pad(t.length());
        }
        offset = 12 + 16 * m;
        for (Table t : kept) {
            out.put(offset, font, t.offset(), t.length());
            offset += pad(t.length());
        }
        if (headAt >= 0 && headAt + 12 <= size) {
            out.putInt(headAt + 8, 0);
            out.putInt(headAt + 8, (int) ((CHECKSUM_MAGIC - checksum(out)) & 0xffffffffL));
        }
        return out.array();
    }

    /** The uint32 sum of a whole 4-byte-aligned buffer. */
    static long checksum(ByteBuffer b) {
        long sum = 0;
        for (int i = 0; i + 4 <= b.capacity(); i += 4) {
            sum += b.getInt(i) & 0xffffffffL;
        }
        return sum & 0xffffffffL;
    }

    private static int pad(int length) {
        return (length + 3) & ~3;
    }
}
