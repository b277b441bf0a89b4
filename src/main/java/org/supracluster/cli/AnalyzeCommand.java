package org.supracluster.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.supracluster.analysis.Finding;
import org.supracluster.export.AnalysisTables;
import org.supracluster.export.ResultTable;
import org.supracluster.model.Message;
import org.supracluster.model.Messages;
import org.supracluster.model.Progress;
import org.supracluster.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = SuperclusterCli.Version.class,
        description = {"Cluster roles of the network (or a filtered view), and with --out every table: clusters, "
                + "firms with roles and centralities, inter-cluster matrices, communities, trade vs co-patent, "
                + "geography of links, the E-I permutation test and the finding in words."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Mixin
    FilterOptions filter;

    @Mixin
    PartitionOptions partition;

    @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}); csv and json need --out unless printing one table.")
    String format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write every table into this folder.")
    Path out;

    @Option(names = "--permutations", defaultValue = "" + AnalysisTables.PERMUTATIONS_DEFAULT,
            description = "Permutations of the E-I and QAP tests (default: ${DEFAULT-VALUE}).")
    int permutations;

    @Option(names = "--betweenness", paramLabel = "auto|exact", defaultValue = "auto",
            description = "auto: exact up to 20,000 shown firms, sampled pivots (with the error stated) above; "
                    + "exact: always exact (minutes at 100,000 firms; progress on standard error).")
    String betweenness;

    @Override
    public Integer call() throws IOException {
        Messages m = Messages.of(Lang.locale(partition.lang));
        String fmt = format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("text", "csv", "json").contains(fmt)) {
            throw new UserError(m.format("cli.analyze.badFormat", Message.quoted(format)));
        }
        AnalysisTables.BetweennessMode mode = switch (betweenness.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> AnalysisTables.BetweennessMode.AUTO;
            case "exact" -> AnalysisTables.BetweennessMode.EXACT;
            default -> throw new UserError(m.format("cli.analyze.badBetweenness", Message.quoted(betweenness)));
        };
        if (permutations < 1 || permutations > 1_000_000) {
            throw new UserError(m.get("cli.permutations.range"));
        }
        Locale locale = Lang.locale(partition.lang);
        AnalysisTables tables;
        try (Database d = db.openExisting()) {
            PartitionOptions.Prepared p = partition.prepare(d, filter, spec.commandLine());
            tables = new AnalysisTables(p.graph(), p.chosen().scheme(), p.chosen().partition(), locale,
                    partition.seed, permutations, partition.weightedCommunities());
        }
        PrintWriter o = spec.commandLine().getOut();
        ResultTable clusterTable = tables.clusters();
        if (out == null && !fmt.equals("text")) {
            // One table on standard output, for pipes.
            if (fmt.equals("json")) {
                o.println(clusterTable.json());
            } else {
                Path tmp = Files.createTempFile("clusters", ".csv");
                try {
                    clusterTable.writeCsv(tmp);
                    o.print(Files.readString(tmp).replace("\uFEFF", ""));
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            return SuperclusterCli.OK;
        }
        clusterTable.printText(o, "cluster", "firms", "internal", "external", "ei_index", "density",
                "internal_share", "external_share", "role", "partners");
        o.println(tables.fairShareNote());
        o.println();
        for (Finding finding : tables.findings()) {
            o.println(finding.text(locale));
        }
        if (out != null) {
            Files.createDirectories(out);
            List<ResultTable> all = tables.everyTable(mode, new ConsoleProgress(spec.commandLine().getErr()),
                    Progress.NONE);
            ResultTable.writeAll(all, out, fmt.equals("json"));
            o.println();
            o.println(m.format("cli.analyze.wrote", Integer.toString(all.size()), out));
        }
        return SuperclusterCli.OK;
    }
}
