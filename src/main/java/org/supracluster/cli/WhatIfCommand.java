package org.supracluster.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.WhatIf;
import org.supracluster.export.Table;
import org.supracluster.model.Network;
import org.supracluster.store.Database;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "whatif", mixinStandardHelpOptions = true, versionProvider = SuperclusterCli.Version.class,
        description = "Remove a firm or a whole cluster and see what breaks: the largest connected component, "
                + "inter-cluster links, and the cluster pairs that lose every link.")
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
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Mixin
    PartitionOptions partition;

    @Override
    public Integer call() {
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
}
