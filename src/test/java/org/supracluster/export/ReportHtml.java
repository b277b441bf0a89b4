package org.supracluster.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading a written HTML report back, for the tests of the command line's and the window's reports. */
public final class ReportHtml {

    private ReportHtml() {
    }

    /** The rows of the report's first table (the cluster roles), cell texts as written (escaped). */
    public static List<List<String>> firstTableRows(String html) {
        String table = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        List<List<String>> rows = new ArrayList<>();
        Matcher tr = Pattern.compile("<tr>(.*?)</tr>").matcher(table);
        while (tr.find()) {
            List<String> cells = new ArrayList<>();
            Matcher td = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(tr.group(1));
            while (td.find()) {
                cells.add(td.group(1));
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * A text as the report should write it: escaped for HTML here, independently of
     * {@link HtmlReport}'s own escaping, which the tests check.
     */
    public static String escaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
