package org.supracluster.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

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

    private static final long MB = 1L << 20;
    /** The longest number text worth parsing: a double needs at most 24 characters. */
    private static final int MAX_NUMBER_CHARS = 40;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final long DAY_MS = 86_400_000L;

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
        try (Workbook wb = Workbook.open(file)) {
            SheetRef sheet = wb.choose(sheetName);
            return Optional.of(wb.readSheet(sheet, displayName, report));
        } catch (Refusal r) {
            report.error(displayName, r.line, null, r.getMessage());
            return Optional.empty();
        }
    }

    /** The names of the workbook's worksheets, in tab order (for a choice of sheet). */
    public static Optional<List<String>> sheetNames(Path file, String displayName, ImportReport report) {
        try (Workbook wb = Workbook.open(file)) {
            return Optional.of(wb.sheets.stream().map(SheetRef::name).toList());
        } catch (Refusal r) {
            report.error(displayName, r.line, null, r.getMessage());
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------------------------------
    // Refusals

    /** Why a file is not read: a sentence for the user, and the sheet row when there is one. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        final long line;

        Refusal(long line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        Refusal(String message) {
            this(0, message);
        }
    }

    /** A limit or rule broken while a part streams in: carried through the XML parser as an I/O error. */
    static final class PartProblem extends IOException {
        private static final long serialVersionUID = 1L;

        PartProblem(String message) {
            super(message, null);
        }
    }

    static String notXlsx() {
        return "the file is not an .xlsx workbook: an .xlsx file is a zip archive, and this one is not.";
    }

    static String oldXls() {
        return "the file is an old Excel .xls file: open it in Excel and save it as .xlsx.";
    }

    static String encrypted() {
        return "the workbook is encrypted with a password: open it in Excel, remove the password (File, Info, "
                + "Protect Workbook, Encrypt with Password) and save it again.";
    }

    static String oldXlsOrEncrypted() {
        return "the file is an old Excel .xls file or a password-protected workbook: open it in Excel and save it "
                + "as .xlsx without a password.";
    }

    static String damagedZip() {
        return "the file is damaged or incomplete: its zip directory is missing or broken (was a download or copy "
                + "cut short?).";
    }

    static String tooLarge(String part, int mb) {
        return "the workbook's part " + part + " unpacks to more than " + mb + " MB, more than this program reads "
                + "(it may be a zip bomb); it is refused.";
    }

    static String doctype(String part) {
        return "the workbook's part " + part + " has a DOCTYPE declaration, which Excel never writes; it is refused "
                + "because its entities could read local files or exhaust memory.";
    }

    // ------------------------------------------------------------------------------------------
    // The container

    /** A sheet listed in the workbook. */
    record SheetRef(String name, String part, boolean visible) { }

    /** A relationship of a part. */
    private record Rel(String type, String target) { }

    /** An open workbook: its zip, its parts' names, its worksheets. */
    private static final class Workbook implements AutoCloseable {
        private final ZipFile zip;
        private final long[] budget = {MAX_TOTAL_MB * MB};
        private Map<String, ZipEntry> lowerCase;
        private String workbookPart;
        private final Map<String, Rel> workbookRels = new HashMap<>();
        private final List<SheetRef> sheets = new ArrayList<>();
        private final List<String> otherSheets = new ArrayList<>();
        private boolean date1904;

        private Workbook(ZipFile zip) {
            this.zip = zip;
        }

        static Workbook open(Path file) throws Refusal {
            ZipFile zip = openZip(file);
            Workbook wb = new Workbook(zip);
            try {
                wb.readStructure();
                return wb;
            } catch (Refusal | RuntimeException e) {
                wb.close();
                throw e;
            }
        }

        private static ZipFile openZip(Path file) throws Refusal {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(8);
            } catch (NoSuchFileException e) {
                throw new Refusal("the file does not exist.");
            } catch (AccessDeniedException e) {
                throw new Refusal("the file may not be read (access denied).");
            } catch (IOException e) {
                throw new Refusal("the file could not be read: " + sentence(e.getMessage()));
            }
            if (head.length == 0) {
                throw new Refusal("the file is empty, so it is not an .xlsx workbook.");
            }
            if (head.length == 8 && java.util.Arrays.equals(head, OLE2)) {
                throw new Refusal(switch (Ole2.kind(file)) {
                    case ENCRYPTED -> encrypted();
                    case XLS -> oldXls();
                    case UNKNOWN -> oldXlsOrEncrypted();
                });
            }
            boolean zipMagic = head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                    && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6);
            if (!zipMagic) {
                throw new Refusal(notXlsx());
            }
            ZipFile zip;
            try {
                zip = new ZipFile(file.toFile());
            } catch (ZipException e) {
                // Java 17 checks each entry's compression method when it opens the directory.
                throw new Refusal(e.getMessage() != null && e.getMessage().contains("compression method")
                        ? unusualCompression("a part of the workbook") : damagedZip());
            } catch (IllegalArgumentException e) {
                throw new Refusal(damagedZip());
            } catch (IOException e) {
                throw new Refusal("the file could not be read: " + sentence(e.getMessage()));
            }
            if (zip.size() > MAX_ENTRIES) {
                int n = zip.size();
                closeQuietly(zip);
                throw new Refusal("the file holds " + n + " zip entries, far more than a workbook has (at most "
                        + MAX_ENTRIES + " are read); it is refused.");
            }
            return zip;
        }

        /** Finds the workbook part, its relationships, its sheets and its date system. */
        private void readStructure() throws Refusal {
            workbookPart = "xl/workbook.xml";
            Map<String, Rel> root = rels("_rels/.rels", "");
            for (Rel r : root.values()) {
                if (r.type.endsWith("/officeDocument")) {
                    workbookPart = r.target;
                    break;
                }
            }
            if (entry(workbookPart) == null) {
                if (entry("xl/workbook.bin") != null || workbookPart.endsWith(".bin")) {
                    throw new Refusal("the file is a binary Excel workbook (.xlsb): open it in Excel and save it "
                            + "as .xlsx.");
                }
                throw new Refusal("the file is not an .xlsx workbook: its zip archive holds no workbook part (it may "
                        + "be a Word or PowerPoint file, or another zip archive).");
            }
            workbookRels.putAll(rels(relsNameFor(workbookPart), folderOf(workbookPart)));
            try (Part p = part(workbookPart, MAX_OTHER_PART_MB)) {
                while (p.next() != XMLStreamConstants.END_DOCUMENT) {
                    if (!p.isStart()) {
                        continue;
                    }
                    switch (p.local()) {
                        case "workbookPr" -> {
                            String d = p.attr("date1904");
                            date1904 = d != null && (d.strip().equals("1") || d.strip().equalsIgnoreCase("true"));
                        }
                        case "sheet" -> sheet(p);
                        default -> { }
                    }
                }
            }
            if (sheets.isEmpty()) {
                throw new Refusal("the workbook has no worksheet" + (otherSheets.isEmpty() ? "."
                        : " (only chart sheets, which hold no table: " + quoted(otherSheets) + ")."));
            }
        }

        private void sheet(Part p) {
            String name = p.attr("name");
            String id = null;
            for (int i = 0; i < p.r.getAttributeCount(); i++) {
                String ns = p.r.getAttributeNamespace(i);
                if (p.r.getAttributeLocalName(i).equals("id") && ns != null && !ns.isEmpty()) {
                    id = p.r.getAttributeValue(i);
                }
            }
            Rel rel = id == null ? null : workbookRels.get(id);
            name = name == null ? "" : name;
            if (rel == null || !rel.type.endsWith("/worksheet")) {
                otherSheets.add(name);
                return;
            }
            String state = p.attr("state");
            sheets.add(new SheetRef(name, rel.target, state == null || state.strip().equals("visible")));
        }

        SheetRef choose(String name) throws Refusal {
            if (name == null) {
                return sheets.stream().filter(SheetRef::visible).findFirst().orElse(sheets.get(0));
            }
            for (SheetRef s : sheets) {
                if (s.name.equals(name)) {
                    return s;
                }
            }
            for (SheetRef s : sheets) {
                if (s.name.equalsIgnoreCase(name)) {
                    return s;
                }
            }
            String what = otherSheets.contains(name) ? "sheet '" + name + "' is a chart sheet, which holds no table"
                    : "the workbook has no sheet named '" + name + "'";
            throw new Refusal(what + "; its sheets are " + quoted(sheets.stream().map(SheetRef::name).toList()) + ".");
        }

        List<SheetRow> readSheet(SheetRef sheet, String file, ImportReport report) throws Refusal {
            if (entry(sheet.part) == null) {
                throw new Refusal("the workbook is damaged: its sheet '" + sheet.name + "' (" + sheet.part
                        + ") is missing.");
            }
            Styles styles = null;
            List<String> shared = null;
            for (Rel r : workbookRels.values()) {
                if (styles == null && r.type.endsWith("/styles") && entry(r.target) != null) {
                    styles = Styles.read(part(r.target, MAX_OTHER_PART_MB));
                } else if (shared == null && r.type.endsWith("/sharedStrings") && entry(r.target) != null) {
                    shared = SharedStrings.read(part(r.target, MAX_SHARED_STRINGS_MB));
                }
            }
            styles = styles == null ? new Styles() : styles;
            shared = shared == null ? List.of() : shared;
            return new SheetReader(part(sheet.part, MAX_SHEET_MB), styles, shared, date1904, file, report).read();
        }

        /** A part's relationships by id, targets resolved to zip entry names; none when it has no .rels part. */
        private Map<String, Rel> rels(String relsPart, String baseFolder) throws Refusal {
            Map<String, Rel> out = new LinkedHashMap<>();
            if (entry(relsPart) == null) {
                return out;
            }
            try (Part p = part(relsPart, MAX_OTHER_PART_MB)) {
                while (p.next() != XMLStreamConstants.END_DOCUMENT) {
                    if (p.isStart() && p.local().equals("Relationship")) {
                        String id = p.attr("Id");
                        String type = p.attr("Type");
                        String target = p.attr("Target");
                        if (id != null && type != null && target != null
                                && !"External".equalsIgnoreCase(p.attr("TargetMode"))) {
                            out.putIfAbsent(id, new Rel(type.strip(), resolve(baseFolder, target.strip())));
                        }
                    }
                }
            }
            return out;
        }

        /** The zip entry of a part, by exact name or else ignoring case (OPC part names ignore case). */
        ZipEntry entry(String name) throws Refusal {
            try {
                ZipEntry e = zip.getEntry(name);
                if (e == null) {
                    if (lowerCase == null) {
                        lowerCase = new HashMap<>();
                        zip.stream().forEach(x -> lowerCase.putIfAbsent(x.getName().toLowerCase(Locale.ROOT), x));
                    }
                    e = lowerCase.get(name.toLowerCase(Locale.ROOT));
                }
                return e == null || e.isDirectory() ? null : e;
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new Refusal(damagedZip());
            }
        }

        /**
         * Opens a part for parsing, after inflating it once without parsing: a part over its limit
         * (a zip bomb) is refused before the XML parser spends any time on it.
         */
        Part part(String name, int capMb) throws Refusal {
            ZipEntry e = entry(name);
            if (e == null) {
                throw new Refusal("the workbook is damaged: its part " + name + " is missing.");
            }
            if (e.getMethod() != ZipEntry.STORED && e.getMethod() != ZipEntry.DEFLATED) {
                throw new Refusal(unusualCompression("the workbook's part " + name));
            }
            try (InputStream in = stream(e, name, capMb, budget, false)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (PartProblem p) {
                throw new Refusal(p.getMessage());
            } catch (IOException | RuntimeException x) {
                throw new Refusal(cannotUnpack(name));
            }
            InputStream in = null;
            try {
                in = stream(e, name, capMb, null, true);
                return new Part(name, in);
            } catch (XMLStreamException x) {
                closeQuietly(in);
                throw refusal(name, 0, x);
            } catch (IOException | RuntimeException x) {
                closeQuietly(in);
                throw new Refusal(cannotUnpack(name));
            }
        }

        /**
         * The part's bytes. The pre-pass ({@code inspect} false) counts them against the part's cap
         * and the workbook's budget, nothing more, so that a bomb costs little more than inflating
         * its cap; the parse pass inspects every byte before the parser sees it.
         */
        private InputStream stream(ZipEntry e, String name, int capMb, long[] budget, boolean inspect)
                throws IOException {
            InputStream raw = zip.getInputStream(e);
            return new BufferedInputStream(new PartInput(raw, name, capMb, budget, inspect), 1 << 16);
        }

        @Override
        public void close() {
            closeQuietly(zip);
        }
    }

    static String unusualCompression(String what) {
        return what + " is packed with a compression method Excel never uses (only deflate and none are read); "
                + "the file is refused.";
    }

    static String cannotUnpack(String part) {
        return "the workbook is damaged: its part " + part + " cannot be unpacked.";
    }

    /**
     * What a parse error means: a refusal of the stream below (a limit crossed: the JDK parser
     * carries it as the nested exception), a broken deflate stream, or XML that is not well-formed.
     */
    static Refusal refusal(String part, long row, XMLStreamException e) {
        Throwable t = e;
        for (int i = 0; i < 8 && t != null; i++) {
            if (t instanceof PartProblem p) {
                return new Refusal(row, p.getMessage());
            }
            if (t instanceof IOException) {
                return new Refusal(row, cannotUnpack(part));
            }
            t = t instanceof XMLStreamException x && x.getNestedException() != null ? x.getNestedException()
                    : t.getCause();
        }
        return new Refusal(row, notWellFormed(part, e));
    }

    static String notWellFormed(String part, XMLStreamException e) {
        return "the workbook is damaged: its part " + part + " is not well-formed XML: " + SafeXml.describe(e);
    }

    /** Where an OPC part's relationships are: {@code xl/workbook.xml} → {@code xl/_rels/workbook.xml.rels}. */
    static String relsNameFor(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    static String folderOf(String part) {
        return part.substring(0, part.lastIndexOf('/') + 1);
    }

    /** A relationship target resolved against its source's folder into a zip entry name. */
    static String resolve(String baseFolder, String target) {
        String t = target.contains("%") ? percentDecode(target) : target;
        String path = t.startsWith("/") ? t.substring(1) : baseFolder + t;
        List<String> out = new ArrayList<>();
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else {
                out.add(seg);
            }
        }
        return String.join("/", out);
    }

    /** Undoes a URI's %XX escapes (UTF-8), as relationship targets may carry them. */
    static String percentDecode(String s) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                b.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                b.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    private static String quoted(List<String> names) {
        int shown = Math.min(names.size(), 20);
        String list = names.subList(0, shown).stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        return names.size() > shown ? list + " and " + (names.size() - shown) + " more" : list;
    }

    private static String sentence(String s) {
        String t = s == null || s.isBlank() ? "unknown reason" : s.strip();
        return t.endsWith(".") ? t : t + ".";
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // nothing to tell the user: the read is over
        }
    }

    // ------------------------------------------------------------------------------------------
    // The bytes of one part

    /**
     * An inflating part's bytes, checked as they pass: its size (and the workbook's remaining
     * budget), UTF-8 validity (the JDK parser would print a "[Fatal Error]" line on bad bytes), a
     * UTF-16/32 byte-order mark or another declared encoding, and runs without {@code <}.
     */
    static final class PartInput extends FilterInputStream {
        private final String name;
        private final int capMb;
        private final long cap;
        private final long[] budget;
        private final boolean inspect;
        private long count;
        private int run;
        private int need;
        private int lead;
        private boolean first;
        private final byte[] prolog = new byte[128];
        private int prologLength;
        private boolean prologChecked;

        PartInput(InputStream in, String name, int capMb, long[] budget, boolean inspect) {
            super(in);
            this.name = name;
            this.capMb = capMb;
            this.cap = capMb * MB;
            this.budget = budget;
            this.inspect = inspect;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n <= 0) {
                if (n < 0 && inspect) {
                    if (!prologChecked) {
                        checkProlog();
                    }
                    if (need > 0) {
                        throw new PartProblem(notUtf8(name));
                    }
                }
                return n;
            }
            count += n;
            if (count > cap) {
                throw new PartProblem(tooLarge(name, capMb));
            }
            if (budget != null) {
                budget[0] -= n;
                if (budget[0] < 0) {
                    throw new PartProblem("the workbook's parts unpack to more than " + MAX_TOTAL_MB + " MB "
                            + "together, more than this program reads (it may be a zip bomb); it is refused.");
                }
            }
            if (!inspect) {
                return n;
            }
            if (!prologChecked) {
                int k = Math.min(n, prolog.length - prologLength);
                System.arraycopy(b, off, prolog, prologLength, k);
                prologLength += k;
                if (prologLength == prolog.length) {
                    checkProlog();
                }
            }
            int r = run;
            for (int i = off, end = off + n; i < end; i++) {
                byte x = b[i];
                if (x >= 0 && need == 0) {
                    // ASCII, the bulk of any part: only the run without '<' to watch
                    r = x == '<' ? 0 : r + 1;
                    if (r > MAX_RUN_BYTES) {
                        throw new PartProblem(longRun(name));
                    }
                    continue;
                }
                r++;
                if (r > MAX_RUN_BYTES) {
                    throw new PartProblem(longRun(name));
                }
                int u = x & 0xFF;
                if (need == 0) {
                    if (u >= 0xC2 && u <= 0xDF) {
                        need = 1;
                    } else if (u >= 0xE0 && u <= 0xEF) {
                        need = 2;
                    } else if (u >= 0xF0 && u <= 0xF4) {
                        need = 3;
                    } else {
                        throw new PartProblem(notUtf8(name));
                    }
                    lead = u;
                    first = true;
                } else {
                    if ((u & 0xC0) != 0x80 || first && (lead == 0xE0 && u < 0xA0 || lead == 0xED && u > 0x9F
                            || lead == 0xF0 && u < 0x90 || lead == 0xF4 && u > 0x8F)) {
                        throw new PartProblem(notUtf8(name));
                    }
                    first = false;
                    need--;
                }
            }
            run = r;
            return n;
        }

        /** A UTF-16/32 start, or an XML declaration naming another encoding than UTF-8. */
        private void checkProlog() throws PartProblem {
            prologChecked = true;
            for (int i = 0; i < Math.min(prologLength, 4); i++) {
                if (prolog[i] == 0 || prolog[i] == (byte) 0xFE || prolog[i] == (byte) 0xFF) {
                    throw new PartProblem(notUtf8(name));
                }
            }
            String start = new String(prolog, 0, prologLength, StandardCharsets.ISO_8859_1);
            Matcher m = DECLARED.matcher(start);
            if (m.find() && !m.group(1).replace("-", "").equalsIgnoreCase("UTF8")) {
                throw new PartProblem(notUtf8(name));
            }
        }

        @Override
        public long skip(long n) throws IOException {
            // Through read(), so that skipped bytes are checked and counted too.
            int r = n <= 0 ? 0 : read(new byte[(int) Math.min(n, 8192)]);
            return Math.max(r, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    private static final Pattern DECLARED = Pattern.compile(
            "^(?:\u00EF\u00BB\u00BF)?\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    static String longRun(String part) {
        return "the workbook's part " + part + " has more than 1 MB of text without markup (a giant cell or "
                + "attribute), which Excel never writes; it is refused.";
    }

    static String notUtf8(String part) {
        return "the workbook's part " + part + " is not UTF-8 text, as Excel writes it; it is refused.";
    }

    // ------------------------------------------------------------------------------------------
    // One part's XML

    /** A new factory per part: the importer reads files on two threads, and a factory is cheap. */
    private static XMLInputFactory factory() {
        XMLInputFactory f = SafeXml.inputFactory();
        // Text in pieces (the JDK parser hands at most 16K characters at a time): nothing here needs
        // a text node whole, and a coalesced giant one would sit in memory.
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
        return f;
    }

    /** A part being parsed: refuses a DOCTYPE and deep nesting, turns the stream's refusals into Refusal. */
    static final class Part implements AutoCloseable {
        final String name;
        final XMLStreamReader r;
        private final InputStream in;
        private int depth;
        /** The sheet row being read, for messages. */
        long row;

        Part(String name, InputStream in) throws XMLStreamException {
            this.name = name;
            this.in = in;
            this.r = factory().createXMLStreamReader(in);
        }

        int next() throws Refusal {
            try {
                if (!r.hasNext()) {
                    return XMLStreamConstants.END_DOCUMENT;
                }
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw new Refusal(doctype(name));
                }
                if (ev == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
                    throw new Refusal(row, "the workbook's part " + name + " nests elements more than " + MAX_DEPTH
                            + " deep, which Excel never does; it is refused.");
                }
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
                return ev;
            } catch (XMLStreamException e) {
                throw refusal(name, row, e);
            }
        }

        boolean isStart() {
            return r.getEventType() == XMLStreamConstants.START_ELEMENT;
        }

        boolean isEnd() {
            return r.getEventType() == XMLStreamConstants.END_ELEMENT;
        }

        boolean isText() {
            int ev = r.getEventType();
            return ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE;
        }

        String local() {
            return r.getLocalName();
        }

        String attr(String name) {
            return r.getAttributeValue(null, name);
        }

        int depth() {
            return depth;
        }

        @Override
        public void close() {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // closing only
            }
            closeQuietly(in);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Styles: which cell formats show dates

    /** For each cell format (the {@code s} attribute of a cell), whether it shows a date or a time. */
    static final class Styles {
        final BitSet dates = new BitSet();
        final BitSet times = new BitSet();

        static Styles read(Part p) throws Refusal {
            Styles s = new Styles();
            Map<Integer, String> codes = new HashMap<>();
            List<Integer> xfs = new ArrayList<>();
            try (p) {
                boolean inCellXfs = false;
                while (p.next() != XMLStreamConstants.END_DOCUMENT) {
                    if (p.isStart()) {
                        switch (p.local()) {
                            case "numFmt" -> {
                                Integer id = smallInt(p.attr("numFmtId"));
                                String code = p.attr("formatCode");
                                if (id != null && code != null) {
                                    codes.put(id, code);
                                }
                            }
                            case "cellXfs" -> inCellXfs = true;
                            case "xf" -> {
                                if (inCellXfs) {
                                    Integer id = smallInt(p.attr("numFmtId"));
                                    xfs.add(id == null ? 0 : id);
                                }
                            }
                            default -> { }
                        }
                    } else if (p.isEnd() && p.local().equals("cellXfs")) {
                        inCellXfs = false;
                    }
                }
            }
            for (int i = 0; i < xfs.size(); i++) {
                int id = xfs.get(i);
                String code = codes.get(id);
                Kind k = code != null ? kindOf(code) : builtIn(id);
                if (k == Kind.DATE) {
                    s.dates.set(i);
                } else if (k == Kind.TIME) {
                    s.times.set(i);
                }
            }
            return s;
        }
    }

    enum Kind { NUMBER, DATE, TIME }

    /**
     * Excel's built-in formats that show dates or times: 14–22 and 45–47 everywhere, and 27–36 and
     * 50–58 in Korean (and other East Asian) Excel, e.g. {@code yyyy"년" mm"월" dd"일"}; of those,
     * 32 and 33 show a time ({@code h"시" mm"분"}).
     */
    static Kind builtIn(int id) {
        if (id >= 18 && id <= 21 || id >= 45 && id <= 47 || id == 32 || id == 33) {
            return Kind.TIME;
        }
        if (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58) {
            return Kind.DATE;
        }
        return Kind.NUMBER;
    }

    /**
     * Whether a number format code shows a date (a year, day or month), a time only, or a number.
     * Quoted text, escaped characters, fill and padding characters and bracketed parts (colours,
     * locales such as {@code [$-412]}, conditions) are ignored; only the first section counts.
     */
    static Kind kindOf(String code) {
        StringBuilder b = new StringBuilder();
        boolean elapsed = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == ';') {
                break;
            } else if (c == '"') {
                int end = code.indexOf('"', i + 1);
                i = end < 0 ? code.length() : end;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                int end = code.indexOf(']', i + 1);
                String inside = code.substring(i + 1, end < 0 ? code.length() : end).toLowerCase(Locale.ROOT);
                if (inside.matches("h+|m+|s+")) {
                    elapsed = true;
                }
                i = end < 0 ? code.length() : end;
            } else {
                b.append(Character.toLowerCase(c));
            }
        }
        String s = b.toString();
        if (s.indexOf('y') >= 0 || s.indexOf('d') >= 0) {
            return Kind.DATE;
        }
        if (elapsed || s.indexOf('h') >= 0 || s.indexOf('s') >= 0) {
            return Kind.TIME;
        }
        return s.indexOf('m') >= 0 ? Kind.DATE : Kind.NUMBER;
    }

    /** A non-negative int of at most 9 digits, else null. */
    static Integer smallInt(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty() || t.length() > 9) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.valueOf(t);
    }

    // ------------------------------------------------------------------------------------------
    // Shared strings

    static final class SharedStrings {
        static List<String> read(Part p) throws Refusal {
            List<String> out = new ArrayList<>();
            try (p) {
                while (p.next() != XMLStreamConstants.END_DOCUMENT) {
                    if (p.isStart() && p.local().equals("si")) {
                        if (out.size() >= MAX_SHARED_STRINGS) {
                            throw new Refusal("the workbook's shared text table has more than " + MAX_SHARED_STRINGS
                                    + " entries, more than this program reads; it is refused.");
                        }
                        out.add(richText(p, "si", 0, "a shared text"));
                    }
                }
            }
            return out;
        }
    }

    /**
     * The text of a string item ({@code <si>} or a cell's {@code <is>}), the reader on its start
     * element: the {@code <t>} texts of its runs, without phonetic runs ({@code <rPh>}), with Excel's
     * {@code _xHHHH_} escapes decoded. Leaves the reader on the item's end element.
     */
    static String richText(Part p, String element, long row, String what) throws Refusal {
        int base = p.depth();
        StringBuilder b = new StringBuilder();
        int inT = 0;
        int inPhonetic = 0;
        while (true) {
            int ev = p.next();
            if (ev == XMLStreamConstants.END_DOCUMENT) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = p.local();
                if (n.equals("t")) {
                    inT++;
                } else if (n.equals("rPh")) {
                    inPhonetic++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (p.depth() < base) {
                    break;
                }
                String n = p.local();
                if (n.equals("t")) {
                    inT--;
                } else if (n.equals("rPh")) {
                    inPhonetic--;
                }
            } else if (inT > 0 && inPhonetic == 0 && p.isText()) {
                b.append(p.r.getTextCharacters(), p.r.getTextStart(), p.r.getTextLength());
                if (b.length() > MAX_CELL_CHARS) {
                    throw new Refusal(row, what + " holds more than " + MAX_CELL_CHARS + " characters (Excel allows "
                            + "32,767); the file is refused.");
                }
            }
        }
        return decodeEscapes(b);
    }

    /** Excel writes control characters as {@code _xHHHH_} (and a literal {@code _x} as {@code _x005F_x}). */
    static String decodeEscapes(CharSequence s) {
        if (s.length() == 0) {
            return "";
        }
        String t = s.toString();
        if (t.indexOf("_x") < 0) {
            return t;
        }
        StringBuilder b = new StringBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            if (i + 7 <= t.length() && t.charAt(i) == '_' && t.charAt(i + 1) == 'x' && t.charAt(i + 6) == '_'
                    && hex4(t, i + 2)) {
                b.append((char) Integer.parseInt(t.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                b.append(t.charAt(i++));
            }
        }
        return b.toString();
    }

    private static boolean hex4(String t, int at) {
        for (int k = at; k < at + 4; k++) {
            if (Character.digit(t.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------
    // The sheet

    private static final class SheetReader {
        private final Part p;
        private final Styles styles;
        private final List<String> shared;
        private final boolean date1904;
        private final String file;
        private final ImportReport report;
        private final List<SheetRow> rows = new ArrayList<>();
        private long cells;
        private long lastRow;
        private long formulasWithoutValue;
        private String firstFormulaWithoutValue;
        private long errors;
        private String firstError;
        private long odd;
        private String firstOdd;
        private long errorRow;
        private long formulaRow;
        private long oddRow;

        SheetReader(Part p, Styles styles, List<String> shared, boolean date1904, String file, ImportReport report) {
            this.p = p;
            this.styles = styles;
            this.shared = shared;
            this.date1904 = date1904;
            this.file = file;
            this.report = report;
        }

        List<SheetRow> read() throws Refusal {
            try (p) {
                boolean inData = false;
                while (p.next() != XMLStreamConstants.END_DOCUMENT) {
                    if (p.isStart() && p.local().equals("sheetData")) {
                        inData = true;
                    } else if (p.isEnd() && p.local().equals("sheetData")) {
                        inData = false;
                    } else if (inData && p.isStart() && p.local().equals("row")) {
                        row();
                    }
                }
            }
            warnings();
            return rows;
        }

        private void row() throws Refusal {
            String r = p.attr("r");
            long line;
            if (r == null) {
                line = lastRow + 1;
            } else {
                Integer n = smallInt(r);
                if (n == null || n < 1) {
                    throw new Refusal(lastRow + 1, "a row is numbered '" + clip(r) + "', which is not a row number; "
                            + "the file is damaged.");
                }
                line = n;
            }
            if (line > LAST_ROW) {
                throw new Refusal(line, "the sheet has a row beyond Excel's last row (1,048,576); the file is damaged.");
            }
            if (line <= lastRow) {
                throw new Refusal(line, "row " + line + " comes after row " + lastRow + ": the sheet's rows are out "
                        + "of order, so the file is damaged.");
            }
            lastRow = line;
            p.row = line;
            List<String> values = new ArrayList<>();
            int lastColumn = -1;
            int base = p.depth();
            while (true) {
                int ev = p.next();
                if (ev == XMLStreamConstants.END_DOCUMENT || ev == XMLStreamConstants.END_ELEMENT && p.depth() < base) {
                    break;
                }
                if (ev == XMLStreamConstants.START_ELEMENT && p.local().equals("c")) {
                    int column = column(p.attr("r"), lastColumn, line);
                    lastColumn = column;
                    String value = cell(line, column);
                    if (!value.isEmpty()) {
                        cells += column - values.size() + 1;
                        if (cells > MAX_CELLS) {
                            throw new Refusal(line, "the sheet holds more than " + String.format(Locale.ROOT, "%,d",
                                    MAX_CELLS) + " cells (counting the empty ones between values), more than this "
                                    + "program imports from one sheet: split it into several files.");
                        }
                        while (values.size() < column) {
                            values.add("");
                        }
                        values.add(value);
                    }
                }
            }
            if (!values.isEmpty()) {
                rows.add(new SheetRow(line, values));
            }
        }

        /** The 0-based column of a cell: its reference's, else the one after the previous cell. */
        private int column(String ref, int previous, long line) throws Refusal {
            int column;
            if (ref == null) {
                column = previous + 1;
            } else {
                String t = ref.strip();
                int i = 0;
                long c = 0;
                while (i < t.length() && i < 6 && (t.charAt(i) >= 'A' && t.charAt(i) <= 'Z'
                        || t.charAt(i) >= 'a' && t.charAt(i) <= 'z')) {
                    c = c * 26 + (Character.toUpperCase(t.charAt(i)) - 'A' + 1);
                    i++;
                }
                if (i == 0 || smallInt(t.substring(i)) == null) {
                    throw new Refusal(line, "a cell's reference '" + clip(ref) + "' is not a cell reference such as "
                            + "B7; the file is damaged.");
                }
                column = (int) Math.min(c - 1, LAST_COLUMN);
            }
            if (column >= LAST_COLUMN) {
                throw new Refusal(line, "a cell lies beyond Excel's last column (XFD); the file is damaged.");
            }
            if (column <= previous) {
                throw new Refusal(line, "cell " + name(column, line) + " comes after cell " + name(previous, line)
                        + ": the row's cells are out of order, so the file is damaged.");
            }
            return column;
        }

        /** The cell's value as text, the reader on its start element; leaves it on its end element. */
        private String cell(long line, int column) throws Refusal {
            String type = p.attr("t");
            type = type == null ? "n" : type.strip();
            Integer style = smallInt(p.attr("s"));
            String v = null;
            String inline = null;
            boolean formula = false;
            int base = p.depth();
            StringBuilder text = null;
            while (true) {
                int ev = p.next();
                if (ev == XMLStreamConstants.END_DOCUMENT || ev == XMLStreamConstants.END_ELEMENT && p.depth() < base) {
                    break;
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (p.local()) {
                        case "v" -> text = new StringBuilder();
                        case "is" -> inline = richText(p, "is", line, "cell " + name(column, line));
                        case "f" -> formula = true;
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && p.local().equals("v") && text != null) {
                    v = text.toString();
                    text = null;
                } else if (text != null && p.isText()) {
                    text.append(p.r.getTextCharacters(), p.r.getTextStart(), p.r.getTextLength());
                    if (text.length() > MAX_CELL_CHARS) {
                        throw new Refusal(line, "cell " + name(column, line) + " holds more than " + MAX_CELL_CHARS
                                + " characters (Excel allows 32,767); the file is refused.");
                    }
                }
            }
            switch (type) {
                case "inlineStr":
                    return inline != null ? inline : v == null ? "" : v;
                case "s": {
                    if (v == null || v.isBlank()) {
                        return "";
                    }
                    Integer i = smallInt(v);
                    if (i == null || i >= shared.size()) {
                        throw new Refusal(line, "cell " + name(column, line) + " refers to shared text number "
                                + clip(v.strip()) + ", which the workbook lacks; the file is damaged.");
                    }
                    return shared.get(i);
                }
                case "str":
                    return v == null ? withoutValue(formula, line, column) : decodeEscapes(v);
                case "b":
                    if (v == null) {
                        return withoutValue(formula, line, column);
                    }
                    return switch (v.strip()) {
                        case "1", "true" -> "TRUE";
                        case "0", "false" -> "FALSE";
                        default -> odd(v, line, column);
                    };
                case "e":
                    if (v != null && !v.isBlank()) {
                        errors++;
                        if (firstError == null) {
                            firstError = name(column, line) + " (" + clip(v.strip()) + ")";
                            errorRow = line;
                        }
                    }
                    return "";
                case "d":
                    return v == null ? withoutValue(formula, line, column) : isoDate(v);
                case "n":
                    if (v == null || v.isBlank()) {
                        return v == null ? withoutValue(formula, line, column) : "";
                    }
                    return number(v, style, line, column);
                default:
                    return v == null ? "" : odd(v, line, column);
            }
        }

        private String number(String raw, Integer style, long line, int column) {
            String t = raw.strip();
            if (t.length() > MAX_NUMBER_CHARS) {
                return odd(raw, line, column);
            }
            BigDecimal d;
            try {
                d = new BigDecimal(t);
            } catch (NumberFormatException e) {
                return odd(raw, line, column);
            }
            if (style != null && (styles.dates.get(style) || styles.times.get(style))) {
                String shown = dateOrTime(d, styles.dates.get(style), date1904);
                if (shown != null) {
                    return shown;
                }
            }
            return plain(d, t);
        }

        private String withoutValue(boolean formula, long line, int column) {
            if (formula) {
                formulasWithoutValue++;
                if (firstFormulaWithoutValue == null) {
                    firstFormulaWithoutValue = name(column, line);
                    formulaRow = line;
                }
            }
            return "";
        }

        private String odd(String raw, long line, int column) {
            odd++;
            if (firstOdd == null) {
                firstOdd = name(column, line);
                oddRow = line;
            }
            return raw;
        }

        private void warnings() {
            if (errors > 0) {
                report.warning(file, errorRow, null, errors + (errors == 1 ? " cell holds" : " cells hold")
                        + " an Excel error value such as #N/A (the first is " + firstError + "); "
                        + (errors == 1 ? "it reads" : "they read") + " as empty.");
            }
            if (formulasWithoutValue > 0) {
                report.warning(file, formulaRow, null, formulasWithoutValue + (formulasWithoutValue == 1
                        ? " formula has" : " formulas have") + " no saved value (the first is in cell "
                        + firstFormulaWithoutValue + "), so " + (formulasWithoutValue == 1 ? "it reads" : "they read")
                        + " as empty: open the file in Excel and save it again to store the values.");
            }
            if (odd > 0) {
                report.warning(file, oddRow, null, odd + (odd == 1 ? " cell holds" : " cells hold")
                        + " a value that does not fit its cell type (the first is " + firstOdd + "); "
                        + (odd == 1 ? "it was" : "they were") + " kept as written.");
            }
        }
    }

    /** A cell's name as Excel shows it, e.g. {@code C12}. */
    static String name(int column, long row) {
        StringBuilder b = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.append(row).toString();
    }

    private static String clip(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    /** A number in plain decimal notation: no exponent, no trailing zeros; beyond any double, as written. */
    static String plain(BigDecimal d, String written) {
        if (d.signum() == 0) {
            return "0";
        }
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() > 400 || (long) s.precision() - s.scale() > 400) {
            return written;
        }
        return s.toPlainString();
    }

    /**
     * An Excel serial day number as an ISO date ({@code date}) or time of day; null when it is no
     * day Excel can show (negative, or after 9999-12-31), so that it reads as a number.
     */
    static String dateOrTime(BigDecimal serial, boolean date, boolean date1904) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_466)) >= 0) {
            return null;
        }
        long ms = serial.multiply(BigDecimal.valueOf(DAY_MS)).setScale(0, java.math.RoundingMode.HALF_UP)
                .longValueExact();
        long days = Math.floorDiv(ms, DAY_MS);
        if (!date) {
            return days == 0 ? LocalTime.ofNanoOfDay(Math.floorMod(ms, DAY_MS) * 1_000_000L).format(TIME) : null;
        }
        LocalDate day;
        if (date1904) {
            day = LocalDate.of(1904, 1, 1).plusDays(days);
        } else if (days < 61) {
            // Excel counts a 29 February 1900 that never was (serial 60); days before it start on 1900-01-01 = 1.
            day = LocalDate.of(1899, 12, 31).plusDays(days);
        } else {
            day = LocalDate.of(1899, 12, 30).plusDays(days);
        }
        return day.toString();
    }

    /** A {@code t="d"} cell (ISO 8601 text, as LibreOffice may write): its date part, else as written. */
    static String isoDate(String v) {
        String t = v.strip();
        if (t.length() >= 10 && t.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(t.substring(0, 10)).toString();
            } catch (java.time.DateTimeException e) {
                return v;
            }
        }
        return v;
    }

    // ------------------------------------------------------------------------------------------
    // Old binary files

    /** What an OLE2 compound file (D0 CF 11 E0 …) holds, read from its directory. */
    enum Ole2Kind { XLS, ENCRYPTED, UNKNOWN }

    /**
     * Tells an old .xls (a {@code Workbook} or {@code Book} stream) from an encrypted .xlsx (an
     * {@code EncryptedPackage} stream) by walking the compound file's directory: header, the first
     * 109 FAT sectors the header lists, the directory chain. Anything unexpected gives UNKNOWN.
     */
    static final class Ole2 {
        static Ole2Kind kind(Path file) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer h = read(ch, 0, 512);
                if (h == null) {
                    return Ole2Kind.UNKNOWN;
                }
                int shift = h.getShort(0x1E) & 0xFFFF;
                if (shift != 9 && shift != 12) {
                    return Ole2Kind.UNKNOWN;
                }
                int size = 1 << shift;
                long dir = h.getInt(0x30) & 0xFFFFFFFFL;
                int perFat = size / 4;
                boolean xls = false;
                for (int steps = 0; steps < 4096 && dir < 0xFFFFFFFAL; steps++) {
                    ByteBuffer s = read(ch, (dir + 1) * size, size);
                    if (s == null) {
                        break;
                    }
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
                            return Ole2Kind.ENCRYPTED;
                        }
                        if (name.equals("Workbook") || name.equals("Book")) {
                            xls = true;
                        }
                    }
                    long fatIndex = dir / perFat;
                    if (fatIndex >= 109) {
                        break;
                    }
                    long fatSector = h.getInt(0x4C + (int) fatIndex * 4) & 0xFFFFFFFFL;
                    ByteBuffer fat = fatSector >= 0xFFFFFFFAL ? null : read(ch, (fatSector + 1) * size, size);
                    if (fat == null) {
                        break;
                    }
                    dir = fat.getInt((int) (dir % perFat) * 4) & 0xFFFFFFFFL;
                }
                return xls ? Ole2Kind.XLS : Ole2Kind.UNKNOWN;
            } catch (IOException | RuntimeException e) {
                return Ole2Kind.UNKNOWN;
            }
        }

        private static ByteBuffer read(FileChannel ch, long at, int n) throws IOException {
            if (at < 0 || at + n > ch.size()) {
                return null;
            }
            ByteBuffer b = ByteBuffer.allocate(n).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            while (b.hasRemaining()) {
                if (ch.read(b, at + b.position()) < 0) {
                    return null;
                }
            }
            return b.flip();
        }
    }
}
