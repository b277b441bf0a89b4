package org.supracluster.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.supracluster.model.Message;
import org.supracluster.model.Messages;

/**
 * Turns a file's bytes into text without ever guessing silently wrong. Korean users bring UTF-8
 * (with or without a byte-order mark) and CP949/EUC-KR, which Excel on Korean Windows writes.
 * Detection: a BOM decides (UTF-8, UTF-16LE, UTF-16BE); else strict UTF-8; else strict CP949 (a
 * superset of EUC-KR), with a warning saying so. A line that is valid in neither is an error
 * naming it, and so is a file that mixes UTF-8 lines with CP949 lines. NUL bytes without a BOM
 * (UTF-16 saved without its mark) are an error rather than text full of NULs.
 * When the user names an encoding other than UTF-8 but the bytes are valid UTF-8 with non-ASCII
 * text, decoding them that way would "succeed" with garbage (UTF-8 Hangul are valid CP949 byte
 * pairs), so that is an error too, naming the first line with such text.
 */
public final class TextDecoder {

    /** CP949 (Unified Hangul Code), what Java calls x-windows-949; covers EUC-KR. */
    public static final Charset CP949 = Charset.forName("x-windows-949");

    /** The decoded text and how it was read. */
    public record Decoded(String text, Charset charset, boolean hadBom) { }

    private TextDecoder() {
    }

    /**
     * Resolves a user's encoding name: {@code auto} (or null) for detection, {@code utf-8},
     * {@code cp949}, {@code euc-kr}, {@code ms949}, or any name Java knows.
     */
    public static Optional<Charset> charsetFor(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("auto")) {
            return Optional.empty();
        }
        String k = name.strip().toLowerCase(Locale.ROOT).replace("_", "-");
        switch (k) {
            case "cp949", "ms949", "euc-kr", "euckr", "windows-949", "x-windows-949", "uhc":
                return Optional.of(CP949);
            case "utf8", "utf-8", "utf-8-bom", "utf8-bom":
                return Optional.of(StandardCharsets.UTF_8);
            default:
                try {
                    return Optional.of(Charset.forName(k));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(Message.of("ingest.encoding.unknown", Message.quoted(name))
                            .in(Messages.ENGLISH));
                }
        }
    }

    /**
     * Decodes {@code bytes} of file {@code fileName}; problems go to {@code report}.
     *
     * @param forced the encoding the user named, or {@code null} to detect
     * @return the text, or empty when it cannot be read (an error is then in the report)
     */
    public static Optional<Decoded> decode(byte[] bytes, Charset forced, String fileName, ImportReport report) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, true, fileName, report);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, true, fileName, report);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, true, fileName, report);
        }
        if (forced == null || !isUtf16Or32(forced)) {
            long nul = firstNulLine(bytes);
            if (nul > 0) {
                report.error(fileName, nul, null, Message.of("ingest.encoding.utf16"));
                return Optional.empty();
            }
        }
        if (forced != null) {
            if (!forced.equals(StandardCharsets.UTF_8) && !isUtf16Or32(forced) && hasNonAscii(bytes)) {
                String utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
                String asForced = tryDecode(bytes, 0, forced);
                if (utf8 != null && !utf8.equals(asForced)) {
                    String name = forced.equals(CP949) ? "CP949" : forced.displayName();
                    report.error(fileName, firstNonAsciiLine(bytes), null, Message.of("ingest.encoding.utf8Asked",
                            name));
                    return Optional.empty();
                }
            }
            return strict(bytes, 0, forced, false, fileName, report);
        }
        String utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return Optional.of(new Decoded(utf8, StandardCharsets.UTF_8, false));
        }
        String cp949 = tryDecode(bytes, 0, CP949);
        if (cp949 != null) {
            report.warning(fileName, 0, null, Message.of("ingest.encoding.readAsCp949"));
            return Optional.of(new Decoded(cp949, CP949, false));
        }
        reportNeither(bytes, fileName, report);
        return Optional.empty();
    }

    /**
     * Why a file is neither UTF-8 nor CP949: a line valid in neither (named), or UTF-8 lines and
     * CP949 lines mixed (the line where the second encoding starts is named, and the first line of
     * the other). A line is a unit here: no UTF-8 or CP949 character contains the byte 0x0A.
     */
    private static void reportNeither(byte[] bytes, String fileName, ImportReport report) {
        long line = 1;
        long firstUtf8 = 0;
        long firstCp949 = 0;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] != '\n') {
                continue;
            }
            if (hasNonAscii(bytes, start, i)) {
                boolean u = tryDecode(bytes, start, i, StandardCharsets.UTF_8) != null;
                boolean c = !u && tryDecode(bytes, start, i, CP949) != null;
                if (!u && !c) {
                    report.error(fileName, line, null, Message.of("ingest.encoding.neither"));
                    return;
                }
                if (u && firstUtf8 == 0) {
                    firstUtf8 = line;
                }
                if (c && firstCp949 == 0) {
                    firstCp949 = line;
                }
            }
            start = i + 1;
            line++;
        }
        long later = Math.max(firstUtf8, firstCp949);
        long earlier = Math.min(firstUtf8, firstCp949);
        String laterName = later == firstCp949 ? "CP949 (EUC-KR)" : "UTF-8";
        String earlierName = later == firstCp949 ? "UTF-8" : "CP949 (EUC-KR)";
        report.error(fileName, later, null, Message.of("ingest.encoding.mixed", laterName, String.valueOf(earlier),
                earlierName));
    }

    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset cs, boolean bom, String fileName,
                                            ImportReport report) {
        String text = tryDecode(bytes, offset, cs);
        if (text == null) {
            long line = lineOfBadByte(bytes, offset, cs);
            Object hint = cs.equals(StandardCharsets.UTF_8) && tryDecode(bytes, offset, CP949) != null
                    ? Message.of("ingest.encoding.looksCp949") : "";
            report.error(fileName, line, null, Message.of("ingest.encoding.invalid", cs.displayName(), hint));
            return Optional.empty();
        }
        return Optional.of(new Decoded(text, cs, bom));
    }

    private static String tryDecode(byte[] bytes, int offset, Charset cs) {
        return tryDecode(bytes, offset, bytes.length, cs);
    }

    private static String tryDecode(byte[] bytes, int from, int to, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8) && !hasNonAscii(bytes, from, to)) {
            // ASCII is valid UTF-8 and copies straight into a string: a links file of 15 MB need
            // not go through a decoder's buffer of twice its size.
            return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
        }
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * 1-based line of the first byte that does not decode, found by decoding step by step and
     * counting the line breaks decoded before it (so it is right for UTF-16 too).
     */
    private static long lineOfBadByte(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder d = decoder(cs);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        long line = 1;
        while (true) {
            var result = d.decode(in, out, true);
            out.flip();
            while (out.hasRemaining()) {
                if (out.get() == '\n') {
                    line++;
                }
            }
            out.clear();
            if (result.isError()) {
                return line;
            }
            if (result.isUnderflow()) {
                return 0;
            }
        }
    }

    private static boolean isUtf16Or32(Charset cs) {
        String n = cs.name().toUpperCase(Locale.ROOT);
        return n.startsWith("UTF-16") || n.startsWith("UTF-32") || n.startsWith("X-UTF-32");
    }

    /** 1-based line of the first NUL byte, or 0 when there is none. */
    private static long firstNulLine(byte[] bytes) {
        long line = 1;
        for (byte b : bytes) {
            if (b == 0) {
                return line;
            }
            if (b == '\n') {
                line++;
            }
        }
        return 0;
    }

    /** 1-based line of the first byte outside ASCII, or 0 when there is none. */
    private static long firstNonAsciiLine(byte[] bytes) {
        long line = 1;
        for (byte b : bytes) {
            if (b < 0) {
                return line;
            }
            if (b == '\n') {
                line++;
            }
        }
        return 0;
    }

    private static boolean hasNonAscii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
