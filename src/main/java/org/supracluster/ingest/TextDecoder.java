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

/**
 * Turns a file's bytes into text without ever guessing silently wrong. Korean users bring UTF-8
 * (with or without a byte-order mark) and CP949/EUC-KR, which Excel on Korean Windows writes.
 * Detection: a BOM decides; else strict UTF-8; else strict CP949 (a superset of EUC-KR), with a
 * warning saying so. A byte sequence that is valid in neither is an error naming the line.
 * When the user names CP949 but the bytes are valid UTF-8 with non-ASCII text, decoding them as
 * CP949 would "succeed" with garbage (UTF-8 Hangul are valid CP949 byte pairs), so that is an
 * error too.
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
                    throw new IllegalArgumentException("unknown encoding '" + name
                            + "' (use auto, utf-8 or cp949)");
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
        if (forced != null) {
            if (forced.equals(CP949) && hasNonAscii(bytes) && tryDecode(bytes, 0, StandardCharsets.UTF_8) != null) {
                report.error(fileName, 0, null, "the file is UTF-8 text, but the encoding CP949 was asked for; "
                        + "reading it as CP949 would garble its Korean text. Import it with encoding auto or utf-8.");
                return Optional.empty();
            }
            return strict(bytes, 0, forced, false, fileName, report);
        }
        String utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return Optional.of(new Decoded(utf8, StandardCharsets.UTF_8, false));
        }
        String cp949 = tryDecode(bytes, 0, CP949);
        if (cp949 != null) {
            report.warning(fileName, 0, null, "the file is not UTF-8; it was read as CP949 (EUC-KR), "
                    + "the encoding of Excel on Korean Windows.");
            return Optional.of(new Decoded(cp949, CP949, false));
        }
        long line = lineOfBadByte(bytes, StandardCharsets.UTF_8);
        report.error(fileName, line, null, "the file is neither UTF-8 nor CP949 (EUC-KR) text: the bytes on this "
                + "line are not valid in either. Save it as UTF-8 (Excel: \"CSV UTF-8\") or name its encoding.");
        return Optional.empty();
    }

    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset cs, boolean bom, String fileName,
                                            ImportReport report) {
        String text = tryDecode(bytes, offset, cs);
        if (text == null) {
            long line = lineOfBadByte(bytes, cs);
            report.error(fileName, line, null, "the bytes on this line are not valid " + cs.displayName()
                    + " text. Check the file's encoding (auto, utf-8 or cp949).");
            return Optional.empty();
        }
        return Optional.of(new Decoded(text, cs, bom));
    }

    private static String tryDecode(byte[] bytes, int offset, Charset cs) {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** 1-based line of the first byte that does not decode, found by decoding step by step. */
    private static long lineOfBadByte(byte[] bytes, Charset cs) {
        CharsetDecoder d = decoder(cs);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            var result = d.decode(in, out, true);
            if (result.isError()) {
                break;
            }
            if (result.isUnderflow()) {
                return 0;
            }
            out.clear();
        }
        long line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
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
