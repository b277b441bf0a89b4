package org.supracluster.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.supracluster.ingest.FileKind;
import org.supracluster.ingest.Importer;
import org.supracluster.ingest.TextDecoder;
import org.supracluster.store.Database;
import org.supracluster.store.ImportCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = SuperclusterCli.Version.class,
        description = {
    "Import firms, links, patents, trades (CSV), GraphML or GEXF files into a database.",
    "All files are checked first; on any error nothing is stored. Importing the same files again changes nothing."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "Kind of every file: firms, links, patents, trades, graphml, gexf (default: from the "
                    + "header or extension).")
    String kind;

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "auto",
            description = "Text encoding of the CSV files: auto, utf-8 or cp949 (EUC-KR). Default: ${DEFAULT-VALUE}.")
    String encoding;

    @Option(names = "--trade-weight", paramLabel = "amount|count", defaultValue = "amount",
            description = "Weight of a trade link from trades.csv: the summed amount or the number of rows.")
    String tradeWeight;

    @Option(names = "--synthetic", description = "Mark the database's data as synthetic.")
    boolean synthetic;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
    List<Path> files;

    @Override
    public Integer call() {
        FileKind k = null;
        if (kind != null) {
            k = FileKind.parse(kind).orElseThrow(() -> new UserError("unknown kind '" + kind
                    + "' (use firms, links, patents, trades, graphml or gexf)."));
        }
        Charset cs;
        try {
            cs = TextDecoder.charsetFor(encoding).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (!tradeWeight.equalsIgnoreCase("amount") && !tradeWeight.equalsIgnoreCase("count")) {
            throw new UserError("--trade-weight takes amount or count, not '" + tradeWeight + "'.");
        }
        Importer.Options options = new Importer.Options(cs, k, tradeWeight.equalsIgnoreCase("count"),
                synthetic ? Map.of("synthetic", "true") : Map.of());
        Importer.Result r;
        try (Database d = db.openForWriting()) {
            r = Importer.importFiles(d, files, options);
        }
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        for (String line : r.report().lines()) {
            (line.startsWith("error") ? err : out).println(line);
        }
        if (!r.stored()) {
            err.printf("Nothing was stored: %d error(s), %d warning(s). The database %s is as it was.%n",
                    r.report().errorCount(), r.report().warningCount(), db.path());
            return SuperclusterCli.BAD_INPUT;
        }
        ImportCounts c = r.counts();
        out.printf("Imported %d row(s) into %s: firms %d added, %d updated, %d unchanged; links %d added, "
                        + "%d updated, %d unchanged; %d warning(s).%n", r.rows(), db.path(), c.firmsAdded(),
                c.firmsUpdated(), c.firmsUnchanged(), c.linksAdded(), c.linksUpdated(), c.linksUnchanged(),
                r.report().warningCount());
        if (r.rows() == 0) {
            out.println("The files hold no data rows: nothing changed.");
        } else if (c.changedNothing()) {
            out.println("These files were already imported: nothing changed.");
        }
        return SuperclusterCli.OK;
    }
}
