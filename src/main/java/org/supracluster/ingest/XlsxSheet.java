package org.supracluster.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.supracluster.model.Message;
import org.supracluster.model.Messages;

/**
 * Reads one sheet of an Excel {@code .xlsx} workbook as rows of text, refusing hostile files with a
 * sentence instead of an exception, a hang or an exhausted heap.
 *
 * <p>What the cells read as: text as written (no trimming, no normalisation; Excel's {@code _x000D_}
 * escapes decoded); numbers in plain decimal notation without exponent or trailing zeros (an
 * integer such as 1234567890 or 20200315 reads {@code 1234567890}, {@code 20200315}; 37.2630 reads
 * {@code 37.263}); cells formatted as dates {@code yyyy-MM-dd} (a time-only format {@code HH:mm:ss});
 * booleans {@code TRUE}/{@code FALSE}; formulas their value as last saved; error cells such as
 * {@code #N/A} an empty string, with one warning per sheet. A cell's place is kept: a gap between
 * two values is {@code ""}; trailing empty cells are left off. A row's line is its row number in
 * the sheet (as Excel shows it); rows without any value (Excel writes formatted empty rows) are
 * left out, so lines may jump.
 *
 * <p>Which sheet: the one named (exactly, else ignoring case), or by default the first visible
 * worksheet (the first worksheet if all are hidden). Chart sheets are not tables and are not counted.
 *
 * <p><b>Why no library.</b> {@code org.dhatim:fastexcel-reader} 0.20.2 (the newest; 0.19.0 resolves too)
 * was tried first, on hand-made files in a 512 MB heap.
 * Its XML parser (aalto-xml) is safe against entities: it never expands one and never fetches an
 * external DTD, and a file with {@code &xxe;} fails with a parse error. But its reading of a sheet
 * is not safe against small hostile files: one cell with the reference {@code ZZZZZZ1} (a 1.8 KB
 * file) pads a row to 321 million columns and exhausts a 512 MB heap; one 300 MB inline text
 * (a 300 KB file) and a shared-string table of 18 million tiny entries (770 KB) do too; a negative column
 * throws {@code IndexOutOfBoundsException}; 200,000 cells sharing one long formula (32 KB) take
 * 35 s because each shared formula is re-expanded; 3,000 array formulas (40 KB) make every numeric
 * cell scan them all; it accepts a DOCTYPE silently. Guarding it would have meant parsing every part
 * first with a parser of our own and re-deriving its internal costs, i.e. writing this reader anyway
 * and then parsing twice. Apache POI's streaming API is far heavier and needs the same limits. So the
 * parts are read here with the program's one XML parser ({@link SafeXml}: the JDK's StAX, no DTD,
 * no entity) over {@link java.util.zip.ZipFile}, with every limit enforced while streaming.
 *
 * <p><b>Limits</b> (each chosen so that a real 100,000-row sheet passes easily; the first one
 * crossed stops the read with a sentence):
 * <ul>
 * <li>at most {@value #MAX_ENTRIES} zip entries (a workbook has 10 to a few hundred);
 * <li>unpacked sizes, counted while inflating (the sizes in the zip headers are not trusted): the
 *     sheet {@value #MAX_SHEET_MB} MB (100,000 rows of 20 columns are about 80 MB), the shared-string
 *     table {@value #MAX_SHARED_STRINGS_MB} MB, every other part {@value #MAX_OTHER_PART_MB} MB, and
 *     all parts read together {@value #MAX_TOTAL_MB} MB. Each part is first inflated without parsing,
 *     so a zip bomb is refused after inflating at most that much (about a second), whatever it claims;
 * <li>no DOCTYPE in any part; every part UTF-8 (as Excel writes); no run of more than
 *     {@value #MAX_RUN_BYTES} bytes without a {@code <} (a giant text or attribute), elements nested
 *     at most {@value #MAX_DEPTH} deep;
 * <li>at most {@value #MAX_CELL_CHARS} characters in a cell (Excel allows 32,767),
 *     {@value #MAX_SHARED_STRINGS} shared strings, rows up to 1,048,576 and columns up to XFD (16,384),
 *     as in Excel, and at most {@value #MAX_CELLS} cell positions kept (gaps between values count).
 * </ul>
 *
 * <p><b>Memory and time.</b> The rows are returned as one list: about 4 bytes per kept cell position
 * plus each distinct text once (a shared string's text is one object however many cells show it;
 * numbers, dates and inline texts are a small string each, some 50 bytes). Measured: 100,000 rows
 * of 10 columns (Hangul names and addresses, numbers, dates; a 40 MB sheet and 30 MB of shared
 * strings) retain 51 MB and read in 2 to 5 s on two busy cores, mostly the JDK's XML parser; the
 * cap of {@value #MAX_CELLS} positions bounds the list near 300 MB. The shared strings are held
 * while the sheet is read (at most their unpacked size, twice for Hangul).
 *
 * <p><b>Where the work is.</b> This class is the entry; it holds the limits and the common refusal
 * sentences (the tests build their expected messages from them). The steps, each in a class of its
 * own in this package: {@link XlsxPackage} (the zip: its first bytes, with {@link Ole2} telling an
 * old .xls from an encrypted workbook; entries; each part inflated once against its caps before
 * parsing), {@link XlsxPartInput} (a part's bytes checked as they inflate), {@link XlsxPart} (a
 * part's XML), {@link XlsxWorkbook} and {@link XlsxRels} (the workbook, its relationships and
 * sheets), {@link XlsxStyles} (which formats show dates), {@link XlsxSharedStrings},
 * {@link XlsxSheetReader} (rows and cells, with {@link XlsxSheetWarnings}) and {@link XlsxCells}
 * (how a value reads as text).
 */
public final class XlsxSheet {

    public static final int MAX_ENTRIES = 10_000;
    public static final int MAX_SHEET_MB = 256;
    public static final int MAX_SHARED_STRINGS_MB = 64;
    public static final int MAX_OTHER_PART_MB = 16;
    public static final int MAX_TOTAL_MB = 320;
    public static final int MAX_RUN_BYTES = 1 << 20;
    public static final int MAX_DEPTH = 64;
    public static final int MAX_CELL_CHARS = 100_000;
    public static final int MAX_SHARED_STRINGS = 3_000_000;
    public static final int MAX_CELLS = 5_000_000;

    /** Excel's last row and column (XFD). */
    static final int LAST_ROW = 1_048_576;
    static final int LAST_COLUMN = 16_384;

    /** A mebibyte, the unit of the size limits above. */
    static final long MB = 1L << 20;

    private XlsxSheet() {
    }

    /**
     * Reads one sheet of {@code file}.
     *
     * @param sheetName the sheet to read, or {@code null} for the first (visible) worksheet
     * @param displayName the file's name as problems should name it
     * @return the rows that hold at least one value, in sheet order; empty (after an error in
     *     {@code report}) when the file cannot be read
     */
    public static Optional<List<SheetRow>> read(Path file, String sheetName, String displayName,
                                                ImportReport report) {
        try (XlsxWorkbook wb = XlsxWorkbook.open(file)) {
            XlsxWorkbook.SheetRef sheet = wb.choose(sheetName);
            return Optional.of(wb.readSheet(sheet, displayName, report));
        } catch (Refusal r) {
            report.error(displayName, r.line, null, r.text);
            return Optional.empty();
        }
    }

    /** The names of the workbook's worksheets, in tab order (for a choice of sheet). */
    public static Optional<List<String>> sheetNames(Path file, String displayName, ImportReport report) {
        try (XlsxWorkbook wb = XlsxWorkbook.open(file)) {
            return Optional.of(wb.sheetNames());
        } catch (Refusal r) {
            report.error(displayName, r.line, null, r.text);
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------------------------------
    // Refusals

    /** Why a file is not read: a sentence for the user (a bundle key), and the sheet row when there is one. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        final long line;
        final transient Message text;

        Refusal(long line, Message text) {
            super(text.in(Messages.ENGLISH), null, false, false);
            this.line = line;
            this.text = text;
        }

        Refusal(Message text) {
            this(0, text);
        }
    }

    /** A limit or rule broken while a part streams in: carried through the XML parser as an I/O error. */
    static final class PartProblem extends IOException {
        private static final long serialVersionUID = 1L;
        final transient Message text;

        PartProblem(Message text) {
            super(text.in(Messages.ENGLISH), null);
            this.text = text;
        }
    }

    static Message notXlsx() {
        return Message.of("ingest.xlsx.notXlsx");
    }

    static Message oldXls() {
        return Message.of("ingest.xlsx.oldXls");
    }

    static Message encrypted() {
        return Message.of("ingest.xlsx.encrypted");
    }

    static Message oldXlsOrEncrypted() {
        return Message.of("ingest.xlsx.oldXlsOrEncrypted");
    }

    static Message damagedZip() {
        return Message.of("ingest.xlsx.damagedZip");
    }

    static Message tooLarge(String part, int mb) {
        return Message.of("ingest.xlsx.tooLarge", part, Integer.toString(mb));
    }

    static Message doctype(String part) {
        return Message.of("ingest.xlsx.doctype", part);
    }

    /** @param what the part, {@link #thePart} or {@code ingest.xlsx.aPart} */
    static Message unusualCompression(Message what) {
        return Message.of("ingest.xlsx.unusualCompression", what);
    }

    static Message thePart(String part) {
        return Message.of("ingest.xlsx.thePart", part);
    }

    static Message cannotUnpack(String part) {
        return Message.of("ingest.xlsx.cannotUnpack", part);
    }

    static Message notWellFormed(String part, XMLStreamException e) {
        return Message.of("ingest.xlsx.notWellFormed", part, SafeXml.describe(e));
    }

    static Message longRun(String part) {
        return Message.of("ingest.xlsx.longRun", part);
    }

    static Message notUtf8(String part) {
        return Message.of("ingest.xlsx.notUtf8", part);
    }
}
