package org.supracluster.ingest;

import static org.supracluster.ingest.XlsxSheet.MAX_OTHER_PART_MB;
import static org.supracluster.ingest.XlsxSheet.MAX_SHARED_STRINGS_MB;
import static org.supracluster.ingest.XlsxSheet.MAX_SHEET_MB;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamConstants;
import org.supracluster.ingest.XlsxRels.Rel;
import org.supracluster.ingest.XlsxSheet.Refusal;
import org.supracluster.model.Message;

/**
 * An open workbook: its package, the workbook part its relationships name, its worksheets in tab
 * order (chart sheets are set aside: they hold no table), its date system, and the choice of one
 * sheet by name. A sheet is read from here because reading it needs what the workbook's
 * relationships name besides the sheet: the styles (which cells show dates) and the shared strings.
 */
final class XlsxWorkbook implements AutoCloseable {

    /** A sheet listed in the workbook. */
    record SheetRef(String name, String part, boolean visible) { }

    private final XlsxPackage pkg;
    private String workbookPart;
    private final Map<String, Rel> workbookRels = new HashMap<>();
    private final List<SheetRef> sheets = new ArrayList<>();
    private final List<String> otherSheets = new ArrayList<>();
    private boolean date1904;

    private XlsxWorkbook(XlsxPackage pkg) {
        this.pkg = pkg;
    }

    /** Opens the file and reads its structure; closes it again when that is refused. */
    static XlsxWorkbook open(Path file) throws Refusal {
        XlsxPackage pkg = XlsxPackage.open(file);
        XlsxWorkbook wb = new XlsxWorkbook(pkg);
        try {
            wb.readStructure();
            return wb;
        } catch (Refusal | RuntimeException e) {
            wb.close();
            throw e;
        }
    }

    /** Finds the workbook part, its relationships, its sheets and its date system. */
    private void readStructure() throws Refusal {
        workbookPart = findWorkbookPart();
        workbookRels.putAll(XlsxRels.read(pkg, XlsxRels.relsNameFor(workbookPart), XlsxRels.folderOf(workbookPart)));
        readWorkbookPart();
        if (sheets.isEmpty()) {
            throw new Refusal(otherSheets.isEmpty() ? Message.of("ingest.xlsx.noWorksheet")
                    : Message.of("ingest.xlsx.onlyChartSheets", quoted(otherSheets)));
        }
    }

    /** The part the package's relationships name as its main document, else the usual one; refused when missing. */
    private String findWorkbookPart() throws Refusal {
        String found = "xl/workbook.xml";
        Map<String, Rel> root = XlsxRels.read(pkg, "_rels/.rels", "");
        for (Rel r : root.values()) {
            if (r.type().endsWith("/officeDocument")) {
                found = r.target();
                break;
            }
        }
        if (pkg.entry(found) == null) {
            if (pkg.entry("xl/workbook.bin") != null || found.endsWith(".bin")) {
                throw new Refusal(Message.of("ingest.xlsx.xlsb"));
            }
            throw new Refusal(Message.of("ingest.xlsx.noWorkbookPart"));
        }
        return found;
    }

    /** The workbook part: its date system and its sheets. */
    private void readWorkbookPart() throws Refusal {
        try (XlsxPart p = pkg.part(workbookPart, MAX_OTHER_PART_MB)) {
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
    }

    /** A {@code <sheet>}: a worksheet when its relationship says so, else set aside by name. */
    private void sheet(XlsxPart p) {
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
        if (rel == null || !rel.type().endsWith("/worksheet")) {
            otherSheets.add(name);
            return;
        }
        String state = p.attr("state");
        sheets.add(new SheetRef(name, rel.target(), state == null || state.strip().equals("visible")));
    }

    /** The worksheets' names, in tab order. */
    List<String> sheetNames() {
        return sheets.stream().map(SheetRef::name).toList();
    }

    /** The sheet named (exactly, else ignoring case), or without a name the first visible worksheet. */
    SheetRef choose(String name) throws Refusal {
        if (name == null) {
            return sheets.stream().filter(SheetRef::visible).findFirst().orElse(sheets.get(0));
        }
        for (SheetRef s : sheets) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        for (SheetRef s : sheets) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new Refusal(Message.of(otherSheets.contains(name) ? "ingest.xlsx.chartSheet" : "ingest.xlsx.noSuchSheet",
                Message.quoted(name), quoted(sheetNames())));
    }

    /** Reads {@code sheet} with the workbook's styles and shared strings (none when it has no such part). */
    List<SheetRow> readSheet(SheetRef sheet, String file, ImportReport report) throws Refusal {
        if (pkg.entry(sheet.part()) == null) {
            throw new Refusal(Message.of("ingest.xlsx.sheetMissing", Message.quoted(sheet.name()), sheet.part()));
        }
        XlsxStyles styles = null;
        List<String> shared = null;
        for (Rel r : workbookRels.values()) {
            if (styles == null && r.type().endsWith("/styles") && pkg.entry(r.target()) != null) {
                styles = XlsxStyles.read(pkg.part(r.target(), MAX_OTHER_PART_MB));
            } else if (shared == null && r.type().endsWith("/sharedStrings") && pkg.entry(r.target()) != null) {
                shared = XlsxSharedStrings.read(pkg.part(r.target(), MAX_SHARED_STRINGS_MB));
            }
        }
        styles = styles == null ? new XlsxStyles() : styles;
        shared = shared == null ? List.of() : shared;
        return new XlsxSheetReader(pkg.part(sheet.part(), MAX_SHEET_MB), styles, shared, date1904, file, report)
                .read();
    }

    @Override
    public void close() {
        pkg.close();
    }

    /** Names quoted for a message, at most 20 of them. */
    private static String quoted(List<String> names) {
        int shown = Math.min(names.size(), 20);
        String list = names.subList(0, shown).stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        return names.size() > shown ? list + " and " + (names.size() - shown) + " more" : list;
    }
}
