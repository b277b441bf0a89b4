package org.supracluster.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
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
            throw new UserError("--top must be at least 1.");
        }
        if (target.weakPoints) {
            return weakPoints();
        }
        Locale locale = Lang.locale(partition.lang);
        boolean ko = locale.getLanguage().equals("ko");
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
                    throw new UserError("no firm has the id '" + target.firm + "'.");
                }
                removed = network.firmName(f) + " (" + target.firm + ")";
                r = WhatIf.removeFirm(graph, chosen.partition(), f);
            } else {
                int c = FilterOptions.clusterIndex(chosen.scheme(), target.cluster, spec.commandLine());
                removed = chosen.scheme().clusters().get(c).displayName(locale);
                r = WhatIf.removeCluster(graph, chosen.partition(), c);
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(ko ? "제거: %s (기업 %d개)%n" : "Removed: %s (%d firm%s)%n", removed, r.removedFirms(),
                r.removedFirms() == 1 ? "" : "s");
        Table t = new Table("", ko ? "이전" : "before", ko ? "이후" : "after");
        t.row(ko ? "최대 연결 요소 (기업)" : "largest component (firms)", r.before().largest(), r.after().largest());
        t.row(ko ? "연결 요소 수" : "components", r.before().count(), r.after().count());
        t.row(ko ? "클러스터 간 연결" : "inter-cluster links", r.interClusterLinksBefore(), r.interClusterLinksAfter());
        t.print(o);
        o.println();
        if (r.lostPairs().isEmpty()) {
            o.println(ko ? "모든 클러스터 쌍이 연결을 유지합니다." : "No pair of clusters loses all its links.");
        } else {
            o.println(ko ? "모든 연결을 잃는 클러스터 쌍:" : "Cluster pairs that lose all their links:");
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
        boolean ko = locale.getLanguage().equals("ko");
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
        o.printf(ko ? "홀로 잃으면 네트워크가 갈라지는 기업 (단절점): %d개%s%n"
                : "Firms whose loss alone splits the network (articulation points): %d%s%n", points.size(),
                shown(points.size(), ko));
        if (!points.isEmpty()) {
            Table t = new Table(ko ? "기업" : "firm", "id", ko ? "클러스터" : "cluster", ko ? "이웃" : "degree",
                    ko ? "끊기는 기업" : "cut off");
            for (int f : points.subList(0, Math.min(top, points.size()))) {
                t.row(network.firmName(f), network.firmId(f), groupName(chosen.scheme(), groups.of(f), locale),
                        s.graph().degree(f), s.cutOff(f));
            }
            t.print(o);
        }
        o.println();
        List<Structure.Bridge> between = s.bridgesBetweenGroups(groups);
        o.printf(ko ? "클러스터 사이의 다리 (그 연결만이 두 부분을 잇는 기업 쌍): %d개 (다리 전체 %d개)%s%n"
                : "Bridges between clusters (pairs whose links alone join two parts): %d of %d bridges%s%n",
                between.size(), s.bridges().size(), shown(between.size(), ko));
        if (!between.isEmpty()) {
            Table t = new Table(ko ? "기업" : "firm", ko ? "클러스터" : "cluster", ko ? "기업" : "firm",
                    ko ? "클러스터" : "cluster", ko ? "끊기는 기업" : "cut off");
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
    private String shown(int count, boolean ko) {
        if (count <= top) {
            return "";
        }
        return ko ? String.format(", 끊기는 기업 수 상위 %d개", top) : String.format(", the %d cutting off most firms", top);
    }

    private static String groupName(ClusterScheme scheme, int c, Locale locale) {
        return c == Partition.OTHER ? (locale.getLanguage().equals("ko") ? "기타" : "other")
                : scheme.clusters().get(c).displayName(locale);
    }
}
