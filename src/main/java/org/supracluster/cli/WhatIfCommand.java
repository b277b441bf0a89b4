package org.supracluster.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.Message;
import org.supracluster.model.Messages;
import org.supracluster.model.Progress;
import org.supracluster.analysis.Structure;
import org.supracluster.analysis.WhatIf;
import org.supracluster.export.Table;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Network;
import org.supracluster.store.Database;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "whatif", mixinStandardHelpOptions = true, versionProvider = SuperclusterCli.Version.class,
        description = {"Remove a firm or a whole cluster and see what breaks: the largest connected component, "
                + "inter-cluster links, and the cluster pairs that lose every link.",
            "With --weak-points: the firms whose loss alone splits the network (articulation points) and the "
                + "links that alone join two clusters (bridges), each ranked by the firms it cuts off."})
final class WhatIfCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Mixin
    FilterOptions filter;

    static final class Target {
        @Option(names = "--remove-firm", paramLabel = "ID", required = true, description = "Firm id to remove.")
        String firm;

        @Option(names = "--remove-cluster", paramLabel = "NAME", required = true,
                description = "Cluster to remove (English or Korean name, or its number from 1).")
        String cluster;

        @Option(names = "--weak-points", required = true,
                description = "List the firms whose loss alone splits the network and the bridges between clusters.")
        boolean weakPoints;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--top", paramLabel = "N",
            description = "With --weak-points: how many of each kind to list (default: ${DEFAULT-VALUE}).")
    int top = 10;

    @Mixin
    PartitionOptions partition;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new UserError(Messages.of(Lang.locale(partition.lang)).get("cli.whatif.topRange"));
        }
        if (target.weakPoints) {
            return weakPoints();
        }
        Locale locale = Lang.locale(partition.lang);
        Messages m = Messages.of(locale);
        WhatIf.Report r;
        PartitionChoice.Chosen chosen;
        String removed;
        try (Database d = db.openExisting()) {
            PartitionOptions.Prepared p = partition.prepare(d, filter, spec.commandLine());
            Network network = p.network();
            LinkGraph graph = p.graph();
            chosen = p.chosen();
            if (target.firm != null) {
                int f = network.indexOf(target.firm);
                if (f < 0) {
                    throw new UserError(m.format("cli.whatif.noSuchFirm", Message.quoted(target.firm)));
                }
                removed = network.firmName(f) + " (" + target.firm + ")";
                r = WhatIf.removeFirm(graph, chosen.partition(), f);
            } else {
                int c = FilterOptions.clusterIndex(chosen.scheme(), target.cluster, spec.commandLine(), m);
                removed = chosen.scheme().clusters().get(c).displayName(locale);
                r = WhatIf.removeCluster(graph, chosen.partition(), c);
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println(m.format("cli.whatif.removed", removed, r.removedFirms()));
        Table t = new Table("", m.get("cli.whatif.before"), m.get("cli.whatif.after"));
        t.row(m.get("cli.whatif.largest"), r.before().largest(), r.after().largest());
        t.row(m.get("cli.whatif.components"), r.before().count(), r.after().count());
        t.row(m.get("cli.whatif.interClusterLinks"), r.interClusterLinksBefore(), r.interClusterLinksAfter());
        t.print(o);
        o.println();
        if (r.lostPairs().isEmpty()) {
            o.println(m.get("cli.whatif.noPairLost"));
        } else {
            o.println(m.get("cli.whatif.pairsLost"));
            for (WhatIf.ClusterPair p : r.lostPairs()) {
                o.printf("  %s – %s (%d)%n", chosen.scheme().clusters().get(p.first()).displayName(locale),
                        chosen.scheme().clusters().get(p.second()).displayName(locale), p.linksBefore());
            }
        }
        return SuperclusterCli.OK;
    }

    /**
     * The firms whose loss alone splits the network and the bridges between two groups (clusters or
     * "other"), each ranked by the firms it cuts off ({@link Structure}).
     */
    private int weakPoints() {
        Locale locale = Lang.locale(partition.lang);
        Messages m = Messages.of(locale);
        Network network;
        Structure s;
        PartitionChoice.Chosen chosen;
        try (Database d = db.openExisting()) {
            PartitionOptions.Prepared p = partition.prepare(d, filter, spec.commandLine());
            network = p.network();
            chosen = p.chosen();
            s = Structure.of(p.graph(), Progress.NONE);
        }
        Partition groups = chosen.partition();
        PrintWriter o = spec.commandLine().getOut();
        List<Integer> points = s.articulationPoints();
        o.println(m.format("cli.weak.points", Integer.toString(points.size()), shown(points.size(), m)));
        if (!points.isEmpty()) {
            Table t = new Table(m.get("cli.weak.firm"), "id", m.get("cli.weak.cluster"), m.get("cli.weak.degree"),
                    m.get("cli.weak.cutOff"));
            for (int f : points.subList(0, Math.min(top, points.size()))) {
                t.row(network.firmName(f), network.firmId(f), groupName(chosen.scheme(), groups.of(f), locale),
                        s.graph().degree(f), s.cutOff(f));
            }
            t.print(o);
        }
        o.println();
        List<Structure.Bridge> between = s.bridgesBetweenGroups(groups);
        o.println(m.format("cli.weak.bridges", Integer.toString(between.size()), Integer.toString(s.bridges().size()),
                shown(between.size(), m)));
        if (!between.isEmpty()) {
            Table t = new Table(m.get("cli.weak.firm"), m.get("cli.weak.cluster"), m.get("cli.weak.firm"),
                    m.get("cli.weak.cluster"), m.get("cli.weak.cutOff"));
            for (Structure.Bridge b : between.subList(0, Math.min(top, between.size()))) {
                t.row(network.firmName(b.first()), groupName(chosen.scheme(), groups.of(b.first()), locale),
                        network.firmName(b.second()), groupName(chosen.scheme(), groups.of(b.second()), locale),
                        b.cutOff());
            }
            t.print(o);
        }
        return SuperclusterCli.OK;
    }

    /** ", top N by firms cut off" when the list is longer than shown. */
    private String shown(int count, Messages m) {
        if (count <= top) {
            return "";
        }
        return m.format("cli.weak.top", Integer.toString(top));
    }

    private static String groupName(ClusterScheme scheme, int c, Locale locale) {
        return c == Partition.OTHER ? Messages.of(locale).get("cli.info.other")
                : scheme.clusters().get(c).displayName(locale);
    }
}
