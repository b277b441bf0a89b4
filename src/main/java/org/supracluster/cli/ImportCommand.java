package org.supracluster.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.supracluster.ingest.FileKind;
import org.supracluster.ingest.HeaderNames;
import org.supracluster.export.ResultTable;
import org.supracluster.ingest.UnmatchedCsv;
import org.supracluster.ingest.UnmatchedNames;
import org.supracluster.model.Message;
import org.supracluster.model.Messages;
import org.supracluster.model.Placement;
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
    "Import firms, links, patents, trades, aliases (CSV or Excel .xlsx), GraphML or GEXF files into a database.",
    "Headers may be English or Korean (기업명, 사업자등록번호, 주소, 출원번호, 출원인, 공급사 …).",
    "All files are checked first; on any error nothing is stored. Importing the same files again changes nothing."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "Kind of every file: firms, links, patents, trades, aliases, graphml, gexf (default: from "
                    + "the header or extension).")
    String kind;

    @Option(names = "--column", paramLabel = "FIELD=HEADER",
            description = "Read the column HEADER as FIELD (repeatable), e.g. --column amount=공급가액 "
                    + "--column supplier=판매처. Fields: id, name, brn, region, city, address, lat, lon, segment, employees, patent_id, year, applicants, title, ipc, supplier, customer, amount, alias, firm, source, target, type, weight.")
    Map<String, String> columns = new java.util.LinkedHashMap<>();

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of the .xlsx files to read "
            + "(default: the first).")
    String sheet;

    @Option(names = "--strict", description = "Refuse patent or trade records naming a party that matches no firm "
            + "(default: leave those parties out and list them).")
    boolean strict;

    @Option(names = "--unmatched-out", paramLabel = "FILE", description = "Write the names that matched no firm, "
            + "with their record counts, years and similar firm names, to this CSV file.")
    Path unmatchedOut;

    @Option(names = "--patent-weight", paramLabel = "count|fractional", defaultValue = "count",
            description = "Weight of a co-patent link: the number of joint patents, or fractional (1/(n-1) per pair "
                    + "of an n-applicant patent). Default: ${DEFAULT-VALUE}.")
    String patentWeight;

    @Option(names = "--dry-run", description = "Check everything and report what would change; store nothing.")
    boolean dryRun;

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "auto",
            description = "Text encoding of the CSV files: auto, utf-8 or cp949 (EUC-KR). Default: ${DEFAULT-VALUE}.")
    String encoding;

    @Option(names = "--trade-weight", paramLabel = "amount|count", defaultValue = "amount",
            description = "Weight of a trade link from trades.csv: the summed amount or the number of rows.")
    String tradeWeight;

    @Option(names = "--synthetic", description = "Mark the database's data as synthetic.")
    boolean synthetic;

    @Option(names = "--lang", paramLabel = "ko|en", description = "Language of the messages (default: the system's).")
    String lang;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
    List<Path> files;

    @Override
    public Integer call() {
        Messages m = Messages.of(Lang.locale(lang));
        FileKind k = null;
        if (kind != null) {
            k = FileKind.parse(kind).orElseThrow(() -> new UserError(m.format("cli.import.badKind",
                    Message.quoted(kind))));
        }
        Charset cs;
        try {
            cs = TextDecoder.charsetFor(encoding).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new UserError(m.format("ingest.encoding.unknown", Message.quoted(encoding)));
        }
        if (!tradeWeight.equalsIgnoreCase("amount") && !tradeWeight.equalsIgnoreCase("count")) {
            throw new UserError(m.format("cli.import.badTradeWeight", Message.quoted(tradeWeight)));
        }
        if (!patentWeight.equalsIgnoreCase("count") && !patentWeight.equalsIgnoreCase("fractional")) {
            throw new UserError(m.format("cli.import.badPatentWeight", Message.quoted(patentWeight)));
        }
        HeaderNames names;
        try {
            names = HeaderNames.mapping(columns);
        } catch (IllegalArgumentException e) {
            String field = columns.keySet().stream().filter(f -> HeaderNames.field(f).isEmpty()).findFirst().orElse("");
            throw new UserError(m.format("cli.import.badColumn", HeaderNames.unknownField(field)));
        }
        Importer.Options options = new Importer.Options(cs, k, tradeWeight.equalsIgnoreCase("count"),
                synthetic ? Map.of("synthetic", "true") : Map.of()).withColumns(names).withSheet(sheet)
                .withStrict(strict).withFractionalPatents(patentWeight.equalsIgnoreCase("fractional"))
                .withDryRun(dryRun);
        Importer.Result r;
        try (Database d = db.openForWriting()) {
            r = Importer.importFiles(d, files, options);
        }
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        r.report().errors().forEach(p -> err.println(p.toString(m)));
        List<String> lines = r.report().lines(m);
        // After the errors: how many more errors were found than listed, the warnings, how many more.
        lines.subList(r.report().errors().size(), lines.size()).forEach(out::println);
        printUnmatched(r, out, m);
        printPlacements(r, out, m);
        if (unmatchedOut != null && !r.unmatched().isEmpty()) {
            try {
                ResultTable.of("unmatched", UnmatchedCsv.HEADER, UnmatchedCsv.rows(r.unmatched()))
                        .writeCsv(unmatchedOut);
                out.println(m.format("cli.import.unmatchedWritten", Integer.toString(r.unmatched().size()),
                        unmatchedOut));
            } catch (java.io.IOException e) {
                err.println(m.format("cli.import.unmatchedNotWritten", unmatchedOut, e.getMessage()));
            }
        }
        if (!r.valid()) {
            err.println(m.format("cli.import.nothingStored", Long.toString(r.report().errorCount()),
                    Long.toString(r.report().warningCount()), db.path()));
            return SuperclusterCli.BAD_INPUT;
        }
        ImportCounts c = r.counts();
        // Counts as plain digits ("1234"), as the command line has always written them.
        out.println(m.format(r.dryRun() ? "cli.import.wouldImport" : "cli.import.imported", plain(r.rows()), db.path(),
                plain(c.firmsAdded()), plain(c.firmsUpdated()), plain(c.firmsUnchanged()), plain(c.linksAdded()),
                plain(c.linksUpdated()), plain(c.linksUnchanged()), plain(r.report().warningCount())));
        if (r.dryRun()) {
            out.println(m.get("cli.import.dryRunNothingStored"));
        } else if (r.rows() == 0) {
            out.println(m.get("import.summary.noRows"));
        } else if (c.changedNothing()) {
            out.println(m.get("import.summary.unchanged"));
        }
        return SuperclusterCli.OK;
    }

    /** The unmatched names as a small table: name, records, years, did you mean. */
    /** A count as the command line writes it: digits only. */
    private static String plain(long n) {
        return Long.toString(n);
    }

    private static void printUnmatched(Importer.Result r, java.io.PrintWriter out, Messages m) {
        if (r.unmatched().isEmpty()) {
            return;
        }
        out.println(m.format("cli.import.unmatched", plain(r.unmatched().size())));
        int shown = 0;
        for (UnmatchedNames.Name n : r.unmatched()) {
            if (shown++ == 50) {
                out.println("  " + m.format("cli.import.unmatchedMore", plain(r.unmatched().size() - 50L)));
                break;
            }
            out.printf("  %s | %d | %s | %s%n", n.name(), n.records(), UnmatchedCsv.years(n.years()),
                    n.didYouMean().isEmpty() ? "-" : String.join(", ", n.didYouMean()));
        }
    }

    private static void printPlacements(Importer.Result r, java.io.PrintWriter out, Messages m) {
        if (r.placements().isEmpty()) {
            return;
        }
        out.println(m.format("cli.import.placed", plain(r.placements().getOrDefault(Placement.GIVEN, 0L)),
                plain(r.placements().getOrDefault(Placement.MUNICIPALITY, 0L)),
                plain(r.placements().getOrDefault(Placement.PROVINCE, 0L))));
    }
}
