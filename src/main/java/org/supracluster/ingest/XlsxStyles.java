package org.supracluster.ingest;

import static org.supracluster.ingest.XlsxCells.smallInt;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import org.supracluster.ingest.XlsxSheet.Refusal;

/**
 * For each cell format (the {@code s} attribute of a cell), whether it shows a date or a time: read
 * from the styles part, because an .xlsx file stores a date as a plain serial day number and only
 * the cell's number format tells it from a number. Which formats are dates is decided from the format
 * code itself ({@link #kindOf}) or, for Excel's built-in formats that have none, from its number
 * ({@link #builtIn}).
 */
final class XlsxStyles {

    enum Kind { NUMBER, DATE, TIME }

    final BitSet dates = new BitSet();
    final BitSet times = new BitSet();

    /** Reads the styles part: the number formats it defines, and the one each cell format names. */
    static XlsxStyles read(XlsxPart p) throws Refusal {
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
        return classify(codes, xfs);
    }

    /** The kind of each cell format ({@code xfs}, by the number format each names). */
    private static XlsxStyles classify(Map<Integer, String> codes, List<Integer> xfs) {
        XlsxStyles s = new XlsxStyles();
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
}
