package org.supracluster.ingest;

import static org.supracluster.ingest.XlsxSheet.MAX_OTHER_PART_MB;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import org.supracluster.ingest.XlsxSheet.Refusal;

/**
 * A part's relationships (OPC {@code .rels} parts): how an .xlsx package names its workbook part,
 * and the workbook its sheets, styles and shared strings. The parts are found through them, as the
 * format means them to be found, rather than by their usual names, which a writer need not use; a
 * target is resolved here into a zip entry name ({@code ..}, a leading {@code /}, {@code %XX} escapes).
 */
final class XlsxRels {

    /** A relationship of a part. */
    record Rel(String type, String target) { }

    private XlsxRels() {
    }

    /** A part's relationships by id, targets resolved to zip entry names; none when it has no .rels part. */
    static Map<String, Rel> read(XlsxPackage pkg, String relsPart, String baseFolder) throws Refusal {
        Map<String, Rel> out = new LinkedHashMap<>();
        if (pkg.entry(relsPart) == null) {
            return out;
        }
        try (XlsxPart p = pkg.part(relsPart, MAX_OTHER_PART_MB)) {
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

    /** Where an OPC part's relationships are: {@code xl/workbook.xml} → {@code xl/_rels/workbook.xml.rels}. */
    static String relsNameFor(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** The folder a part's relative targets start from: {@code xl/workbook.xml} → {@code xl/}. */
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
        ByteArrayOutputStream b = new ByteArrayOutputStream();
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
}
