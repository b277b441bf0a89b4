package org.supracluster.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.supracluster.analysis.ClusterMetrics;
import org.supracluster.analysis.Finding;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.analysis.Progress;
import org.supracluster.export.HtmlReport;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.NetworkView;
import org.supracluster.store.Database;
import org.supracluster.store.ImportLogEntry;
import org.supracluster.store.NetworkStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = SuperclusterCli.Version.class,
        description = {"One HTML file that works offline: the finding in words, the map, the cluster roles table "
                + "and quadrant chart, the top firms by role, the supra-regional communities, trade vs co-patent, "
                + "the filters and parameters used, the data's provenance and the program's version. Takes the "
                + "filter and partition options of analyze."})
final class ReportCommand implements Callable<Integer> {

    /** The map's cluster colours (as the explorer's, ui.roles.ClusterPalette and map.css). */
    static final List<String> CLUSTER_COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00",
            "#56B4E9", "#F0E442");
    static final String OTHER_COLOUR = "#999999";
    static final int TOP_FIRMS_PER_ROLE = 5;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Mixin
    FilterOptions filter;

    @Mixin
    PartitionOptions partition;

    @Option(names = "--out", paramLabel = "FILE.html", required = true, description = "The report file to write.")
    Path out;

    @Option(names = "--title", description = "The report's title (default: a title in the chosen language).")
    String title;

    @Option(names = "--permutations", defaultValue = "1000",
            description = "Permutations of the E-I and QAP tests (default: ${DEFAULT-VALUE}).")
    int permutations;

    @Option(names = "--map-size", paramLabel = "WxH", defaultValue = "1200x900",
            description = "Size of the map picture in pixels (default: ${DEFAULT-VALUE}).")
    String mapSize;

    @Option(names = "--no-map", description = "Leave the map picture out.")
    boolean noMap;

    @Option(names = "--no-font", description = "Do not embed the program's Hangul font (a smaller file; readers "
            + "without a Korean font then see boxes for Hangul).")
    boolean noFont;

    /** The program's own NanumGothic (the same file the explorer and the SVG export use). */
    static final String FONT_RESOURCE = "/fonts/NanumGothic.ttf";

    /** Handed in by the program's entry point; null when the command line runs without the UI. */
    MapRenderer renderer;

    @Override
    public Integer call() throws IOException {
        if (permutations < 1 || permutations > 1_000_000) {
            throw new UserError("--permutations must be between 1 and 1,000,000.");
        }
        int[] size = mapSize(mapSize, "--map-size");
        Locale locale = Lang.locale(partition.lang);
        boolean ko = locale.getLanguage().equals("ko");
        String heading = title != null && !title.isBlank() ? title.strip()
                : ko ? "반도체 기업의 초광역 협력 네트워크" : "The supra-regional network of semiconductor firms";
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        AnalysisTables tables;
        PartitionOptions.Prepared p;
        Map<String, String> meta;
        List<ImportLogEntry> log;
        try (Database d = db.openExisting()) {
            p = partition.prepare(d, filter, spec.commandLine());
            tables = new AnalysisTables(p.graph(), p.chosen(), locale, partition.seed, permutations);
            NetworkStore store = NetworkStore.of(d);
            meta = store.metadata();
            log = store.importLog();
        }

        ResultTable clusters = tables.clusters();
        // No caption: the section's heading names it.
        HtmlReport.Table rolesTable = clusters.html(null, "cluster", "firms",
                "internal", "external", "ei_index", "density", "internal_share", "external_share", "role",
                "partners");
        List<HtmlReport.ChartPoint> chart = new ArrayList<>();
        for (ClusterMetrics m : tables.roles().clusters()) {
            chart.add(new HtmlReport.ChartPoint(tables.clusterName(m.cluster()), m.internalShare(), m.externalShare(),
                    RoleNames.of(m.role(), locale), m.cluster() == Partition.OTHER ? OTHER_COLOUR
                            : CLUSTER_COLOURS.get(m.cluster() % CLUSTER_COLOURS.size())));
        }
        List<HtmlReport.Table> more = List.of(
                tables.topFirmsByRole(TOP_FIRMS_PER_ROLE).html(ko ? "역할별 상위 기업" : "Top firms by role"),
                tables.communities().html(ko ? "초광역 공동체" : "Supra-regional communities"),
                tables.comparison(Progress.NONE).html(ko ? "거래와 공동특허 비교" : "Trade vs co-patent"),
                tables.matrix(LinkType.TRADE).html(ko ? "클러스터 간 거래" : "Trade between clusters"),
                tables.matrix(LinkType.COPATENT).html(ko ? "클러스터 간 공동특허" : "Co-patents between clusters"));

        byte[] png = null;
        String mapNote = null;
        if (noMap) {
            mapNote = ko ? "지도는 --no-map 옵션으로 뺐습니다." : "The map was left out (--no-map).";
        } else if (renderer == null) {
            mapNote = ko ? "이 실행에서는 지도를 그릴 수 없어 빠졌습니다 (화면 모듈 없이 실행됨)."
                    : "The map is missing: this run of the command line cannot draw it (no map renderer).";
            err.println(ko ? "알림: 지도 그림 없이 보고서를 씁니다 (지도를 그릴 수 없음)."
                    : "note: writing the report without the map picture (no map renderer in this run).");
        } else {
            LinkGraph all = LinkGraph.of(NetworkView.of(p.network(), Filter.all()));
            png = renderer.render(all, p.graph(), p.chosen().partition(), p.chosen().scheme(), "", locale, size[0],
                    size[1]);
        }

        HtmlReport.Content content = new HtmlReport.Content(ko ? "ko" : "en", heading,
                tables.findings().stream().map(f -> f.text(locale)).toList(), png, mapNote, rolesTable, chart,
                tables.roles().fairShare(), more, parameters(p, ko), provenance(meta, log, ko),
                SuperclusterCli.version(),
                ZonedDateTime.now(ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
                noFont ? null : font());
        write(content, out);
        o.printf(ko ? "보고서를 %s에 썼습니다.%n" : "Wrote the report to %s.%n", out);
        return SuperclusterCli.OK;
    }

    /** The bundled font without its VTT source tables, which browsers' font sanitizers refuse. */
    static byte[] font() throws IOException {
        try (java.io.InputStream in = ReportCommand.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                return null; // the reader's fonts then; the report is complete without it
            }
            return org.supracluster.export.TrueTypeTables.without(in.readAllBytes(),
                    org.supracluster.export.TrueTypeTables::isVttSource);
        }
    }

    /** WIDTHxHEIGHT in pixels, each 100 to 8000, from option {@code option}. */
    static int[] mapSize(String s, String option) {
        String[] parts = s.strip().toLowerCase(Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].strip());
                int h = Integer.parseInt(parts[1].strip());
                if (w >= 100 && h >= 100 && w <= 8000 && h <= 8000) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException ignored) {
            // said below
        }
        throw new UserError(option + " takes WIDTHxHEIGHT in pixels, each 100 to 8000, e.g. 1200x900, not '"
                + s + "'.");
    }

    /** The options given on the command line, then what the view holds after filtering. */
    private List<HtmlReport.Entry> parameters(PartitionOptions.Prepared p, boolean ko) {
        List<HtmlReport.Entry> list = new ArrayList<>();
        List<String> given = new ArrayList<>();
        for (OptionSpec opt : spec.commandLine().getParseResult().matchedOptions()) {
            if (opt.longestName().equals("--out")) {
                continue;
            }
            Object v = opt.getValue();
            String value = v instanceof Collection<?> c ? c.stream().map(String::valueOf).collect(Collectors.joining(","))
                    : v != null && v.getClass().isArray() && v instanceof Object[] a
                            ? java.util.Arrays.stream(a).map(String::valueOf).collect(Collectors.joining(","))
                            : String.valueOf(v);
            given.add(opt.longestName() + (opt.arity().max() == 0 ? "" : " " + value));
        }
        list.add(new HtmlReport.Entry(ko ? "명령" : "Command", "report" + (given.isEmpty() ? "" : " "
                + String.join(" ", given))));
        list.add(new HtmlReport.Entry(ko ? "분할" : "Partition", partition.clusters + " ("
                + p.chosen().partition().count() + (ko ? "개 클러스터)" : " clusters)")));
        Filter f = p.graph().view().filter();
        list.add(new HtmlReport.Entry(ko ? "연결 종류" : "Link types",
                f.linkTypes().stream().map(LinkType::code).collect(Collectors.joining(", "))));
        list.add(new HtmlReport.Entry(ko ? "표시된 기업" : "Firms shown", p.graph().view().shownFirmCount() + " / "
                + p.network().firmCount()));
        list.add(new HtmlReport.Entry(ko ? "표시된 연결" : "Links shown", p.graph().view().shownLinkCount() + " / "
                + p.network().linkCount()));
        list.add(new HtmlReport.Entry(ko ? "난수 시드" : "Seed", Long.toString(partition.seed)));
        list.add(new HtmlReport.Entry(ko ? "순열 횟수" : "Permutations", Integer.toString(permutations)));
        return list;
    }

    private List<String> provenance(Map<String, String> meta, List<ImportLogEntry> log, boolean ko) {
        List<String> lines = new ArrayList<>();
        lines.add((ko ? "데이터베이스: " : "Database: ") + db.path().getFileName());
        if ("true".equals(meta.get("synthetic"))) {
            lines.add(ko ? "합성 데이터: 가상의 기업과 연결입니다 (실제 기업 아님)."
                    : "SYNTHETIC data: invented firms and links, not real companies.");
        } else {
            lines.add(ko ? "합성 데이터 아님 (가져온 데이터)." : "Not synthetic: imported data.");
        }
        if (meta.containsKey("provenance")) {
            lines.add((ko ? "출처: " : "Provenance: ") + meta.get("provenance"));
        }
        for (ImportLogEntry e : log) {
            List<String> names = e.files().stream().map(s -> {
                Path name = Path.of(s).getFileName();
                return name == null ? s : name.toString();
            }).toList();
            lines.add((ko ? "가져오기 " : "Import ") + e.at() + ": " + String.join(", ", names) + " ("
                    + e.rows() + (ko ? "행)" : " rows)"));
        }
        if (log.isEmpty()) {
            lines.add(ko ? "가져오기 기록 없음." : "No imports logged.");
        }
        return lines;
    }

    /** Written beside and moved into place: never half a report under the name. */
    private static void write(HtmlReport.Content content, Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        // Named here rather than by createTempFile, whose file is readable by its owner only.
        Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                HtmlReport.write(content, w);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
