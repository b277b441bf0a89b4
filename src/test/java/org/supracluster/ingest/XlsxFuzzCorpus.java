package org.supracluster.ingest;

import static org.supracluster.ingest.XlsxFixtures.inline;
import static org.supracluster.ingest.XlsxFixtures.sheetXml;
import static org.supracluster.ingest.XlsxFixtures.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.supracluster.ingest.XlsxFixtures.Book;

/**
 * Writes the seed corpus that {@link XlsxFuzzTest} replays in every build: good workbooks and
 * every hostile kind {@link XlsxSheetTest} checks, each small (the 1 GiB bomb is about 1 MB).
 * Deterministic: running it again gives the same files. Entries Jazzer finds are saved beside
 * these under their own names.
 *
 * <pre>mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.supracluster.ingest.XlsxFuzzCorpus</pre>
 */
public final class XlsxFuzzCorpus {

    private final Map<String, byte[]> inputs = new LinkedHashMap<>();

    private XlsxFuzzCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0]
                : "src/test/resources/org/supracluster/ingest/XlsxFuzzTestInputs/xlsx");
        XlsxFuzzCorpus c = new XlsxFuzzCorpus();
        c.build();
        Files.createDirectories(out);
        long bytes = 0;
        for (var e : c.inputs.entrySet()) {
            Files.write(out.resolve(e.getKey()), e.getValue());
            bytes += e.getValue().length;
        }
        System.out.printf("%d inputs, %d bytes, in %s%n", c.inputs.size(), bytes, out);
    }

    private void put(String name, byte[] content) {
        if (inputs.put(name, content) != null) {
            throw new IllegalStateException("two entries named " + name);
        }
    }

    private static Book good() {
        return new Book().sharedStrings("기업명", "사업자등록번호", "설립일", "수원 장비(주)", "줄1_x000D_\n줄2")
                .styles(Map.of(164, "yyyy\"년\" m\"월\" d\"일\""), 0, 14, 164)
                .sheet("기업", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                        + "<c r=\"C1\" t=\"s\"><v>2</v></c></row><row r=\"3\"><c r=\"A3\" t=\"s\"><v>3</v></c>"
                        + "<c r=\"B3\"><v>1234567890</v></c><c r=\"C3\" s=\"1\"><v>43905</v></c>"
                        + "<c r=\"E3\" s=\"2\"><v>43905.5</v></c><c r=\"F3\"><f>B3*2</f><v>2469135780</v></c>"
                        + "<c r=\"G3\" t=\"e\"><v>#N/A</v></c><c r=\"H3\" t=\"b\"><v>1</v></c>"
                        + "<c r=\"I3\" t=\"s\"><v>4</v></c></row>")
                .sheet("특허", "<row r=\"1\">" + inline("A1", "출원번호") + inline("B1", "출원인") + "</row>");
    }

    private void build() throws IOException {
        Map<String, byte[]> parts = good().parts();
        byte[] zip = XlsxFixtures.zip(parts);
        put("good", zip);
        put("good-fastexcel", fastexcel());
        put("good-stored", XlsxFixtures.RawZip.withMethod(parts, 0));
        put("old-biff8-xls", resource("old-biff8.xls"));
        put("encrypted-agile", resource("encrypted-agile.xlsx"));
        put("ole2-workbook", XlsxFixtures.ole2("Workbook"));
        put("ole2-encrypted", XlsxFixtures.ole2("EncryptionInfo", "EncryptedPackage"));
        put("ole2-other", XlsxFixtures.ole2("WordDocument"));
        put("ole2-header-only", Arrays.copyOf(XlsxFixtures.ole2("Workbook"), 512));
        put("ole2-directory-loop", ole2Loop());
        put("empty", new byte[0]);
        put("pk-only", new byte[] {'P', 'K'});
        put("not-zip-csv", utf8("기업명,사업자등록번호\n수원 장비,1234567890\n"));
        put("not-zip-html", utf8("<html><body><table><tr><td>기업명</td></tr></table></body></html>"));
        put("random-bytes", random(1, 4096));
        put("pk-then-random", concat(new byte[] {'P', 'K', 3, 4}, random(2, 4096)));
        for (int cut : new int[] {30, zip.length / 3, zip.length / 2, zip.length - 22, zip.length - 1}) {
            put("truncated-at-" + cut, Arrays.copyOf(zip, cut));
        }
        put("empty-zip", XlsxFixtures.zip(Map.of()));
        Map<String, byte[]> docx = new LinkedHashMap<>();
        docx.put("[Content_Types].xml", utf8("<Types/>"));
        docx.put("word/document.xml", utf8("<document/>"));
        put("docx-like", XlsxFixtures.zip(docx));
        put("xlsb-like", XlsxFixtures.zip(Map.of("xl/workbook.bin", new byte[] {1, 2, 3})));
        put("method-bzip2", XlsxFixtures.RawZip.withMethod(parts, 12));
        put("no-sheets", new Book().zip());
        put("chart-sheet-only", new Book().chartSheet("차트").zip());
        doctypes(parts);
        put("undeclared-entity", new Book().sheet("S", "<row r=\"1\">" + inline("A1", "&nope;") + "</row>").zip());
        put("not-well-formed", with(parts, "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c>"));
        put("utf16-sheet", with(parts, "xl/worksheets/sheet1.xml", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                sheetXml("").replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16LE))));
        put("euc-kr-declared", with(parts, "xl/worksheets/sheet1.xml", sheetXml("<row r=\"1\">" + inline("A1", "수원")
                + "</row>").replace("UTF-8", "EUC-KR").getBytes(TextDecoder.CP949)));
        put("invalid-utf8", with(parts, "xl/sharedStrings.xml", concat(utf8("<sst><si><t>"), new byte[] {(byte) 0xC0,
            (byte) 0xAF}, utf8("</t></si></sst>"))));
        put("deep-nesting", with(parts, "xl/worksheets/sheet1.xml", "<worksheet>" + "<x>".repeat(20_000)
                + "</x>".repeat(20_000) + "</worksheet>"));
        bombs(parts);
        put("run-without-markup", with(parts, "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c r=\""
                + "A".repeat(2_000_000) + "1\"/></row></sheetData></worksheet>"));
        put("cell-text-100001", new Book().sheet("S", "<row r=\"9\">" + inline("B9", "가".repeat(100_001))
                + "</row>").zip());
        put("column-zzzzzz", new Book().sheet("S", "<row r=\"1\"><c r=\"ZZZZZZ1\"><v>1</v></c></row>").zip());
        put("column-not-a-reference", new Book().sheet("S", "<row r=\"1\"><c r=\"1\"><v>1</v></c></row>").zip());
        put("row-beyond-excel", new Book().sheet("S", "<row r=\"1048577\"><c><v>1</v></c></row>").zip());
        put("row-huge-number", new Book().sheet("S", "<row r=\"99999999999999999999\"/>").zip());
        put("rows-out-of-order", new Book().sheet("S", "<row r=\"5\"><c><v>1</v></c></row><row r=\"4\"/>").zip());
        put("cells-out-of-order", new Book().sheet("S", "<row r=\"5\"><c r=\"C5\"><v>1</v></c><c r=\"B5\"><v>1</v>"
                + "</c></row>").zip());
        StringBuilder wide = new StringBuilder();
        for (int r = 1; r <= 310; r++) {
            wide.append("<row r=\"").append(r).append("\"><c r=\"XFD").append(r).append("\"><v>1</v></c></row>");
        }
        put("too-many-cells", new Book().sheet("S", wide.toString()).zip());
        put("wide-first-row-then-many", new Book().sheet("S", "<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>"
                + "<row><c><v>2</v></c></row>".repeat(50_000)).zip());
        put("shared-index-out-of-range", new Book().sharedStrings("a").sheet("S", "<row r=\"2\"><c r=\"A2\" t=\"s\">"
                + "<v>7</v></c><c r=\"B2\" t=\"s\"><v>-1</v></c></row>").zip());
        put("shared-strings-3000001", new Book().sharedStringsXml("<sst>" + "<si/>".repeat(3_000_001) + "</sst>")
                .sheet("S", "").zip());
        put("odd-values", new Book().styles(Map.of(), 0, 14).sheet("S", "<row r=\"2\"><c r=\"A2\"><v>abc</v></c>"
                + "<c r=\"B2\"><v>1e999999999</v></c><c r=\"C2\" t=\"b\"><v>yes</v></c><c r=\"D2\"><v>"
                + "9".repeat(60) + "</v></c><c r=\"E2\" s=\"1\"><v>-5</v></c><c r=\"F2\" s=\"1\"><v>9999999</v></c>"
                + "<c r=\"G2\" s=\"99\"><v>1</v></c><c r=\"H2\" t=\"zz\"><v>1</v></c><c r=\"I2\" t=\"d\">"
                + "<v>2020-02-30T00:00:00</v></c><c r=\"J2\" t=\"n\"><v>NaN</v></c></row>").zip());
        put("formulas-without-values", new Book().sheet("S", "<row r=\"1\"><c r=\"A1\"><f>1+1</f></c>"
                + "<c r=\"B1\" t=\"str\"><f>\"a\"</f></c><c r=\"C1\" t=\"b\"><f>TRUE</f></c>"
                + "<c r=\"D1\"><f t=\"shared\" si=\"9\"/></c></row>").zip());
        put("duplicate-entries", duplicateSheet(parts));
        put("rels-escaping-the-zip", rels("../../../../etc/passwd"));
        put("rels-absolute-and-encoded", rels("/xl/worksheets/sheet%31.xml"));
        put("rels-to-styles", rels("styles.xml"));
        put("rels-missing-target", with(parts, "xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\""
                + " Type=\"x/worksheet\"/></Relationships>"));
        put("workbook-sheet-without-id", with(parts, "xl/workbook.xml", "<workbook><sheets><sheet name=\"S\"/>"
                + "</sheets></workbook>"));
        put("styles-odd", with(parts, "xl/styles.xml", "<styleSheet><numFmts><numFmt numFmtId=\"x\"/>"
                + "<numFmt numFmtId=\"164\" formatCode=\"[\"/><numFmt numFmtId=\"165\" formatCode=\"&quot;\"/>"
                + "</numFmts><cellXfs><xf numFmtId=\"999999999999\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf/>"
                + "</cellXfs></styleSheet>"));
        put("entry-names-invalid-utf8", badNames(zip));
    }

    private void doctypes(Map<String, byte[]> parts) {
        String[] doctypes = {
            "<!DOCTYPE worksheet [<!ENTITY x \"EXPANDED\">]>",
            "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
            "<!DOCTYPE worksheet [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"
                + "&lol;\"><!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY x \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>",
            "<!DOCTYPE worksheet SYSTEM \"http://127.0.0.1:9/evil.dtd\">",
            "<!DOCTYPE worksheet [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p;]>",
        };
        String[] kinds = {"internal-entity", "external-file", "billion-laughs", "external-dtd", "parameter-entity"};
        String[] targets = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels", "_rels/.rels"};
        for (int i = 0; i < doctypes.length; i++) {
            for (String part : targets) {
                String xml = new String(parts.get(part), StandardCharsets.UTF_8);
                int root = xml.indexOf('<', xml.indexOf("?>"));
                String hostile = xml.substring(0, root) + doctypes[i] + xml.substring(root).replace(">수원 장비(주)<", ">&x;<");
                String name = "doctype-" + kinds[i] + "-in-" + part.replaceAll("[^A-Za-z0-9]+", "-")
                        .replaceAll("^-|-$", "");
                put(name, with(parts, part, hostile));
            }
        }
    }

    private void bombs(Map<String, byte[]> parts) {
        String head = XlsxFixtures.DECL + "<worksheet xmlns=\"" + XlsxFixtures.MAIN + "\"><sheetData>";
        String tail = "</sheetData></worksheet>";
        put("bomb-sheet-1gib", XlsxFixtures.bomb(parts, "xl/worksheets/sheet1.xml", head, "<c/>", 1L << 30, tail));
        // The other parts just over their limits (a giant text run is "run-without-markup").
        put("bomb-shared-strings-70mib", XlsxFixtures.bomb(parts, "xl/sharedStrings.xml", "<sst>", "<si/>",
                70L << 20, "</sst>"));
        put("bomb-styles-20mib", XlsxFixtures.bomb(parts, "xl/styles.xml", "<styleSheet><cellXfs>", "<xf/>",
                20L << 20, "</cellXfs></styleSheet>"));
        put("bomb-workbook-20mib", XlsxFixtures.bomb(parts, "xl/workbook.xml", "<workbook><sheets>", "<x/>",
                20L << 20, "</sheets></workbook>"));
    }

    private static byte[] fastexcel() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Workbook wb = new Workbook(b, "test", "1.0");
        Worksheet ws = wb.newWorksheet("기업");
        ws.value(0, 0, "기업명");
        ws.value(0, 1, "사업자등록번호");
        ws.value(0, 2, "설립일");
        ws.value(1, 0, "가람전자(주)");
        ws.value(1, 1, 1234567890L);
        ws.value(1, 2, LocalDate.of(2020, 3, 15));
        ws.style(1, 2).format("yyyy-mm-dd").set();
        ws.formula(1, 3, "B2*2");
        ws.inlineString(2, 0, "인라인");
        ws.value(2, 4, 37.263);
        wb.newWorksheet("특허").value(0, 0, "출원번호");
        wb.finish();
        // Its parts as it wrote them, but re-zipped with fixed times and its creation time fixed,
        // so that the corpus comes out the same on every run.
        // (Its zip streams sizes after the data, which ZipInputStream refuses: read the directory.)
        Map<String, byte[]> parts = new LinkedHashMap<>();
        Path tmp = Files.createTempFile("fastexcel", ".xlsx");
        try {
            Files.write(tmp, b.toByteArray());
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(tmp.toFile())) {
                for (var e : java.util.Collections.list(z.entries())) {
                    try (InputStream in = z.getInputStream(e)) {
                        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        parts.put(e.getName(), utf8(text.replaceAll("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z",
                                "2026-01-01T00:00:00Z")));
                    }
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return XlsxFixtures.zip(parts);
    }

    /** The same sheet part twice in the zip, the second one hostile. */
    private static byte[] duplicateSheet(Map<String, byte[]> parts) {
        XlsxFixtures.RawZip z = new XlsxFixtures.RawZip();
        parts.forEach((n, b) -> add(z, n, b));
        add(z, "xl/worksheets/sheet1.xml", utf8("<!DOCTYPE w [<!ENTITY x \"y\">]><worksheet/>"));
        return z.finish();
    }

    private static void add(XlsxFixtures.RawZip z, String name, byte[] b) {
        java.util.zip.CRC32 c = new java.util.zip.CRC32();
        c.update(b);
        z.add(name, 0, b, c.getValue(), b.length, b.length);
    }

    private static byte[] rels(String target) {
        Map<String, byte[]> parts = new Book().sheet("S", "<row r=\"1\">" + inline("A1", "x") + "</row>")
                .styles(Map.of(), 0).parts();
        parts.put("xl/_rels/workbook.xml.rels", utf8("<Relationships xmlns=\"" + XlsxFixtures.PKG_REL + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + XlsxFixtures.REL + "/worksheet\" Target=\"" + target + "\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + XlsxFixtures.REL + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>"));
        return XlsxFixtures.zip(parts);
    }

    /** Entry names whose bytes are not UTF-8 although the zip says they are. */
    private static byte[] badNames(byte[] zip) {
        byte[] out = zip.clone();
        byte[] name = utf8("xl/worksheets/sheet1.xml");
        for (int i = 0; i + name.length <= out.length; i++) {
            if (Arrays.equals(out, i, i + name.length, name, 0, name.length)) {
                out[i + 3] = (byte) 0xC0;
            }
        }
        return out;
    }

    /** An OLE2 header whose directory chain points at itself. */
    private static byte[] ole2Loop() {
        byte[] b = XlsxFixtures.ole2("Root");
        // FAT entry of the directory sector (1) points back to 1.
        b[516] = 1;
        b[517] = 0;
        b[518] = 0;
        b[519] = 0;
        return b;
    }

    private static byte[] with(Map<String, byte[]> parts, String part, String xml) {
        return with(parts, part, utf8(xml));
    }

    private static byte[] with(Map<String, byte[]> parts, String part, byte[] content) {
        Map<String, byte[]> p = new LinkedHashMap<>(parts);
        p.put(part, content);
        return XlsxFixtures.zip(p);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = XlsxFuzzCorpus.class.getResourceAsStream("xlsx/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] random(long seed, int n) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }
}
