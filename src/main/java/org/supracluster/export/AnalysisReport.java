package org.supracluster.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.supracluster.analysis.ClusterMetrics;
import org.supracluster.analysis.Partition;
import org.supracluster.model.LinkType;
import org.supracluster.model.Messages;
import org.supracluster.model.Progress;

/**
 * The HTML report's content, assembled from the {@link AnalysisTables} of one view: the finding in
 * words, the map, the cluster roles table and quadrant chart, the top firms by role, the
 * supra-regional communities, trade vs co-patent, the inter-cluster matrices, the parameters, the
 * data's provenance, the version and the time. The command line's {@code report} and the
 * explorer's File ▸ Export report both build their report here, so the two give the same file for
 * the same view; each brings what only it knows (its map picture, its parameters in its own
 * words, the import log it read from the database).
 */
public final class AnalysisReport {

    /** The map's cluster colours (as the explorer's, ui.roles.ClusterPalette and map.css). */
    public static final List<String> CLUSTER_COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7",
            "#D55E00", "#56B4E9", "#F0E442");
    public static final String OTHER_COLOUR = "#999999";
    public static final int TOP_FIRMS_PER_ROLE = 5;
    /** The program's own NanumGothic (the same file the explorer and the SVG export use). */
    public static final String FONT_RESOURCE = "/fonts/NanumGothic.ttf";

    /**
     * One import of the database's log, as the report lists it. The store's own record stays in
     * the store (export may not depend on it); callers copy these three values.
     *
     * @param files the imported files as given (paths); the report names only the file names
     */
    public record Import(Instant at, List<String> files, long rows) {
        public Import {
            Objects.requireNonNull(at, "at");
            files = List.copyOf(files);
        }
    }

    /**
     * Where the data came from.
     *
     * @param databaseName the database's file name (no folder: a report is shared)
     * @param metadata the database's metadata ({@code synthetic}, {@code provenance})
     * @param imports the import log, oldest first
     */
    public record Provenance(String databaseName, Map<String, String> metadata, List<Import> imports) {
        public Provenance {
            Objects.requireNonNull(databaseName, "databaseName");
            metadata = Map.copyOf(metadata);
            imports = List.copyOf(imports);
        }
    }

    private AnalysisReport() {
    }

    /** The title of a report nobody named, in the report's language. */
    public static String defaultTitle(Locale locale) {
        return Messages.of(locale).get("report.title.default");
    }

    /**
     * Everything the report shows, the tables computed here (the permutation tests take time on a
     * big network: {@code progress} hears of them and may stop them).
     *
     * @param title      the report's title (see {@link #defaultTitle})
     * @param locale     the report's language, Korean or English
     * @param mapPng     the map as PNG bytes, or null
     * @param mapNote    what the map's place says when {@code mapPng} is null
     * @param parameters the filter and parameters, in the caller's words
     * @param madeAt     when the report was made
     * @param font       a TrueType font to embed (see {@link #font()}), or null
     * @throws Progress.Cancelled when {@code progress} asks to stop
     */
    public static HtmlReport.Content content(AnalysisTables tables, String title, Locale locale, byte[] mapPng,
                                             String mapNote, List<HtmlReport.Entry> parameters,
                                             Provenance provenance, String version, ZonedDateTime madeAt,
                                             byte[] font, Progress progress) {
        Messages words = Messages.of(locale);
        ResultTable clusters = tables.clusters();
        // No caption: the section's heading names it.
        HtmlReport.Table rolesTable = ReportHeadings.inWords(clusters.html(locale, null, "cluster", "firms",
                "internal", "external", "ei_index", "density", "internal_share", "external_share", "role",
                "partners"), locale);
        List<HtmlReport.ChartPoint> chart = new ArrayList<>();
        for (ClusterMetrics m : tables.roles().clusters()) {
            if (!m.hasRole()) {
                continue; // a cluster with no firm in the view is "not in view": no point at 0/0
            }
            chart.add(new HtmlReport.ChartPoint(tables.clusterName(m.cluster()), m.internalShare(), m.externalShare(),
                    ReportCells.capitalised(RoleNames.of(m.role(), locale), locale),
                    m.cluster() == Partition.OTHER ? OTHER_COLOUR
                            : CLUSTER_COLOURS.get(m.cluster() % CLUSTER_COLOURS.size())));
        }
        progress.checkCancelled();
        HtmlReport.Table topFirms = tables.topFirmsByRole(TOP_FIRMS_PER_ROLE)
                .html(locale, words.get("report.section.topFirms"));
        progress.checkCancelled();
        HtmlReport.Table communities = singleFirmsInOneRow(tables.communities(),
                words.get("report.section.communities"), locale);
        progress.checkCancelled();
        HtmlReport.Table comparison = tables.comparison(progress)
                .html(locale, words.get("tab.comparison"));
        progress.checkCancelled();
        List<HtmlReport.Table> more = List.of(topFirms, communities, comparison,
                tables.matrix(LinkType.TRADE).html(locale, words.get("report.section.tradeMatrix")),
                tables.matrix(LinkType.COPATENT)
                        .html(locale, words.get("report.section.copatentMatrix")))
                .stream().map(t -> ReportHeadings.inWords(t, locale)).toList();
        return new HtmlReport.Content(words.locale().getLanguage(), title,
                tables.findings().stream().map(f -> f.text(locale)).toList(), mapPng, mapNote, rolesTable, chart,
                tables.roles().fairShare(), more, parameters, provenance(provenance, locale), version,
                madeAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")), font);
    }

    /**
     * The communities table for reading: the communities of two firms or more, then one row
     * counting the communities of a single firm (firms with no link, each a community of its own:
     * a report of thousands of one-firm rows would hide the rest). The CSV keeps every row.
     */
    static HtmlReport.Table singleFirmsInOneRow(ResultTable communities, String caption, Locale locale) {
        HtmlReport.Table all = communities.html(locale, caption);
        List<List<String>> rows = new ArrayList<>();
        int single = 0;
        for (int r = 0; r < communities.rowCount(); r++) {
            if (((Number) communities.value(r, "firms")).intValue() == 1) {
                single++;
            } else {
                rows.add(all.rows().get(r));
            }
        }
        if (single > 0) {
            List<String> row = new ArrayList<>();
            row.add(Messages.of(locale).get("report.communities.singleFirms"));
            row.add(ReportCells.format("firms", single, locale));
            while (row.size() < all.header().size()) {
                row.add("");
            }
            rows.add(row);
        }
        return new HtmlReport.Table(caption, all.header(), rows);
    }

    /** The provenance section's lines: the database, synthetic or not, the stated source, each import. */
    public static List<String> provenance(Provenance p, Locale locale) {
        Messages m = Messages.of(locale);
        List<String> lines = new ArrayList<>();
        lines.add(m.format("report.provenance.database", p.databaseName()));
        lines.add(m.get("true".equals(p.metadata().get("synthetic")) ? "report.provenance.synthetic"
                : "report.provenance.notSynthetic"));
        if (p.metadata().containsKey("provenance")) {
            lines.add(m.format("report.provenance.source", p.metadata().get("provenance")));
        }
        for (Import e : p.imports()) {
            List<String> names = e.files().stream().map(s -> {
                Path name = Path.of(s).getFileName();
                return name == null ? s : name.toString();
            }).toList();
            // The time in ISO form and the rows as plain digits, ungrouped, as the report has always had them.
            lines.add(m.format("report.provenance.import", e.at().toString(), String.join(", ", names),
                    Long.toString(e.rows())));
        }
        if (p.imports().isEmpty()) {
            lines.add(m.get("report.provenance.noImports"));
        }
        return lines;
    }

    /**
     * Writes the report into {@code file}: beside it first and moved into place, so there is never
     * half a report under the name (a failed or stopped write leaves the old file, if any).
     */
    public static void write(HtmlReport.Content content, Path file) throws IOException {
        FilesAside.writeText(file, w -> HtmlReport.write(content, w));
    }

    /**
     * The bundled font without its VTT source tables, which browsers' font sanitizers refuse; null
     * when the program carries no font (the report is complete without it, in the reader's fonts).
     */
    public static byte[] font() throws IOException {
        try (InputStream in = AnalysisReport.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                return null;
            }
            return TrueTypeTables.without(in.readAllBytes(), TrueTypeTables::isVttSource);
        }
    }
}
