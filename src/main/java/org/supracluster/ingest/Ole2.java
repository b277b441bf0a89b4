package org.supracluster.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Tells an old .xls (a {@code Workbook} or {@code Book} stream) from an encrypted .xlsx (an
 * {@code EncryptedPackage} stream) by walking the compound file's directory: header, the first
 * 109 FAT sectors the header lists, the directory chain. Anything unexpected gives UNKNOWN.
 */
final class Ole2 {

    /** What an OLE2 compound file (D0 CF 11 E0 …) holds, read from its directory. */
    enum Kind { XLS, ENCRYPTED, UNKNOWN }

    private Ole2() {
    }

    /** What the file holds; UNKNOWN when it cannot be told or read. */
    static Kind kind(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer h = read(ch, 0, 512);
            if (h == null) {
                return Kind.UNKNOWN;
            }
            int shift = h.getShort(0x1E) & 0xFFFF;
            if (shift != 9 && shift != 12) {
                return Kind.UNKNOWN;
            }
            int size = 1 << shift;
            long dir = h.getInt(0x30) & 0xFFFFFFFFL;
            boolean xls = false;
            for (int steps = 0; steps < 4096 && dir < 0xFFFFFFFAL; steps++) {
                ByteBuffer s = read(ch, (dir + 1) * size, size);
                if (s == null) {
                    break;
                }
                Kind k = entries(s, size);
                if (k == Kind.ENCRYPTED) {
                    return Kind.ENCRYPTED;
                }
                xls |= k == Kind.XLS;
                dir = next(ch, h, dir, size);
                if (dir < 0) {
                    break;
                }
            }
            return xls ? Kind.XLS : Kind.UNKNOWN;
        } catch (IOException | RuntimeException e) {
            return Kind.UNKNOWN;
        }
    }

    /** What one directory sector's entries name: an encryption stream, else a workbook stream, else neither. */
    private static Kind entries(ByteBuffer s, int size) {
        boolean xls = false;
        for (int e = 0; e + 128 <= size; e += 128) {
            int len = s.getShort(e + 64) & 0xFFFF;
            if (len < 2 || len > 64) {
                continue;
            }
            byte[] nm = new byte[len - 2];
            s.position(e);
            s.get(nm);
            String name = new String(nm, StandardCharsets.UTF_16LE);
            if (name.equals("EncryptedPackage") || name.equals("EncryptionInfo")) {
                return Kind.ENCRYPTED;
            }
            if (name.equals("Workbook") || name.equals("Book")) {
                xls = true;
            }
        }
        return xls ? Kind.XLS : Kind.UNKNOWN;
    }

    /**
     * The sector after {@code sector} in its chain, looked up in the FAT sectors the header lists
     * (the first 109); -1 when it lies beyond them or cannot be read.
     */
    private static long next(FileChannel ch, ByteBuffer h, long sector, int size) throws IOException {
        int perFat = size / 4;
        long fatIndex = sector / perFat;
        if (fatIndex >= 109) {
            return -1;
        }
        long fatSector = h.getInt(0x4C + (int) fatIndex * 4) & 0xFFFFFFFFL;
        ByteBuffer fat = fatSector >= 0xFFFFFFFAL ? null : read(ch, (fatSector + 1) * size, size);
        if (fat == null) {
            return -1;
        }
        return fat.getInt((int) (sector % perFat) * 4) & 0xFFFFFFFFL;
    }

    /** {@code n} bytes at {@code at}, little-endian as the format is; null when the file is shorter. */
    private static ByteBuffer read(FileChannel ch, long at, int n) throws IOException {
        if (at < 0 || at + n > ch.size()) {
            return null;
        }
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, at + b.position()) < 0) {
                return null;
            }
        }
        return b.flip();
    }
}
