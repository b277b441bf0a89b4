package org.supracluster.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.export.AnalysisReport;
import org.supracluster.export.AnalysisTables;
import org.supracluster.export.HtmlReport;
import org.supracluster.model.Message;
import org.supracluster.model.Messages;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;
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

    @Option(names = "--permutations", defaultValue = "" + AnalysisTables.PERMUTATIONS_DEFAULT,
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

    /** Handed in by the program's entry point; null when the command line runs without the UI. */
    MapRenderer renderer;

    @Override
    public Integer call() throws IOException {
        Locale locale = Lang.locale(partition.lang);
        Messages m = Messages.of(locale);
        if (permutations < 1 || permutations > 1_000_000) {
            throw new UserError(m.get("cli.permutations.range"));
        }
        int[] size = mapSize(mapSize, "--map-size", m);
        String heading = title != null && !title.isBlank() ? title.strip() : AnalysisReport.defaultTitle(locale);
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        AnalysisTables tables;
        PartitionOptions.Prepared p;
        AnalysisReport.Provenance provenance;
        try (Database d = db.openExisting()) {
            p = partition.prepare(d, filter, spec.commandLine());
            tables = new AnalysisTables(p.graph(), p.chosen().scheme(), p.chosen().partition(), locale,
                    partition.seed, permutations, partition.weightedCommunities());
            NetworkStore store = NetworkStore.of(d);
            provenance = provenance(String.valueOf(db.path().getFileName()), store.metadata(), store.importLog());
        }

        byte[] png = null;
        String mapNote = null;
        if (noMap) {
            mapNote = m.get("cli.report.noMap");
        } else if (renderer == null) {
            mapNote = m.get("cli.report.noRenderer");
            err.println(m.get("cli.report.noRendererNote"));
        } else {
            LinkGraph all = LinkGraph.of(NetworkView.of(p.network(), Filter.all()));
            // A report is a page to read and print: its map keeps the light colours of the page.
            png = renderer.render(all, p.graph(), p.chosen().partition(), p.chosen().scheme(), "", locale, size[0],
                    size[1], false);
        }

        HtmlReport.Content content = AnalysisReport.content(tables, heading, locale, png, mapNote, parameters(p, m),
                provenance, SuperclusterCli.version(), ZonedDateTime.now(ZoneId.systemDefault()),
                noFont ? null : AnalysisReport.font(), Progress.NONE);
        AnalysisReport.write(content, out);
        o.println(m.format("cli.report.wrote", out));
        return SuperclusterCli.OK;
    }

    /** WIDTHxHEIGHT in pixels, each 100 to 8000, from option {@code option}. */
    static int[] mapSize(String s, String option, Messages m) {
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
        throw new UserError(m.format("cli.mapSize.bad", option, Message.quoted(s)));
    }

    /** The options given on the command line, then what the view holds after filtering. */
    private List<HtmlReport.Entry> parameters(PartitionOptions.Prepared p, Messages m) {
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
        list.add(new HtmlReport.Entry(m.get("cli.report.param.command"), "report" + (given.isEmpty() ? "" : " "
                + String.join(" ", given))));
        list.add(new HtmlReport.Entry(m.get("cli.report.param.partition"), m.format("cli.report.param.partitionValue",
                partition.clusters, Integer.toString(p.chosen().partition().count()))));
        Filter f = p.graph().view().filter();
        list.add(new HtmlReport.Entry(m.get("reportExport.param.linkTypes"),
                f.linkTypes().stream().map(LinkType::code).collect(Collectors.joining(", "))));
        list.add(new HtmlReport.Entry(m.get("reportExport.param.firms"), p.graph().view().shownFirmCount() + " / "
                + p.network().firmCount()));
        // Links are merged links, as the window counts them; records are the stored rows.
        list.add(new HtmlReport.Entry(m.get("reportExport.param.links"), p.graph().linkCount() + " / "
                + LinkGraph.of(NetworkView.of(p.network(), Filter.all())).linkCount()));
        list.add(new HtmlReport.Entry(m.get("reportExport.param.records"), p.graph().view().shownLinkCount() + " / "
                + p.network().linkCount()));
        list.add(new HtmlReport.Entry(m.get("reportExport.param.seed"), Long.toString(partition.seed)));
        list.add(new HtmlReport.Entry(m.get("reportExport.param.permutations"), Integer.toString(permutations)));
        return list;
    }

    /** The database's provenance in the report's plain values (export cannot see the store's types). */
    static AnalysisReport.Provenance provenance(String databaseName, Map<String, String> meta,
                                                List<ImportLogEntry> log) {
        return new AnalysisReport.Provenance(databaseName, meta,
                log.stream().map(e -> new AnalysisReport.Import(e.at(), e.files(), e.rows())).toList());
    }
}
