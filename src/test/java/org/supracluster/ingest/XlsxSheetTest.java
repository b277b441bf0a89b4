package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.ingest.XlsxFixtures.inline;
import static org.supracluster.ingest.XlsxFixtures.sheetXml;
import static org.supracluster.ingest.XlsxFixtures.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.ingest.XlsxFixtures.Book;
import org.supracluster.model.Message;
import org.supracluster.model.Messages;

/**
 * {@link XlsxSheet}: what real workbooks read as, and that every hostile file ends in one plain
 * sentence naming the file, quickly, with no exception.
 */
class XlsxSheetTest {

    private static final String FILE = "기업목록.xlsx";

    @TempDir
    Path dir;

    // ---------------------------------------------------------------------------------------
    // Real workbooks

    /** Written by another library (fastexcel's writer), as any program that exports .xlsx would. */
    @Test
    void readsAWorkbookWrittenByAnotherProgram() throws IOException {
        Path file = dir.resolve("real.xlsx");
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "test", "1.0");
            Worksheet a = wb.newWorksheet("요약");
            a.value(0, 0, "이 시트는 표가 아닙니다");
            Worksheet ws = wb.newWorksheet("기업");
            String[] header = {"기업명", "사업자등록번호", "설립일", "위도", "종업원수", "상장", "비고", "두배"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            ws.value(1, 0, "가람전자(주)");
            ws.value(1, 1, 1234567890L);
            ws.value(1, 2, LocalDate.of(2020, 3, 15));
            ws.style(1, 2).format("yyyy-mm-dd").set();
            ws.value(1, 3, 37.263);
            ws.value(1, 4, 20200315);
            ws.value(1, 5, Boolean.TRUE);
            // column 6 (비고) left empty: a gap
            ws.formula(1, 7, "E2*2");
            ws.value(2, 0, "나래반도체 주식회사");
            ws.value(2, 3, 1.5e-7);
            ws.value(2, 4, 0.1);
            wb.finish();
        }
        ImportReport report = new ImportReport();
        List<SheetRow> rows = XlsxSheet.read(file, "기업", FILE, report).orElseThrow();
        assertEquals(List.of(
                new SheetRow(1, List.of("기업명", "사업자등록번호", "설립일", "위도", "종업원수", "상장", "비고", "두배")),
                new SheetRow(2, List.of("가람전자(주)", "1234567890", "2020-03-15", "37.263", "20200315", "TRUE")),
                new SheetRow(3, List.of("나래반도체 주식회사", "", "", "0.00000015", "0.1"))), rows);
        // This writer stores formulas without their value: said once, the cell reads as empty.
        assertEquals(List.of("warning: 기업목록.xlsx, line 2: 1 formula has no saved value (the first is in cell H2), "
                + "so it reads as empty: open the file in Excel and save it again to store the values."),
                report.lines());
        assertEquals(List.of("요약", "기업"), XlsxSheet.sheetNames(file, FILE, new ImportReport()).orElseThrow());
        assertEquals("이 시트는 표가 아닙니다", XlsxSheet.read(file, null, FILE, new ImportReport()).orElseThrow()
                .get(0).cells().get(0), "the first sheet by default");
    }

    /** The parts as Excel itself writes them: shared strings with runs and phonetics, styles, formulas. */
    @Test
    void readsCellsAsExcelWritesThem() throws IOException {
        Book book = new Book()
                .sharedStrings("기업명", "사업자번호", "설립일", "<si><r><t>수원 </t></r><r><rPr><b/></rPr><t>장비</t></r>"
                        + "<rPh sb=\"0\" eb=\"2\"><t>スウォン</t></rPh></si>", "줄1_x000D_\n줄2", "  앞뒤 공백  ", "")
                .styles(Map.of(164, "yyyy\"년\" m\"월\" d\"일\";@", 165, "[$-412]yyyy-mm-dd\\ dddd", 166,
                        "#,##0\"원\"", 167, "[h]:mm:ss", 168, "0.00E+00"), 0, 14, 164, 165, 166, 20, 31, 167, 168);
        book.sheet("Sheet1", "<row r=\"1\" spans=\"1:3\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"s\"><v>2</v></c></row>"
                // row 2 formatted but empty: left out; row 3 skipped by Excel
                + "<row r=\"2\" ht=\"20\" customHeight=\"1\"><c r=\"A2\" s=\"4\"/><c r=\"B2\" s=\"1\"/></row>"
                + "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>3</v></c><c r=\"B4\" s=\"4\"><v>1234567890</v></c>"
                + "<c r=\"C4\" s=\"1\"><v>43905</v></c><c r=\"D4\" s=\"2\"><v>43905.75</v></c>"
                + "<c r=\"E4\" s=\"3\"><v>36526</v></c><c r=\"F4\" s=\"6\"><v>44197</v></c>"
                + "<c r=\"G4\" s=\"5\"><v>0.5</v></c><c r=\"H4\" s=\"7\"><v>1.25</v></c>"
                + "<c r=\"I4\" s=\"8\"><v>1.2345678901234E+20</v></c></row>"
                + "<row r=\"7\"><c r=\"A7\" t=\"s\"><v>4</v></c><c r=\"C7\"><f>B4*2</f><v>2469135780</v></c>"
                + "<c r=\"D7\" t=\"str\"><f>A4&amp;\"!\"</f><v>수원 장비!</v></c><c r=\"E7\" t=\"e\"><f>1/0</f>"
                + "<v>#DIV/0!</v></c><c r=\"F7\" t=\"e\"><v>#N/A</v></c><c r=\"G7\" t=\"b\"><v>0</v></c>"
                + "<c r=\"H7\" t=\"s\"><v>5</v></c><c r=\"I7\" t=\"s\"><v>6</v></c><c r=\"J7\" s=\"1\"/></row>"
                + "<row r=\"8\"><c r=\"B8\" t=\"inlineStr\"><is><t>인라인 _x005F_x0041_</t></is></c>"
                + "<c r=\"C8\"><v>-0.0</v></c><c r=\"D8\"><v>1E-3</v></c><c r=\"E8\"><v>0.30000000000000004</v></c>"
                + "<c r=\"F8\"><v>-12.50</v></c></row>");
        ImportReport report = new ImportReport();
        List<SheetRow> rows = read(book.zip(), null, report).orElseThrow();
        assertEquals(List.of(
                new SheetRow(1, List.of("기업명", "사업자번호", "설립일")),
                new SheetRow(4, List.of("수원 장비", "1234567890", "2020-03-15", "2020-03-15", "2000-01-01",
                        "2021-01-01", "12:00:00", "1.25", "123456789012340000000")),
                new SheetRow(7, List.of("줄1\r\n줄2", "", "2469135780", "수원 장비!", "", "", "FALSE", "  앞뒤 공백  ")),
                new SheetRow(8, List.of("", "인라인 _x0041_", "0", "0.001", "0.30000000000000004", "-12.5"))), rows);
        assertEquals(List.of("warning: 기업목록.xlsx, line 7: 2 cells hold an Excel error value such as #N/A (the first "
                + "is E7 (#DIV/0!)); they read as empty."), report.lines());
    }

    @Test
    void theDateSystemOf1904IsHonoured() throws IOException {
        Book book = new Book().styles(Map.of(), 0, 14);
        book.workbookPr = "<workbookPr date1904=\"1\"/>";
        book.sheet("S", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>42443</v></c></row>");
        assertEquals(List.of(new SheetRow(1, List.of("2020-03-15"))), read(book.zip(), null, new ImportReport())
                .orElseThrow());
    }

    @Test
    void cellsWithoutReferencesFollowEachOther() throws IOException {
        Book book = new Book().sheet("S", "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>1</v></c></row>"
                + "<row><c r=\"C2\"><v>2</v></c><c><v>3</v></c></row>");
        assertEquals(List.of(new SheetRow(1, List.of("a", "1")), new SheetRow(2, List.of("", "", "2", "3"))),
                read(book.zip(), null, new ImportReport()).orElseThrow());
    }

    // ---------------------------------------------------------------------------------------
    // Choosing the sheet

    @Test
    void aSheetIsChosenByNameExactlyElseIgnoringCase() throws IOException {
        byte[] zip = new Book().sheet("Firms", "<row r=\"1\">" + inline("A1", "one") + "</row>")
                .sheet("특허", "<row r=\"1\">" + inline("A1", "two") + "</row>")
                .sheet("firms", "<row r=\"1\">" + inline("A1", "three") + "</row>").zip();
        assertEquals("two", first(read(zip, "특허", new ImportReport())));
        assertEquals("three", first(read(zip, "firms", new ImportReport())));
        assertEquals("one", first(read(zip, "FIRMS", new ImportReport())));
        assertEquals("one", first(read(zip, null, new ImportReport())));
    }

    @Test
    void theFirstVisibleWorksheetIsTheDefault() throws IOException {
        byte[] zip = new Book().chartSheet("차트").sheet("숨김", "<row r=\"1\">" + inline("A1", "hidden") + "</row>",
                "hidden").sheet("보임", "<row r=\"1\">" + inline("A1", "shown") + "</row>").zip();
        assertEquals("shown", first(read(zip, null, new ImportReport())));
        assertEquals("hidden", first(read(zip, "숨김", new ImportReport())));
        assertEquals(List.of("숨김", "보임"), XlsxSheet.sheetNames(write(zip), FILE, new ImportReport()).orElseThrow());
    }

    @Test
    void anUnknownSheetNameIsAnErrorListingTheSheets() throws IOException {
        byte[] zip = new Book().sheet("기업", "").sheet("거래", "").chartSheet("그림").zip();
        refused(zip, "특허", "the workbook has no sheet named '특허'; its sheets are '기업', '거래'.");
        refused(zip, "그림", "sheet '그림' is a chart sheet, which holds no table; its sheets are '기업', '거래'.");
    }

    @Test
    void aWorkbookWithoutWorksheetsIsRefused() throws IOException {
        refused(new Book().zip(), null, "the workbook has no worksheet.");
        refused(new Book().chartSheet("차트").zip(), null,
                "the workbook has no worksheet (only chart sheets, which hold no table: '차트').");
    }

    // ---------------------------------------------------------------------------------------
    // Files that are not .xlsx

    @Test
    void filesThatAreNotXlsxWorkbooksAreNamedForWhatTheyAre() throws IOException {
        refused(utf8("기업명,사업자등록번호\n수원 장비,1234567890\n"), null, XlsxSheet.notXlsx());
        refused(new byte[0], null, "the file is empty, so it is not an .xlsx workbook.");
        refused(new byte[] {'P', 'K'}, null, XlsxSheet.notXlsx());
        refused(resource("old-biff8.xls"), null, "the file is an old Excel .xls file: open it in Excel and save it as "
                + ".xlsx.");
        refused(XlsxFixtures.ole2("Workbook", "\u0005SummaryInformation"), null, XlsxSheet.oldXls());
        refused(resource("encrypted-agile.xlsx"), null, "the workbook is encrypted with a password: open it in Excel, "
                + "remove the password (File, Info, Protect Workbook, Encrypt with Password) and save it again.");
        refused(XlsxFixtures.ole2("\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"), null,
                XlsxSheet.encrypted());
        refused(XlsxFixtures.ole2("WordDocument"), null, "the file is an old Excel .xls file or a password-protected "
                + "workbook: open it in Excel and save it as .xlsx without a password.");
        Map<String, byte[]> docx = new LinkedHashMap<>();
        docx.put("[Content_Types].xml", utf8("<Types/>"));
        docx.put("word/document.xml", utf8("<document/>"));
        refused(XlsxFixtures.zip(docx), null, "the file is not an .xlsx workbook: its zip archive holds no workbook "
                + "part (it may be a Word or PowerPoint file, or another zip archive).");
        Map<String, byte[]> xlsb = new LinkedHashMap<>();
        xlsb.put("xl/workbook.bin", new byte[] {1, 2, 3});
        refused(XlsxFixtures.zip(xlsb), null, "the file is a binary Excel workbook (.xlsb): open it in Excel and save "
                + "it as .xlsx.");
    }

    @Test
    void aTruncatedFileIsDamagedOrIncomplete() throws IOException {
        byte[] good = goodBook().zip();
        for (int cut : new int[] {10, good.length / 2, good.length - 10}) {
            refused(Arrays.copyOf(good, cut), null, XlsxSheet.damagedZip());
        }
    }

    @Test
    void aPartWhoseDeflateDataIsBrokenCannotBeUnpacked() throws IOException {
        byte[] zip = goodBook().zip();
        int at = indexOf(zip, utf8("xl/worksheets/sheet1.xml")) + "xl/worksheets/sheet1.xml".length();
        zip[at] = (byte) 0xFF; // the first deflate block header: block type 3, which does not exist
        refused(zip, null, XlsxSheet.cannotUnpack("xl/worksheets/sheet1.xml"));
    }

    @Test
    void aCompressionMethodExcelNeverUsesIsRefused() throws IOException {
        refused(XlsxFixtures.RawZip.withMethod(goodBook().parts(), 12), null, "a part of the workbook is packed with a "
                + "compression method Excel never uses (only deflate and none are read); the file is refused.");
    }

    @Test
    void tooManyZipEntriesAreRefused() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>(goodBook().parts());
        for (int i = 0; parts.size() <= XlsxSheet.MAX_ENTRIES; i++) {
            parts.put("xl/media/image" + i + ".png", new byte[0]);
        }
        refused(XlsxFixtures.zip(parts), null, "the file holds 10001 zip entries, far more than a workbook has (at most "
                + "10000 are read); it is refused.");
    }

    // ---------------------------------------------------------------------------------------
    // Hostile XML

    @Test
    void aDoctypeInAnyPartIsRefusedAndNoEntityIsExpanded() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-MARKER-7f3a");
        String[] doctypes = {
            "<!DOCTYPE worksheet [<!ENTITY x \"EXPANDED\">]>",
            "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>",
            "<!DOCTYPE worksheet [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\"><!ENTITY x \"&lol2;&lol2;&lol2;\">]>",
            "<!DOCTYPE worksheet SYSTEM \"" + secret.toUri() + "\">",
            "<!DOCTYPE worksheet [<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p;]>",
            "<!DOCTYPE worksheet>",
        };
        for (String doctype : doctypes) {
            for (String part : List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
                    "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels")) {
                Map<String, byte[]> parts = goodBook().parts();
                String xml = new String(parts.get(part), StandardCharsets.UTF_8);
                int root = xml.indexOf('<', xml.indexOf("?>"));
                String hostile = xml.substring(0, root) + doctype + xml.substring(root).replace(">seoul<", ">&x;<");
                parts.put(part, utf8(hostile));
                ImportReport report = refused(XlsxFixtures.zip(parts), null, XlsxSheet.doctype(part));
                assertFalse(report.lines().toString().contains("SECRET") || report.lines().toString().contains("lol"));
            }
        }
    }

    @Test
    void anUndeclaredEntityIsNotWellFormed() throws IOException {
        byte[] zip = new Book().sheet("S", "<row r=\"3\">" + inline("A3", "&nope;") + "</row>").zip();
        ImportReport report = refused(zip, null, "the workbook is damaged: its part xl/worksheets/sheet1.xml is not "
                + "well-formed XML: The entity \"nope\" was referenced, but not declared.");
        assertEquals(3, report.errors().get(0).line());
    }

    @Test
    void partsMustBeUtf8AsExcelWritesThem() throws IOException {
        String sheet = sheetXml("<row r=\"1\">" + inline("A1", "수원") + "</row>");
        byte[] utf16 = XlsxFixtures.zip(withSheet(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                sheet.replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16LE))));
        byte[] eucKr = XlsxFixtures.zip(withSheet(sheet.replace("UTF-8", "EUC-KR").getBytes(TextDecoder.CP949)));
        byte[] badByte = XlsxFixtures.zip(withSheet(concat(utf8(sheet.substring(0, 300)), new byte[] {(byte) 0xC0,
            (byte) 0xAF}, utf8(sheet.substring(300)))));
        for (byte[] zip : List.of(utf16, eucKr, badByte)) {
            refused(zip, null, XlsxSheet.notUtf8("xl/worksheets/sheet1.xml"));
        }
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        byte[] zip = new Book().sheet("S", "<row r=\"1\"><c r=\"A1\"><extLst>" + "<x>".repeat(100) + "</x>".repeat(100)
                + "</extLst></c></row>").zip();
        refused(zip, null, "the workbook's part xl/worksheets/sheet1.xml nests elements more than 64 deep, which Excel "
                + "never does; it is refused.");
    }

    // ---------------------------------------------------------------------------------------
    // Sizes

    /**
     * A sheet of 1 GiB in a file of about 1 MB (deflate's best ratio, ~1:1000, needs a period of at
     * most 4 bytes: {@code <c/>}), and 1 GiB of real rows (3 MB): each refused after inflating 256 MB,
     * well within the fuzz tests' 5 s. Surefire runs with -Xmx2g, but nothing here is held: the
     * pre-pass inflates into nothing, so a 512 MB heap does the same (checked by hand with -Xmx512m).
     */
    @Test
    void aOneGigabyteZipBombIsRefusedWithoutInflatingIt() throws IOException {
        Map<String, byte[]> parts = goodBook().parts();
        String head = XlsxFixtures.DECL + "<worksheet xmlns=\"" + XlsxFixtures.MAIN + "\"><sheetData>";
        byte[] small = XlsxFixtures.bomb(parts, "xl/worksheets/sheet1.xml", head, "<c/>", 1L << 30,
                "</sheetData></worksheet>");
        assertTrue(small.length < 1_200_000, "the bomb file is " + small.length + " bytes");
        byte[] rows = XlsxFixtures.bomb(parts, "xl/worksheets/sheet1.xml", head,
                "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>", 1L << 30, "</sheetData></worksheet>");
        // How long the refusal takes is measured by hand and in the note (tests assert no timings).
        for (byte[] zip : List.of(small, rows)) {
            refused(zip, null, XlsxSheet.tooLarge("xl/worksheets/sheet1.xml", 256));
        }
        // 1 GiB of shared strings; a 200 MB attribute (which the parser would hold whole), under the
        // sheet's limit, ends after 1 MB of it; 200 MB of text in one cell ends at 100,000 characters.
        refused(XlsxFixtures.bomb(parts, "xl/worksheets/sheet1.xml", head + "<row><c r=\"A1\" x=\"", "a",
                200L << 20, "\"/></row></sheetData></worksheet>"), null, "the workbook's part "
                + "xl/worksheets/sheet1.xml has more than 1 MB of text without markup (a giant cell or attribute), "
                + "which Excel never writes; it is refused.");
        refused(XlsxFixtures.bomb(parts, "xl/worksheets/sheet1.xml", head + "<row><c t=\"inlineStr\"><is><t>", "가",
                200L << 20, "</t></is></c></row></sheetData></worksheet>"), null,
                "cell A1 holds more than 100000 characters (Excel allows 32,767); the file is refused.");
        refused(XlsxFixtures.bomb(parts, "xl/sharedStrings.xml", "<sst xmlns=\"" + XlsxFixtures.MAIN + "\">",
                "<si><t>a</t></si>", 1L << 30, "</sst>"), null, XlsxSheet.tooLarge("xl/sharedStrings.xml", 64));
    }

    @Test
    void thePartsTogetherHaveALimitToo() throws IOException {
        Map<String, byte[]> parts = goodBook().parts();
        String filler = " ".repeat(1000) + "<!---->";
        parts.put("xl/styles.xml", utf8("<styleSheet>" + filler.repeat(15 * 1024 * 1024 / filler.length())
                + "</styleSheet>"));
        parts.put("xl/sharedStrings.xml", utf8("<sst><si><t>seoul</t></si>" + filler.repeat(60 * 1024 * 1024
                / filler.length()) + "</sst>"));
        byte[] zip = XlsxFixtures.bomb(parts, "xl/worksheets/sheet1.xml", "<worksheet><sheetData>", filler,
                250L << 20, "</sheetData></worksheet>");
        refused(zip, null, "the workbook's parts unpack to more than 320 MB together, more than this program reads (it "
                + "may be a zip bomb); it is refused.");
    }

    @Test
    void cellsBeyondExcelsGridOrOutOfOrderAreDamage() throws IOException {
        refused(new Book().sheet("S", "<row r=\"1\"><c r=\"ZZZZZZ1\"><v>1</v></c></row>").zip(), null,
                "a cell lies beyond Excel's last column (XFD); the file is damaged.");
        refused(new Book().sheet("S", "<row r=\"1\"><c r=\"1\"><v>1</v></c></row>").zip(), null,
                "a cell's reference '1' is not a cell reference such as B7; the file is damaged.");
        refused(new Book().sheet("S", "<row r=\"1048577\"><c><v>1</v></c></row>").zip(), null,
                "the sheet has a row beyond Excel's last row (1,048,576); the file is damaged.");
        refused(new Book().sheet("S", "<row r=\"5\"><c><v>1</v></c></row><row r=\"4\"/>").zip(), null,
                "row 4 comes after row 5: the sheet's rows are out of order, so the file is damaged.");
        refused(new Book().sheet("S", "<row r=\"5\"><c r=\"C5\"><v>1</v></c><c r=\"B5\"><v>1</v></c></row>").zip(),
                null, "cell B5 comes after cell C5: the row's cells are out of order, so the file is damaged.");
        refused(new Book().sheet("S", "<row r=\"-1\"/>").zip(), null,
                "a row is numbered '-1', which is not a row number; the file is damaged.");
        refused(new Book().sharedStrings("a").sheet("S", "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>").zip(),
                null, "cell A2 refers to shared text number 7, which the workbook lacks; the file is damaged.");
    }

    @Test
    void tooManyCellsOrTooLongACellAreRefused() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= XlsxSheet.MAX_CELLS / XlsxSheet.LAST_COLUMN + 1; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"XFD").append(r).append("\"><v>1</v></c></row>");
        }
        ImportReport report = refused(new Book().sheet("S", rows.toString()).zip(), null, "the sheet holds more than "
                + "5,000,000 cells (counting the empty ones between values), more than this program imports from one "
                + "sheet: split it into several files.");
        assertEquals(306, report.errors().get(0).line());
        refused(new Book().sheet("S", "<row r=\"9\">" + inline("B9", "가".repeat(100_001)) + "</row>").zip(), null,
                "cell B9 holds more than 100000 characters (Excel allows 32,767); the file is refused.");
        refused(new Book().sheet("S", "<row r=\"9\"><c r=\"B9\"><v>" + "1".repeat(100_001) + "</v></c></row>").zip(),
                null, "cell B9 holds more than 100000 characters (Excel allows 32,767); the file is refused.");
        StringBuilder many = new StringBuilder("<sst>");
        for (int i = 0; i <= XlsxSheet.MAX_SHARED_STRINGS; i++) {
            many.append("<si/>");
        }
        refused(new Book().sharedStringsXml(many + "</sst>").sheet("S", "").zip(), null, "the workbook's shared text "
                + "table has more than 3000000 entries, more than this program reads; it is refused.");
    }

    @Test
    void valuesThatDoNotFitTheirCellTypeAreKeptWithAWarning() throws IOException {
        ImportReport report = new ImportReport();
        List<SheetRow> rows = read(new Book().sheet("S", "<row r=\"2\"><c r=\"A2\"><v>abc</v></c>"
                + "<c r=\"B2\"><v>1e999999999</v></c><c r=\"C2\" t=\"b\"><v>yes</v></c>"
                + "<c r=\"D2\"><v>" + "9".repeat(60) + "</v></c></row>").zip(), null, report).orElseThrow();
        assertEquals(List.of(new SheetRow(2, List.of("abc", "1e999999999", "yes", "9".repeat(60)))), rows);
        assertEquals(List.of("warning: 기업목록.xlsx, line 2: 3 cells hold a value that does not fit its cell type (the "
                + "first is A2); they were kept as written."), report.lines());
    }

    @Test
    void numberFormatsAreToldApart() {
        assertEquals(XlsxStyles.Kind.DATE, XlsxStyles.kindOf("yyyy\"년\" m\"월\" d\"일\""));
        assertEquals(XlsxStyles.Kind.DATE, XlsxStyles.kindOf("[$-412]mmmm d, yyyy;@"));
        assertEquals(XlsxStyles.Kind.DATE, XlsxStyles.kindOf("mmm-yy"));
        assertEquals(XlsxStyles.Kind.TIME, XlsxStyles.kindOf("h:mm AM/PM"));
        assertEquals(XlsxStyles.Kind.TIME, XlsxStyles.kindOf("[h]:mm"));
        assertEquals(XlsxStyles.Kind.NUMBER, XlsxStyles.kindOf("General"));
        assertEquals(XlsxStyles.Kind.NUMBER, XlsxStyles.kindOf("#,##0\"일\";[Red]-#,##0"));
        assertEquals(XlsxStyles.Kind.NUMBER, XlsxStyles.kindOf("[$₩-412]#,##0.00"));
        assertEquals(XlsxStyles.Kind.NUMBER, XlsxStyles.kindOf("0.00E+00"));
        assertEquals(XlsxStyles.Kind.NUMBER, XlsxStyles.kindOf("@"));
        assertEquals(XlsxStyles.Kind.DATE, XlsxStyles.builtIn(14));
        assertEquals(XlsxStyles.Kind.DATE, XlsxStyles.builtIn(57));
        assertEquals(XlsxStyles.Kind.TIME, XlsxStyles.builtIn(33));
        assertEquals(XlsxStyles.Kind.NUMBER, XlsxStyles.builtIn(49));
    }

    // ---------------------------------------------------------------------------------------

    private static Book goodBook() {
        return new Book().sharedStrings("seoul").styles(Map.of(), 0, 14)
                .sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
    }

    private static Map<String, byte[]> withSheet(byte[] sheet) {
        Map<String, byte[]> parts = new Book().sheet("S", "").parts();
        parts.put("xl/worksheets/sheet1.xml", sheet);
        return parts;
    }

    private Optional<List<SheetRow>> read(byte[] zip, String sheet, ImportReport report) throws IOException {
        return XlsxSheet.read(write(zip), sheet, FILE, report);
    }

    private Path write(byte[] zip) throws IOException {
        return Files.write(Files.createTempFile(dir, "book", ".xlsx"), zip);
    }

    /** Reads, expecting nothing back and exactly one error: this sentence, naming the file. */
    /** {@link #refused(byte[], String, String)} with the sentence of a bundle key, in English. */
    private ImportReport refused(byte[] zip, String sheet, Message message) throws IOException {
        return refused(zip, sheet, message.in(Messages.ENGLISH));
    }

    private ImportReport refused(byte[] zip, String sheet, String message) throws IOException {
        ImportReport report = new ImportReport();
        Optional<List<SheetRow>> rows = read(zip, sheet, report);
        assertTrue(rows.isEmpty(), () -> "read " + rows + " where this was expected: " + message);
        assertEquals(1, report.errorCount(), () -> report.lines().toString());
        ImportReport.Problem p = report.errors().get(0);
        assertEquals(FILE, p.file());
        assertEquals(message, p.message());
        assertTrue(message.endsWith(".") && !message.contains("Exception") && !message.contains("java."), message);
        return report;
    }

    private static String first(Optional<List<SheetRow>> rows) {
        return rows.orElseThrow().get(0).cells().get(0);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = XlsxSheetTest.class.getResourceAsStream("xlsx/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
