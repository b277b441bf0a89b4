package org.supracluster.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hand-made .xlsx parts, as Excel writes them, for {@link XlsxSheetTest} and the fuzz corpus
 * ({@link XlsxFuzzCorpus}): a workbook is a map of part name to bytes, zipped by {@link #zip}, so a
 * test can break any part.
 */
final class XlsxFixtures {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private XlsxFixtures() {
    }

    /** A workbook's parts under construction. */
    static final class Book {
        final Map<String, byte[]> parts = new LinkedHashMap<>();
        private final StringBuilder sheets = new StringBuilder();
        private final StringBuilder rels = new StringBuilder();
        private int n;
        String workbookPr = "";

        Book() {
            parts.put("[Content_Types].xml", utf8(DECL + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                    + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"));
            parts.put("_rels/.rels", utf8(DECL + "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" "
                    + "Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        }

        /** Adds a worksheet whose {@code <sheetData>} holds {@code rows}. */
        Book sheet(String name, String rows) {
            return sheet(name, rows, null);
        }

        Book sheet(String name, String rows, String state) {
            n++;
            String part = "worksheets/sheet" + n + ".xml";
            sheets.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(n).append("\"")
                    .append(state == null ? "" : " state=\"" + state + "\"").append(" r:id=\"rId").append(n)
                    .append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(REL).append("/worksheet\" ")
                    .append("Target=\"").append(part).append("\"/>");
            parts.put("xl/" + part, utf8(sheetXml(rows)));
            return this;
        }

        /** Adds a chart sheet (no table). */
        Book chartSheet(String name) {
            n++;
            sheets.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(n).append("\" r:id=\"rId")
                    .append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(REL).append("/chartsheet\" ")
                    .append("Target=\"chartsheets/sheet").append(n).append(".xml\"/>");
            parts.put("xl/chartsheets/sheet" + n + ".xml", utf8(DECL + "<chartsheet xmlns=\"" + MAIN + "\"/>"));
            return this;
        }

        Book sharedStrings(String... items) {
            StringBuilder b = new StringBuilder(DECL + "<sst xmlns=\"" + MAIN + "\" count=\"" + items.length
                    + "\" uniqueCount=\"" + items.length + "\">");
            for (String s : items) {
                b.append(s.startsWith("<") ? s : "<si><t xml:space=\"preserve\">" + s + "</t></si>");
            }
            return sharedStringsXml(b.append("</sst>").toString());
        }

        Book sharedStringsXml(String xml) {
            parts.put("xl/sharedStrings.xml", utf8(xml));
            return this;
        }

        /** Cell formats: {@code numFmtIds[i]} is the format of style {@code s="i"}; {@code custom} defines ids. */
        Book styles(Map<Integer, String> custom, int... numFmtIds) {
            StringBuilder b = new StringBuilder(DECL + "<styleSheet xmlns=\"" + MAIN + "\">");
            if (!custom.isEmpty()) {
                b.append("<numFmts count=\"").append(custom.size()).append("\">");
                custom.forEach((id, code) -> b.append("<numFmt numFmtId=\"").append(id).append("\" formatCode=\"")
                        .append(code.replace("&", "&amp;").replace("\"", "&quot;")).append("\"/>"));
                b.append("</numFmts>");
            }
            b.append("<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"맑은 고딕\"/></font></fonts>")
                    .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\"/></cellStyleXfs>")
                    .append("<cellXfs count=\"").append(numFmtIds.length).append("\">");
            for (int id : numFmtIds) {
                b.append("<xf numFmtId=\"").append(id).append("\" fontId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>");
            }
            return stylesXml(b.append("</cellXfs></styleSheet>").toString());
        }

        Book stylesXml(String xml) {
            parts.put("xl/styles.xml", utf8(xml));
            return this;
        }

        /** The parts, with the workbook and its relationships written from what was added. */
        Map<String, byte[]> parts() {
            Map<String, byte[]> out = new LinkedHashMap<>(parts);
            StringBuilder r = new StringBuilder(rels);
            if (parts.containsKey("xl/sharedStrings.xml")) {
                r.append("<Relationship Id=\"rIdS\" Type=\"").append(REL).append("/sharedStrings\" ")
                        .append("Target=\"sharedStrings.xml\"/>");
            }
            if (parts.containsKey("xl/styles.xml")) {
                r.append("<Relationship Id=\"rIdT\" Type=\"").append(REL).append("/styles\" Target=\"styles.xml\"/>");
            }
            out.putIfAbsent("xl/workbook.xml", utf8(DECL + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                    + workbookPr + "<sheets>" + sheets + "</sheets></workbook>"));
            out.putIfAbsent("xl/_rels/workbook.xml.rels", utf8(DECL + "<Relationships xmlns=\"" + PKG_REL + "\">" + r
                    + "</Relationships>"));
            return out;
        }

        byte[] zip() {
            return XlsxFixtures.zip(parts());
        }
    }

    static String sheetXml(String rows) {
        return DECL + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><dimension ref=\"A1\"/>"
                + "<sheetData>" + rows + "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" "
                + "bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>";
    }

    /** An inline-string cell. */
    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** A deflated zip of the parts, in order. */
    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (var e : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(java.time.LocalDateTime.of(2026, 1, 1, 0, 0)); // the same bytes on every run
                z.putNextEntry(entry);
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    /**
     * A zip whose one part {@code bombPart} inflates to {@code head + unit × n + tail} without ever
     * being held: the raw deflate data of a 1 MiB run of {@code unit}, ended by a full flush (which
     * makes it independent of what came before), is written as often as needed. 1 GiB of repeated
     * XML costs about 1 MB.
     */
    static byte[] bomb(Map<String, byte[]> parts, String bombPart, String head, String unit, long inflated,
                       String tail) {
        byte[] headBytes = utf8(head);
        byte[] tailBytes = utf8(tail);
        byte[] unitBytes = utf8(unit);
        int perChunk = (1 << 20) / unitBytes.length;
        byte[] chunk = new byte[perChunk * unitBytes.length];
        for (int i = 0; i < perChunk; i++) {
            System.arraycopy(unitBytes, 0, chunk, i * unitBytes.length, unitBytes.length);
        }
        long chunks = Math.max(1, (inflated - headBytes.length - tailBytes.length + chunk.length - 1) / chunk.length);
        byte[] headDeflated = rawDeflate(headBytes, Deflater.FULL_FLUSH);
        byte[] chunkDeflated = rawDeflate(chunk, Deflater.FULL_FLUSH);
        byte[] tailDeflated = rawDeflate(tailBytes, Deflater.NO_FLUSH);
        CRC32 crc = new CRC32();
        crc.update(headBytes);
        for (long i = 0; i < chunks; i++) {
            crc.update(chunk);
        }
        crc.update(tailBytes);
        long size = headBytes.length + chunks * chunk.length + tailBytes.length;
        long compressed = headDeflated.length + chunks * chunkDeflated.length + tailDeflated.length;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(headDeflated);
        for (long i = 0; i < chunks; i++) {
            data.writeBytes(chunkDeflated);
        }
        data.writeBytes(tailDeflated);
        Map<String, byte[]> others = new LinkedHashMap<>(parts);
        others.remove(bombPart);
        return RawZip.write(others, bombPart, data.toByteArray(), crc.getValue(), compressed, size);
    }

    private static byte[] rawDeflate(byte[] in, int flush) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(in);
        if (flush == Deflater.NO_FLUSH) {
            d.finish();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (true) {
            int n = flush == Deflater.NO_FLUSH ? d.deflate(buf) : d.deflate(buf, 0, buf.length, flush);
            out.write(buf, 0, n);
            if (flush == Deflater.NO_FLUSH ? d.finished() : n < buf.length && d.needsInput()) {
                break;
            }
        }
        d.end();
        return out.toByteArray();
    }

    /**
     * A zip written byte by byte, for what ZipOutputStream will not write: an entry whose deflate
     * data is given (the bomb, with ZIP64 sizes), or a compression method other than deflate.
     */
    static final class RawZip {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream central = new ByteArrayOutputStream();
        private int count;

        static byte[] write(Map<String, byte[]> stored, String name, byte[] deflated, long crc, long compressed,
                            long size) {
            RawZip z = new RawZip();
            stored.forEach((n, b) -> {
                CRC32 c = new CRC32();
                c.update(b);
                z.add(n, 0, b, c.getValue(), b.length, b.length);
            });
            z.add(name, 8, deflated, crc, compressed, size);
            return z.finish();
        }

        /** Every part stored, but declared with compression method {@code method} (e.g. 12, bzip2). */
        static byte[] withMethod(Map<String, byte[]> parts, int method) {
            RawZip z = new RawZip();
            parts.forEach((n, b) -> {
                CRC32 c = new CRC32();
                c.update(b);
                z.add(n, method, b, c.getValue(), b.length, b.length);
            });
            return z.finish();
        }

        void add(String name, int method, byte[] data, long crc, long compressed, long size) {
            byte[] nm = utf8(name);
            boolean zip64 = size >= 0xFFFFFFFFL || compressed >= 0xFFFFFFFFL;
            long offset = out.size();
            ByteBuffer extra = ByteBuffer.allocate(zip64 ? 20 : 0).order(ByteOrder.LITTLE_ENDIAN);
            if (zip64) {
                extra.putShort((short) 1).putShort((short) 16).putLong(size).putLong(compressed);
            }
            ByteBuffer local = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
            local.putInt(0x04034b50).putShort((short) (zip64 ? 45 : 20)).putShort((short) 0x0800)
                    .putShort((short) method).putShort((short) 0).putShort((short) 0x21).putInt((int) crc)
                    .putInt(zip64 ? -1 : (int) compressed).putInt(zip64 ? -1 : (int) size)
                    .putShort((short) nm.length).putShort((short) extra.capacity());
            out.writeBytes(local.array());
            out.writeBytes(nm);
            out.writeBytes(extra.array());
            out.writeBytes(data);
            ByteBuffer cen = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN);
            cen.putInt(0x02014b50).putShort((short) (zip64 ? 45 : 20)).putShort((short) (zip64 ? 45 : 20))
                    .putShort((short) 0x0800).putShort((short) method).putShort((short) 0).putShort((short) 0x21)
                    .putInt((int) crc).putInt(zip64 ? -1 : (int) compressed).putInt(zip64 ? -1 : (int) size)
                    .putShort((short) nm.length).putShort((short) extra.capacity()).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) offset);
            central.writeBytes(cen.array());
            central.writeBytes(nm);
            central.writeBytes(extra.array());
            count++;
        }

        byte[] finish() {
            int cenOffset = out.size();
            byte[] cen = central.toByteArray();
            out.writeBytes(cen);
            ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count)
                    .putShort((short) count).putInt(cen.length).putInt(cenOffset).putShort((short) 0);
            out.writeBytes(end.array());
            return out.toByteArray();
        }
    }

    /**
     * A minimal OLE2 compound file (512-byte sectors: header, one FAT sector, one directory sector)
     * whose directory lists {@code streams} after the root entry, at most three.
     */
    static byte[] ole2(String... streams) {
        ByteBuffer b = ByteBuffer.allocate(512 * 3).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        b.putShort(0x18, (short) 0x3E).putShort(0x1A, (short) 3).putShort(0x1C, (short) 0xFFFE)
                .putShort(0x1E, (short) 9).putShort(0x20, (short) 6);
        b.putInt(0x2C, 1).putInt(0x30, 1).putInt(0x38, 4096).putInt(0x3C, -2).putInt(0x44, -2);
        for (int i = 0; i < 109; i++) {
            b.putInt(0x4C + i * 4, i == 0 ? 0 : -1);
        }
        // FAT (sector 0): sector 0 is a FAT sector, sector 1 (the directory) ends its chain.
        b.putInt(512, -3).putInt(516, -2);
        for (int i = 2; i < 128; i++) {
            b.putInt(512 + i * 4, -1);
        }
        String[] names = new String[streams.length + 1];
        names[0] = "Root Entry";
        System.arraycopy(streams, 0, names, 1, streams.length);
        for (int i = 0; i < names.length; i++) {
            int at = 1024 + i * 128;
            byte[] nm = names[i].getBytes(StandardCharsets.UTF_16LE);
            b.position(at);
            b.put(nm);
            b.putShort(at + 64, (short) (nm.length + 2));
            b.put(at + 66, (byte) (i == 0 ? 5 : 2));
        }
        return b.array();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
