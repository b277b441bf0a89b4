package org.supracluster.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.supracluster.model.Messages;

/**
 * The analysis as one HTML file that works offline: styles inline, the quadrant chart as inline
 * SVG, the map as a PNG in a {@code data:} address, no script, no font or picture fetched from
 * anywhere (presenters open it on laptops without a network, and a report must not call home).
 * Hangul uses the reader's own fonts, NanumGothic first as in the program. Every text is
 * escaped: firm and cluster names come from the user's files.
 *
 * <p>Takes plain strings and numbers, already formatted by the caller, so the report shows the
 * same figures as the command line's tables.
 */
public final class HtmlReport {

    /** Hangul first in the program's own font, then the usual Korean system fonts. */
    static final String FONTS = "NanumGothic, 'Noto Sans KR', 'Malgun Gothic', sans-serif";
    /**
     * Where the font goes, once the document shows which characters it needs: a {@code <}, which
     * no escaped text of the user's carries.
     */
    private static final String FONT_MARK = "<font>";

    /** A table: its caption, header and rows of text. */
    public record Table(String caption, List<String> header, List<List<String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** One cluster in the quadrant chart: shares in 0–1, the role's name and a CSS colour. */
    public record ChartPoint(String name, double internalShare, double externalShare, String role, String colour) { }

    /** A name and its value, for the parameters. */
    public record Entry(String name, String value) { }

    /**
     * Everything the report shows.
     *
     * @param lang       the language tag of the texts ({@code ko} or {@code en})
     * @param findings   the finding in words, one sentence or paragraph each
     * @param mapPng     the map as PNG bytes, or null when there is none
     * @param mapNote    what to say in the map's place when there is none
     * @param roles      the cluster roles table
     * @param chart      the clusters in the quadrant chart
     * @param fairShare  the fair share 1/K, drawn as the quadrant lines
     * @param tables     the further tables, in order
     * @param parameters filters and parameters used
     * @param provenance lines about where the data came from
     * @param version    the program's version
     * @param createdAt  when the report was made, as text
     * @param font       a TrueType font to embed for Hangul (readers without a Korean font see
     *                   boxes otherwise), or null to use the reader's fonts only
     */
    public record Content(String lang, String title, List<String> findings, byte[] mapPng, String mapNote,
                          Table roles, List<ChartPoint> chart, double fairShare, List<Table> tables,
                          List<Entry> parameters, List<String> provenance, String version, String createdAt,
                          byte[] font) {
        public Content {
            Objects.requireNonNull(lang, "lang");
            Objects.requireNonNull(title, "title");
            findings = List.copyOf(findings);
            chart = List.copyOf(chart);
            tables = List.copyOf(tables);
            parameters = List.copyOf(parameters);
            provenance = List.copyOf(provenance);
        }
    }

    private final Content c;
    private final Messages m;
    private final StringBuilder b = new StringBuilder();

    private HtmlReport(Content c) {
        this.c = c;
        this.m = Messages.of(Locale.forLanguageTag(c.lang()));
    }

    /** Writes the report as one HTML document. */
    public static void write(Content content, Writer out) throws IOException {
        out.write(html(content));
    }

    /** The report as text. */
    public static String html(Content content) {
        return new HtmlReport(content).build();
    }

    private String build() {
        b.append("<!DOCTYPE html>\n<html lang=\"").append(esc(m.locale().getLanguage())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(c.title())).append("</title>\n<style>\n").append(FONT_MARK).append(css())
                .append("</style>\n</head>\n<body>\n<main>\n");
        b.append("<h1>").append(esc(c.title())).append("</h1>\n");
        b.append("<p class=\"meta\">").append(esc("Supracluster Explorer " + c.version())).append(c.createdAt() == null ? "" : " · " + esc(c.createdAt())).append("</p>\n");

        section(m.get("finding.title"));
        for (String f : c.findings()) {
            b.append("<p class=\"finding\">").append(esc(f)).append("</p>\n");
        }
        b.append("</section>\n");

        section(m.get("report.section.map"));
        if (c.mapPng() != null) {
            b.append("<img class=\"map\" alt=\"").append(esc(m.get("report.map.alt"))).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(c.mapPng())).append("\">\n");
        } else {
            b.append("<p class=\"note\">").append(esc(c.mapNote() == null ? m.get("report.map.none")
                    : c.mapNote())).append("</p>\n");
        }
        b.append("</section>\n");

        section(m.get("tab.clusterRoles"));
        if (c.roles() != null) {
            table(c.roles());
        }
        b.append("<figure>\n").append(quadrantChart()).append("<figcaption>")
                .append(esc(m.get("report.chart.caption")))
                .append("</figcaption>\n</figure>\n</section>\n");

        for (Table table : c.tables()) {
            section(table.caption());
            table(new Table(null, table.header(), table.rows()));
            b.append("</section>\n");
        }

        // What the figures mean, in plain words.
        section(m.get("definitions.title"));
        definitions("<dl class=\"definitions\">", ReportDefinitions.entries(m, c.fairShare()));

        section(m.get("report.section.parameters"));
        definitions("<dl>", c.parameters());

        section(m.get("report.section.provenance"));
        b.append("<ul>\n");
        for (String p : c.provenance()) {
            b.append("<li>").append(esc(p)).append("</li>\n");
        }
        b.append("</ul>\n</section>\n");
        b.append("<footer>").append(esc(m.format("report.footer", c.version()))).append("</footer>\n");
        b.append("</main>\n</body>\n</html>\n");
        // The font last: it carries the glyphs of every character the report uses.
        String doc = b.toString();
        int at = doc.indexOf(FONT_MARK);
        return doc.substring(0, at) + fontFace(doc) + doc.substring(at + FONT_MARK.length());
    }

    /** The entries as a definition list opened by the tag {@code open}, closing the section. */
    private void definitions(String open, List<Entry> entries) {
        b.append(open).append("\n");
        for (Entry e : entries) {
            b.append("<dt>").append(esc(e.name())).append("</dt><dd>").append(esc(e.value())).append("</dd>\n");
        }
        b.append("</dl>\n</section>\n");
    }

    private void section(String heading) {
        b.append("<section>\n<h2>").append(esc(heading)).append("</h2>\n");
    }

    private void table(Table table) {
        b.append("<div class=\"scroll\"><table>\n");
        if (table.caption() != null) {
            b.append("<caption>").append(esc(table.caption())).append("</caption>\n");
        }
        b.append("<thead><tr>");
        for (String h : table.header()) {
            b.append("<th>").append(esc(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            b.append("<tr>");
            for (String cell : row) {
                // Numbers right-aligned, so columns of figures read down.
                boolean number = cell != null && cell.matches("-?[0-9][0-9.,eE+-]*%?");
                b.append(number ? "<td class=\"num\">" : "<td>").append(esc(cell == null ? "" : cell)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table></div>\n");
    }

    /**
     * Internal share right, external share up (as the explorer's quadrant chart), both 0–100 %,
     * with the fair-share lines: the study's picture of which clusters are core hubs (above and
     * right of both lines).
     */
    String quadrantChart() {
        final double size = 420;
        final double left = 64;
        final double top = 20;
        final double right = 150; // room for the names of points near 100 %
        final double bottom = 54;
        double w = left + size + right;
        double h = top + size + bottom;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg class=\"chart\" "
                + "width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"%s\">\n",
                w, h, w, h, esc(m.get("report.chart.label"))));
        s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                + "fill=\"#ffffff\" stroke=\"#888888\"/>\n", left, top, size, size));
        for (int p = 0; p <= 100; p += 25) {
            double x = left + size * p / 100.0;
            double y = top + size - size * p / 100.0;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"#eeeeee\"/>\n", x, top, x, top + size));
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"#eeeeee\"/>\n", left, y, left + size, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                    + "class=\"tick\">%d %%</text>\n", x, top + size + 16, p));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" "
                    + "class=\"tick\">%d %%</text>\n", left - 6, y + 4, p));
        }
        if (c.fairShare() > 0 && c.fairShare() <= 1) {
            double fx = left + size * c.fairShare();
            double fy = top + size - size * c.fairShare();
            s.append(String.format(Locale.ROOT, "<line class=\"fair\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
                    + "y2=\"%.1f\" stroke=\"#555555\" stroke-dasharray=\"5 4\"/>\n", fx, top, fx, top + size));
            s.append(String.format(Locale.ROOT, "<line class=\"fair\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
                    + "y2=\"%.1f\" stroke=\"#555555\" stroke-dasharray=\"5 4\"/>\n", left, fy, left + size, fy));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"tick\">1/K</text>\n",
                    fx + 4, top + 14));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"axis\">%s"
                + "</text>\n", left + size / 2, top + size + 40, esc(m.get("metric.internalShare"))));
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"axis\" "
                + "transform=\"rotate(-90 %.1f %.1f)\">%s</text>\n", 18.0, top + size / 2, 18.0, top + size / 2,
                esc(m.get("metric.externalShare"))));
        // Points first, then their names: small clusters crowd near 0 %, so a name that would
        // overlap one already placed moves up a line, into the empty plot rather than onto the
        // axis's numbers (with a thin line back to its point). Lowest first.
        List<ChartPoint> points = c.chart().stream()
                .filter(p -> Double.isFinite(p.internalShare()) && Double.isFinite(p.externalShare()))
                .sorted(java.util.Comparator.comparingDouble(ChartPoint::externalShare)).toList();
        List<double[]> placed = new java.util.ArrayList<>();
        StringBuilder labels = new StringBuilder();
        for (ChartPoint p : points) {
            double x = left + size * clamp(p.internalShare());
            double y = top + size - size * clamp(p.externalShare());
            s.append("<g class=\"point\"><title>").append(esc(p.name() + " — " + p.role())).append("</title>");
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"%s\" "
                    + "stroke=\"#333333\"/></g>\n", x, y, esc(colour(p.colour()))));
            double lx = x + 10;
            double ly = y + 4;
            double lw = textWidth(p.name());
            while (overlaps(placed, lx, ly, lw)) {
                ly -= 15;
            }
            placed.add(new double[] {lx, ly, lw});
            if (ly != y + 4) {
                labels.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        + "stroke=\"#999999\" stroke-width=\"0.8\"/>\n", x + 5, y - 3, lx - 1, ly - 4));
            }
            labels.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"label\">", lx, ly))
                    .append(esc(p.name())).append("</text>\n");
        }
        s.append(labels);
        s.append("</svg>\n");
        return s.toString();
    }

    /**
     * The embedded font under its own name, so it is used before any installed one; subset to the
     * characters of {@code doc} (the whole font would make the report 6 MB).
     */
    private String fontFace(String doc) {
        if (c.font() == null) {
            return "";
        }
        return "@font-face { font-family: 'ReportHangul'; src: url(data:font/ttf;base64,"
                + Base64.getEncoder().encodeToString(FontSubset.of(c.font(), doc)) + ") format('truetype'); }\n";
    }

    private String fonts() {
        return c.font() == null ? FONTS : "ReportHangul, " + FONTS;
    }

    /** A rough width of a label at 13 px: Hangul and other wide letters about twice a Latin one. */
    private static double textWidth(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) >= 0x1100 ? 13 : 7.2;
        }
        return w;
    }

    private static boolean overlaps(List<double[]> placed, double x, double y, double w) {
        for (double[] b : placed) {
            if (Math.abs(b[1] - y) < 14 && x < b[0] + b[2] && b[0] < x + w) {
                return true;
            }
        }
        return false;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** Only a #rrggbb colour reaches the SVG; anything else becomes grey. */
    private static String colour(String c) {
        return c != null && c.matches("#[0-9a-fA-F]{6}") ? c : "#999999";
    }

    private String css() {
        return "body { font-family: " + fonts() + "; color: #222222; background: #fbfaf6; margin: 0; }\n"
                + "main { max-width: 1100px; margin: 0 auto; padding: 24px 32px; }\n"
                + "h1 { font-size: 28px; margin: 0 0 4px; }\n"
                + "h2 { font-size: 20px; border-bottom: 2px solid #0072B2; padding-bottom: 4px; margin-top: 32px; }\n"
                + ".meta, .note, footer { color: #666666; font-size: 13px; }\n"
                + ".finding { font-size: 17px; line-height: 1.6; background: #ffffff; border-left: 4px solid "
                + "#0072B2; padding: 8px 14px; }\n"
                + "img.map { max-width: 100%; border: 1px solid #cccccc; }\n"
                + ".scroll { overflow-x: auto; }\n"
                + "table { border-collapse: collapse; font-size: 13px; background: #ffffff; margin: 8px 0; }\n"
                + "caption { text-align: left; font-weight: bold; padding: 4px 0; }\n"
                + "th, td { border: 1px solid #dddddd; padding: 3px 8px; text-align: left; }\n"
                + "th { background: #eef3f8; }\n"
                + "td:first-child { white-space: nowrap; }\n"
                + "td.num { text-align: right; font-variant-numeric: tabular-nums; }\n"
                + "svg.chart { font-family: " + fonts() + "; max-width: 100%; height: auto; }\n"
                + "svg .tick { font-size: 11px; fill: #555555; }\n"
                + "svg .axis { font-size: 13px; fill: #222222; }\n"
                + "svg .label { font-size: 13px; fill: #222222; }\n"
                + "figcaption { font-size: 13px; color: #555555; max-width: 640px; }\n"
                + "dl { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; font-size: 14px; }\n"
                + "dt { font-weight: bold; } dd { margin: 0; }\n"
                + "footer { margin-top: 40px; border-top: 1px solid #dddddd; padding-top: 8px; }\n";
    }

    /** Text safe in HTML content and in quoted attributes. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder o = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> o.append("&amp;");
                case '<' -> o.append("&lt;");
                case '>' -> o.append("&gt;");
                case '"' -> o.append("&quot;");
                case '\'' -> o.append("&#39;");
                default -> o.append(ch);
            }
        }
        return o.toString();
    }
}
