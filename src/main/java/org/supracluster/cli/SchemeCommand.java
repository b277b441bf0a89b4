package org.supracluster.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.supracluster.export.Table;
import org.supracluster.ingest.ImportReport;
import org.supracluster.ingest.SchemeCsv;
import org.supracluster.ingest.TextDecoder;
import org.supracluster.model.Message;
import org.supracluster.model.Messages;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Region;
import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;
import org.supracluster.store.SchemeRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "scheme", mixinStandardHelpOptions = true, versionProvider = SuperclusterCli.Version.class,
        description = "Cluster schemes: list, show, or import one from CSV (region,cluster or id,cluster).",
        subcommands = {SchemeCommand.ListSchemes.class, SchemeCommand.Show.class, SchemeCommand.Import.class})
final class SchemeCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Names of the stored schemes.")
    static final class ListSchemes implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Mixin
        LangOption lang;

        @Override
        public Integer call() {
            try (Database d = db.openExisting()) {
                for (String name : SchemeRepository.of(d).names()) {
                    ClusterScheme s = SchemeRepository.of(d).load(name).orElseThrow();
                    spec.commandLine().getOut().println(lang.messages().format("cli.scheme.listed", name,
                            Integer.toString(s.clusterCount())));
                }
            }
            return SuperclusterCli.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "The clusters of a scheme and their provinces.")
    static final class Show implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Parameters(paramLabel = "NAME", defaultValue = ClusterScheme.DEFAULT_NAME, description = "Scheme name.")
        String name;

        @Option(names = "--lang", paramLabel = "ko|en", description = "Language of names (default: the system's).")
        String lang;

        @Override
        public Integer call() {
            Locale locale = Lang.locale(lang);
            Messages m = Messages.of(locale);
            ClusterScheme s;
            try (Database d = db.openExisting()) {
                s = SchemeRepository.of(d).load(name).orElseThrow(() -> new UserError(m.format("cli.scheme.notFound",
                        Message.quoted(name), String.join(", ", SchemeRepository.of(d).names()))));
            }
            Table t = new Table(m.get("cli.scheme.cluster"), m.get("cli.scheme.provinces"), m.get("cli.scheme.singleFirms"));
            for (int c = -1; c < s.clusterCount(); c++) {
                List<String> provinces = new ArrayList<>();
                for (Region r : Region.values()) {
                    if (s.clusterOf(r) == c) {
                        provinces.add(r.displayName(locale));
                    }
                }
                final int cluster = c;
                long firms = s.firmClusters().values().stream().filter(x -> x == cluster).count();
                String label = c < 0 ? m.get("cli.info.other") : s.clusters().get(c).displayName(locale);
                t.row(label, String.join(", ", provinces), firms);
            }
            t.print(spec.commandLine().getOut());
            return SuperclusterCli.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Store a scheme read from CSV: region,cluster[,cluster_ko] or id,cluster[,cluster_ko].")
    static final class Import implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption db;

        @Parameters(paramLabel = "FILE", description = "The scheme's CSV file.")
        Path file;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Name to store it under.")
        String name;

        @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "auto",
                description = "auto, utf-8 or cp949 (default: ${DEFAULT-VALUE}).")
        String encoding;

        @Option(names = "--replace", description = "Replace a stored scheme of the same name.")
        boolean replace;

        @Mixin
        LangOption lang;

        @Override
        public Integer call() {
            Messages m = lang.messages();
            if (name.strip().equals(ClusterScheme.DEFAULT_NAME)) {
                throw new UserError(m.format("cli.scheme.default", Message.quoted(ClusterScheme.DEFAULT_NAME)));
            }
            Charset cs;
            try {
                cs = TextDecoder.charsetFor(encoding).orElse(null);
            } catch (IllegalArgumentException e) {
                throw new UserError(m.format("ingest.encoding.unknown", Message.quoted(encoding)));
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Database d = db.openForWriting()) {
                SchemeRepository schemes = SchemeRepository.of(d);
                if (!replace && schemes.names().contains(name.strip())) {
                    throw new UserError(m.format("cli.scheme.exists", Message.quoted(name.strip())));
                }
                Map<String, String> firms = NetworkStore.of(d).firmNames();
                ImportReport report = new ImportReport();
                Optional<ClusterScheme> s = SchemeCsv.read(file, name, cs, firms.keySet(), report);
                report.errors().forEach(p -> err.println(p.toString(m)));
                List<String> lines = report.lines(m);
                lines.subList(report.errors().size(), lines.size()).forEach(out::println);
                if (s.isEmpty()) {
                    err.println(m.get("cli.scheme.notStored"));
                    return SuperclusterCli.BAD_INPUT;
                }
                schemes.save(s.get());
                out.println(m.format("cli.scheme.stored", Message.quoted(s.get().name()),
                        Integer.toString(s.get().clusterCount()), Integer.toString(s.get().regionClusters().size()),
                        Integer.toString(s.get().firmClusters().size())));
            }
            return SuperclusterCli.OK;
        }
    }
}
