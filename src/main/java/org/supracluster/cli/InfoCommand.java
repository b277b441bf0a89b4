package org.supracluster.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.export.Table;
import org.supracluster.model.Filter;
import org.supracluster.model.Message;
import org.supracluster.model.NetworkView;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Messages;
import org.supracluster.model.Network;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;
import org.supracluster.store.Database;
import org.supracluster.store.ImportLogEntry;
import org.supracluster.store.NetworkStore;
import org.supracluster.store.SchemeRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "info", mixinStandardHelpOptions = true, versionProvider = SuperclusterCli.Version.class,
        description = "Counts per region, cluster, segment, link type and year; provenance.")
final class InfoCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--clusters", paramLabel = "NAME", defaultValue = ClusterScheme.DEFAULT_NAME,
            description = "Cluster scheme (default: ${DEFAULT-VALUE}).")
    String schemeName;

    @Option(names = "--lang", paramLabel = "ko|en", description = "Language of names (default: the system's).")
    String lang;

    @Override
    public Integer call() {
        Locale locale = Lang.locale(lang);
        Messages m = Messages.of(locale);
        Network n;
        ClusterScheme scheme;
        Map<String, String> meta;
        java.util.List<ImportLogEntry> log;
        try (Database d = db.openExisting()) {
            NetworkStore store = NetworkStore.of(d);
            scheme = SchemeRepository.of(d).load(schemeName)
                    .orElseThrow(() -> new UserError(m.format("cli.scheme.notFoundInStored", Message.quoted(schemeName),
                            db.path(), String.join(", ", SchemeRepository.of(d).names()))));
            n = store.load();
            meta = store.metadata();
            log = store.importLog();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %s%n", m.get("cli.info.database"), db.path());
        if ("true".equals(meta.get("synthetic"))) {
            out.println(m.get("cli.info.synthetic"));
        }
        if (meta.containsKey("provenance")) {
            out.printf("%s: %s%n", m.get("cli.info.provenance"), meta.get("provenance"));
        }
        // Links are merged links (one per pair, type and direction), as the window counts them;
        // records are the stored rows they merge.
        int links = LinkGraph.of(NetworkView.of(n, Filter.all())).linkCount();
        out.printf("%s: %d, %s: %d, %s: %d, %s: %d%n", m.get("metric.firms"), n.firmCount(), m.get("metric.links"),
                links, m.get("cli.info.records"), n.linkCount(), m.get("cli.info.imports"), log.size());
        if (!log.isEmpty()) {
            ImportLogEntry last = log.get(log.size() - 1);
            out.printf("%s: %s (%s)%n", m.get("cli.info.lastImport"), last.at(), String.join(", ", last.files()));
        }

        int[] byRegion = new int[Region.values().length];
        int[] bySegment = new int[Segment.values().length];
        int[] byCluster = new int[scheme.clusterCount() + 1];
        int[] clusterOf = scheme.assign(n);
        for (int i = 0; i < n.firmCount(); i++) {
            byRegion[n.region(i).ordinal()]++;
            bySegment[n.segment(i).ordinal()]++;
            byCluster[clusterOf[i] == ClusterScheme.OTHER ? scheme.clusterCount() : clusterOf[i]]++;
        }
        int[] byType = new int[LinkType.values().length];
        Map<Integer, int[]> byYear = new TreeMap<>();
        for (int l = 0; l < n.linkCount(); l++) {
            byType[n.linkType(l).ordinal()]++;
            byYear.computeIfAbsent(n.linkYear(l), y -> new int[LinkType.values().length])[n.linkType(l).ordinal()]++;
        }

        Table t = new Table(m.format("cli.info.cluster", scheme.name()), m.get("metric.firms"));
        for (int c = 0; c < scheme.clusterCount(); c++) {
            t.row(scheme.clusters().get(c).displayName(locale), byCluster[c]);
        }
        t.row(m.get("cli.info.other"), byCluster[scheme.clusterCount()]);
        t.print(out);

        t = new Table(m.get("firm.region"), m.get("metric.firms"));
        for (Region r : Region.values()) {
            t.row(r.displayName(locale) + " (" + r.iso() + ")", byRegion[r.ordinal()]);
        }
        t.print(out);

        t = new Table(m.get("firm.segment"), m.get("metric.firms"));
        for (Segment s : Segment.values()) {
            t.row(m.isKorean() ? s.koreanName() : s.code(), bySegment[s.ordinal()]);
        }
        t.print(out);

        t = new Table(m.get("cli.info.year"), m.get("linkType.trade"), m.get("linkType.copatent"));
        for (Map.Entry<Integer, int[]> e : byYear.entrySet()) {
            t.row(e.getKey() == Link.NO_YEAR ? m.get("cli.info.noYear") : e.getKey().toString(),
                    e.getValue()[0], e.getValue()[1]);
        }
        t.row(m.get("cli.info.total"), byType[0], byType[1]);
        t.print(out);
        return SuperclusterCli.OK;
    }
}
