package org.supracluster.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.supracluster.export.CsvExporter;
import org.supracluster.export.RecordsCsv;
import org.supracluster.model.PatentRecord;
import org.supracluster.model.TradeRecord;
import org.supracluster.store.RecordStore;
import java.util.List;
import org.supracluster.export.GexfWriter;
import org.supracluster.export.GraphMLWriter;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Message;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;
import org.supracluster.store.SchemeRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = SuperclusterCli.Version.class,
        description = "Write the network, or a filtered view of it, as CSV, GraphML or GEXF.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Mixin
    FilterOptions filter;

    @Mixin
    LangOption lang;

    @Option(names = "--format", required = true, paramLabel = "csv|graphml|gexf", description = "Output format.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "Output file (graphml, gexf) or folder (csv: firms.csv and links.csv).")
    Path out;

    @Option(names = "--clusters", paramLabel = "NAME", defaultValue = ClusterScheme.DEFAULT_NAME,
            description = "Cluster scheme for --only-clusters (default: ${DEFAULT-VALUE}).")
    String schemeName;

    @Option(names = "--with-records", description = "With csv: also write the records behind the shown links, "
            + "patents.csv and trades.csv, with aliases.csv, in the shapes the import reads.")
    boolean withRecords;

    @Override
    public Integer call() throws IOException {
        String fmt = format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!fmt.equals("csv") && !fmt.equals("graphml") && !fmt.equals("gexf")) {
            throw new UserError(lang.messages().format("cli.export.badFormat", Message.quoted(format)));
        }
        if (withRecords && !fmt.equals("csv")) {
            throw new UserError(lang.messages().get("cli.export.recordsNeedCsv"));
        }
        NetworkView view;
        List<PatentRecord> patents = List.of();
        List<TradeRecord> trades = List.of();
        java.util.Map<String, String> aliases = new java.util.LinkedHashMap<>();
        try (Database d = db.openExisting()) {
            ClusterScheme scheme = SchemeRepository.of(d).load(schemeName)
                    .orElseThrow(() -> new UserError(lang.messages().format("cli.scheme.notFoundIn",
                            Message.quoted(schemeName), db.path())));
            Network n = NetworkStore.of(d).load();
            view = NetworkView.of(n, filter.toFilter(scheme, spec.commandLine(), lang.messages()));
            if (withRecords) {
                patents = RecordStore.of(d).patents();
                trades = RecordStore.of(d).trades();
                NetworkStore.of(d).aliases().forEach(a -> aliases.put(a.alias(), a.firmId()));
            }
        }
        if (fmt.equals("csv")) {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new UserError(lang.messages().format("cli.export.outNotFolder", out));
            }
            CsvExporter.write(view, out);
            if (withRecords) {
                RecordsCsv.write(view, patents, trades, aliases, out);
            }
        } else {
            // Write beside the target and move into place: a failed export never leaves half a file.
            org.supracluster.export.FilesAside.write(out, os -> {
                if (fmt.equals("graphml")) {
                    new GraphMLWriter().write(view, os);
                } else {
                    new GexfWriter().write(view, os);
                }
            });
        }
        spec.commandLine().getOut().println(lang.messages().format("cli.export.done",
                Integer.toString(view.shownFirmCount()), Integer.toString(view.shownLinkCount()), out));
        return SuperclusterCli.OK;
    }
}
