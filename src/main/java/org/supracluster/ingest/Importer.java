package org.supracluster.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.supracluster.model.Message;
import org.supracluster.model.Messages;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Placement;
import org.supracluster.model.Progress;
import org.supracluster.store.Database;
import org.supracluster.store.ImportCounts;
import org.supracluster.store.ImportLogEntry;
import org.supracluster.store.LinkTable;
import org.supracluster.store.NetworkStore;

/**
 * Imports files into a database: reads and validates every file first (firm files before link
 * files, so links may name firms of the same import), and stores nothing if any error was found;
 * otherwise stores everything in one transaction and logs it. Warnings are applied and reported.
 */
public final class Importer {

    /**
     * How to read the files.
     *
     * @param encoding the text encoding, or {@code null} to detect it
     * @param kind the kind of every file, or {@code null} to recognise each
     * @param tradeWeightIsCount whether a trade link's weight is the count of rows rather than the summed amount
     * @param metadata database metadata to set with the import (e.g. {@code synthetic=true})
     * @param columns how headers name fields (the standard names plus the user's {@code --column} mapping)
     * @param sheet the sheet of a spreadsheet to read, or {@code null} for the first
     * @param strict whether a party of a raw record that matches no firm is an error (else left out and listed)
     * @param fractionalPatents whether a co-patent pair of an n-applicant patent weighs 1/(n−1) (else 1)
     * @param dryRun whether to check and count everything and store nothing
     */
    public record Options(Charset encoding, FileKind kind, boolean tradeWeightIsCount, Map<String, String> metadata,
                          HeaderNames columns, String sheet, boolean strict, boolean fractionalPatents,
                          boolean dryRun) {
        public Options {
            metadata = Map.copyOf(metadata);
            columns = columns == null ? HeaderNames.standard() : columns;
        }

        public Options(Charset encoding, FileKind kind, boolean tradeWeightIsCount, Map<String, String> metadata) {
            this(encoding, kind, tradeWeightIsCount, metadata, HeaderNames.standard(), null, false, false, false);
        }

        public static Options defaults() {
            return new Options(null, null, false, Map.of());
        }

        public Options withColumns(HeaderNames c) {
            return new Options(encoding, kind, tradeWeightIsCount, metadata, c, sheet, strict, fractionalPatents, dryRun);
        }

        public Options withSheet(String s) {
            return new Options(encoding, kind, tradeWeightIsCount, metadata, columns, s, strict, fractionalPatents, dryRun);
        }

        public Options withStrict(boolean b) {
            return new Options(encoding, kind, tradeWeightIsCount, metadata, columns, sheet, b, fractionalPatents, dryRun);
        }

        public Options withFractionalPatents(boolean b) {
            return new Options(encoding, kind, tradeWeightIsCount, metadata, columns, sheet, strict, b, dryRun);
        }

        public Options withDryRun(boolean b) {
            return new Options(encoding, kind, tradeWeightIsCount, metadata, columns, sheet, strict, fractionalPatents, b);
        }
    }

    /**
     * What an import did.
     *
     * @param counts what changed (or, for a dry run, what would have changed), or {@code null}
     *               when errors stopped the import
     * @param rows data rows (or XML nodes and edges) read
     * @param unmatched the parties of raw records that matched no firm, most records first
     * @param placements how the firms of this import's firm files were placed, by placement
     * @param dryRun whether nothing was stored by design
     */
    public record Result(ImportReport report, ImportCounts counts, long rows, List<UnmatchedNames.Name> unmatched,
                         Map<Placement, Long> placements, boolean dryRun) {
        public Result {
            unmatched = List.copyOf(unmatched);
            placements = Map.copyOf(placements);
        }

        public Result(ImportReport report, ImportCounts counts, long rows) {
            this(report, counts, rows, List.of(), Map.of(), false);
        }

        /** Whether the data is now in the database (never for a dry run). */
        public boolean stored() {
            return counts != null && !dryRun;
        }

        /** Whether the files passed every check (stored, or would have been by a dry run). */
        public boolean valid() {
            return counts != null;
        }
    }

    /**
     * One file to read: its kind and decoded text, and the CSV reader opened to recognise its
     * kind ({@code null} when the kind was given or told by the extension).
     */
    private record Source(Path path, FileKind kind, String text, CsvRows csv, HeaderNames columns) {
        /** The CSV reader of this file, opened now unless recognising its kind already did. */
        Optional<CsvRows> open(ImportReport report) {
            return csv != null ? Optional.of(csv) : CsvRows.open(name(path), text, columns, report);
        }
    }

    private Importer() {
    }

    public static Result importFiles(Database db, List<Path> files, Options options) {
        return importFiles(db, files, options, Progress.NONE);
    }

    /**
     * Imports as {@link #importFiles(Database, List, Options)}, asking {@code progress} between files
     * and once more just before the commit; when it is cancelled, nothing is stored and
     * {@link Progress.Cancelled} (a {@link java.util.concurrent.CancellationException}) is thrown.
     * Once the commit has begun the import runs to its end, so a caller that asked to stop learns
     * from the result whether the data was stored after all.
     */
    public static Result importFiles(Database db, List<Path> files, Options options, Progress progress) {
        return importFiles(db, files, options, Map.of(), progress);
    }

    /**
     * Imports as {@link #importFiles(Database, List, Options, Progress)}, each file of
     * {@code reading} read with its own options (the import dialog's kind, encoding, sheet and
     * columns chosen per file). Only how a file is read comes from there; everything else (strict,
     * weights, metadata, dry run) comes from {@code options}, as do the other files' reading.
     */
    public static Result importFiles(Database db, List<Path> files, Options options, Map<Path, Options> reading,
                                     Progress progress) {
        try (ImportThreads threads = new ImportThreads()) {
            return importFiles(db, files, options, reading, progress, threads);
        }
    }

    private static Result importFiles(Database db, List<Path> files, Options options, Map<Path, Options> reading,
                                      Progress progress, ImportThreads threads) {
        ImportReport report = new ImportReport();
        NetworkStore store = NetworkStore.of(db);
        long[] rows = {0};
        List<Source> sources = new ArrayList<>();
        for (Path p : files) {
            progress.checkCancelled();
            classify(p, reading.getOrDefault(p, options), report).ifPresent(sources::add);
        }
        // A links file's rows need no firm list until their ends are looked up: parse them on a
        // second thread while the firm files are read (the two largest steps of a big import).
        Map<Source, CompletableFuture<LinksCsv.ParsedLinks>> parsedLinks = new IdentityHashMap<>();
        for (Source s : sources) {
            if (s.kind() == FileKind.LINKS) {
                parsedLinks.put(s, CompletableFuture.supplyAsync(() -> s.open(report)
                        .map(csv -> LinksCsv.parseLinks(csv, name(s.path()))).orElse(null), threads.links()));
            }
        }
        Map<String, Firm> firms = new LinkedHashMap<>();
        // Which file gave a firm, for the warning when a later file gives it again: the firms of
        // the first firm file are not listed (100,000 entries for nothing in a one-file import).
        Map<String, String> firmFile = new HashMap<>();
        String firstFirmFile = null;
        Map<String, String> rejectedFirms = new LinkedHashMap<>();
        List<LinkCollector.Collected> linkSets = new ArrayList<>();
        List<String> linkFiles = new ArrayList<>();
        for (Source s : sources) {
            if (!s.kind().definesFirms()) {
                continue;
            }
            progress.checkCancelled();
            String name = name(s.path());
            FirmFile data = readFirmFile(s, report, rows);
            boolean first = firstFirmFile == null;
            if (first) {
                firstFirmFile = name;
            }
            for (int i = 0; i < data.firms().size(); i++) {
                Firm f = data.firms().get(i);
                String earlier = first ? null : firmFile.put(f.id(), name);
                if (earlier == null) {
                    earlier = firstFirmFile;
                }
                if (firms.put(f.id(), f) != null) {
                    report.warning(name, data.line(i), "id", Message.of("ingest.firm.inTwoFiles",
                            Message.quoted(f.id()), earlier, Message.either("this file's values", "이 파일의 값을")));
                }
            }
            rejectedFirms.putAll(data.rejected());
            if (!data.links().links().isEmpty()) {
                linkSets.add(data.links());
                linkFiles.add(name);
            }
        }
        FirmDirectory directory = new FirmDirectory();
        store.firmIdentities().forEach(f -> directory.add(f.id(), f.name(), f.brn()));
        rejectedFirms.forEach(directory::add);
        firms.values().forEach(f -> directory.add(f.id(), f.name(), f.brn()));
        store.aliases().forEach(a -> directory.alias(a.alias(), a.firmId()));
        List<NetworkStore.Alias> aliases = new ArrayList<>();
        for (Source s : sources) {
            if (s.kind() == FileKind.ALIASES) {
                progress.checkCancelled();
                s.open(report).ifPresent(csv -> {
                    aliases.addAll(AliasRows.read(csv, name(s.path()), directory, report));
                    rows[0] += csv.rowCount();
                });
            }
        }
        // With the firm files read and valid, their firms are written (inside the import's one
        // transaction) while the links are checked; an error found later rolls it all back.
        RawContext raw = new RawContext(new LinkRows.RawRules(options.strict(), options.fractionalPatents()),
                directory, firms.values(), aliases);
        NetworkStore.Writer writer = report.hasErrors() ? null : store.writer();
        CompletableFuture<Void> firmsWritten = writer == null ? null
                : CompletableFuture.runAsync(() -> writer.firms(List.copyOf(firms.values())), threads.writer());
        try {
            return checkLinksAndStore(sources, parsedLinks, raw, options, report, rows, linkSets, linkFiles,
                    files, writer, firmsWritten, progress);
        } finally {
            if (writer != null) {
                // The connection is used by one thread at a time: let the firm step finish first.
                firmsWritten.handle((ok, e) -> null).join();
                writer.close();
            }
        }
    }

    private static Result checkLinksAndStore(List<Source> sources,
                                             Map<Source, CompletableFuture<LinksCsv.ParsedLinks>> parsedLinks,
                                             RawContext raw, Options options, ImportReport report,
                                             long[] rows, List<LinkCollector.Collected> linkSets,
                                             List<String> linkFiles, List<Path> files, NetworkStore.Writer writer,
                                             CompletableFuture<Void> firmsWritten, Progress progress) {
        FirmDirectory directory = raw.directory();
        for (Source s : sources) {
            if (s.kind().definesFirms() || s.kind() == FileKind.ALIASES) {
                continue;
            }
            progress.checkCancelled();
            String name = name(s.path());
            if (s.kind() == FileKind.LINKS) {
                LinksCsv.ParsedLinks parsed = parsedLinks.get(s).join();
                if (parsed != null) {
                    linkSets.add(LinksCsv.resolve(parsed, directory, report));
                    linkFiles.add(name);
                    rows[0] += parsed.rowCount();
                }
                continue;
            }
            Optional<CsvRows> csv = s.open(report);
            if (csv.isEmpty()) {
                continue;
            }
            LinkCollector.Collected links = switch (s.kind()) {
                case PATENTS -> LinkRows.patents(csv.get(), name, directory, raw.rules(), report);
                case TRADES -> LinkRows.trades(csv.get(), name, directory,
                        options.tradeWeightIsCount() ? LinkRows.TradeWeight.COUNT : LinkRows.TradeWeight.AMOUNT,
                        raw.rules(), report);
                default -> throw new IllegalStateException(s.kind().toString());
            };
            rows[0] += csv.get().rowCount();
            linkSets.add(links);
            linkFiles.add(name);
        }
        List<UnmatchedNames.Name> unmatched = raw.rules().unmatched().list(directory);
        // One warning per file, each counting its own names: a patents file and a trades file
        // imported together each tell what they left out.
        Map<String, List<UnmatchedNames.Name>> byFile = new java.util.LinkedHashMap<>();
        unmatched.forEach(n -> byFile.computeIfAbsent(n.file(), f -> new ArrayList<>()).add(n));
        byFile.forEach((file, names) -> report.warning(file, 0, null, Message.of("ingest.unmatched.summary",
                Integer.toString(names.size()),
                Long.toString(names.stream().mapToLong(UnmatchedNames.Name::records).sum()))));
        Map<Placement, Long> placements = raw.placements();
        if (report.hasErrors()) {
            return new Result(report, null, rows[0], unmatched, placements, options.dryRun());
        }
        LinkTable links = mergeAcrossFiles(linkSets, linkFiles, report);
        List<String> names = files.stream().map(p -> p.toAbsolutePath().toString()).toList();
        ImportLogEntry log = new ImportLogEntry(Instant.now(), names, rows[0], ImportCounts.NONE,
                report.warningCount(), report.lines());
        try {
            firmsWritten.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
        progress.checkCancelled();
        if (!raw.aliases().isEmpty()) {
            writer.aliases(raw.aliases());
        }
        // The records change none of the counts a dry run reports: a dry run need not write them.
        if (!options.dryRun() && (!raw.rules().patents().isEmpty() || !raw.rules().trades().isEmpty())) {
            writer.records(raw.rules().patents(), raw.rules().trades());
        }
        ImportCounts counts = options.dryRun() ? writer.linksWithoutCommit(links, log, options.metadata())
                : writer.linksAndCommit(links, log, options.metadata());
        return new Result(report, counts, rows[0], unmatched, placements, options.dryRun());
    }

    /** What the raw-record readers share: their rules, the firms they match against, the aliases to store. */
    private record RawContext(LinkRows.RawRules rules, FirmDirectory directory, java.util.Collection<Firm> firms,
                              List<NetworkStore.Alias> aliases) {
        Map<Placement, Long> placements() {
            Map<Placement, Long> out = new java.util.EnumMap<>(Placement.class);
            firms.forEach(f -> out.merge(f.placement(), 1L, Long::sum));
            return out;
        }
    }

    /** What a firm-defining file gave: valid firms with their lines (0 when unknown), rejected ids, links. */
    private record FirmFile(List<Firm> firms, long[] lines, Map<String, String> rejected,
                            LinkCollector.Collected links) {
        long line(int i) {
            return i < lines.length ? lines[i] : 0;
        }
    }

    private static Optional<Source> classify(Path p, Options options, ImportReport report) {
        String name = name(p);
        if (!Files.isRegularFile(p)) {
            report.error(name, 0, null, Files.exists(p) ? Message.of("ingest.file.notAFile")
                    : Message.of("ingest.file.missing", p.toAbsolutePath()));
            return Optional.empty();
        }
        Optional<FileKind> kind = Optional.ofNullable(options.kind()).or(() -> FileKind.byExtension(p));
        if (kind.isPresent() && (kind.get() == FileKind.GRAPHML || kind.get() == FileKind.GEXF)) {
            return Optional.of(new Source(p, kind.get(), null, null, options.columns()));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            report.error(name, 0, null, Message.of("ingest.file.unreadable", e.getMessage()));
            return Optional.empty();
        }
        if (isSpreadsheet(p, bytes)) {
            // A workbook (or an old .xls, which the reader names as such): its sheet is a table like a CSV's.
            Optional<CsvRows> sheet = XlsxSheet.read(p, options.sheet(), name, report)
                    .flatMap(rows -> CsvRows.ofSheet(name, rows, options.columns(), report));
            if (sheet.isEmpty()) {
                return Optional.empty();
            }
            return kindOf(p, kind, sheet.get(), report).map(k -> new Source(p, k, null, sheet.get(),
                    options.columns()));
        }
        Optional<TextDecoder.Decoded> text = TextDecoder.decode(bytes, options.encoding(), name, report);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        CsvRows csv = null;
        if (kind.isEmpty()) {
            // Opened with the real report: an empty file or a broken header is reported as what it is.
            Optional<CsvRows> opened = CsvRows.open(name, text.get().text(), options.columns(), report);
            if (opened.isEmpty()) {
                return Optional.empty();
            }
            csv = opened.get();
            kind = kindOf(p, kind, csv, report);
            if (kind.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Source(p, kind.get(), text.get().text(), csv, options.columns()));
    }

    /** The kind given or told by the extension, else by the table's header, else by the file name. */
    private static Optional<FileKind> kindOf(Path p, Optional<FileKind> given, CsvRows csv, ImportReport report) {
        if (given.isPresent()) {
            return given;
        }
        String name = name(p);
        Optional<FileKind> kind = FileKind.of(csv.keys(), p);
        if (kind.isEmpty()) {
            report.error(name, csv.headerLine(), null, Message.of("ingest.file.unknownKind",
                    String.join(", ", csv.header())));
        }
        return kind;
    }

    /**
     * Whether the file is a spreadsheet: named .xlsx, .xlsm or .xls, or starting as a zip or an
     * OLE2 compound file does (a workbook saved under another name); {@link XlsxSheet} then says
     * plainly what it is if it is no .xlsx workbook.
     */
    static boolean isSpreadsheet(Path p, byte[] bytes) {
        String n = name(p).toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls")) {
            return true;
        }
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        boolean ole2 = bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0;
        return zip || ole2;
    }

    private static FirmFile readFirmFile(Source s, ImportReport report, long[] rows) {
        String name = name(s.path());
        switch (s.kind()) {
            case GRAPHML -> {
                ParsedData d = new GraphMLReader().read(s.path(), report);
                rows[0] += d.firms().size() + d.links().size();
                return fromGraph(d);
            }
            case GEXF -> {
                ParsedData d = new GexfReader().read(s.path(), report);
                rows[0] += d.firms().size() + d.links().size();
                return fromGraph(d);
            }
            default -> {
                Optional<CsvRows> csv = s.open(report);
                if (csv.isEmpty()) {
                    return new FirmFile(List.of(), new long[0], Map.of(), LinkCollector.Collected.empty());
                }
                FirmsCsv.Read read = FirmsCsv.read(csv.get(), name, report);
                rows[0] += csv.get().rowCount();
                return new FirmFile(read.firms(), read.lines(), read.rejected(), LinkCollector.Collected.empty());
            }
        }
    }

    private static FirmFile fromGraph(ParsedData d) {
        return new FirmFile(d.firms(), new long[0], Map.of(), LinkCollector.Collected.of(d.links()));
    }

    /** Within one import, a link given again by a later file replaces the earlier one, as a re-import would. */
    private static LinkTable mergeAcrossFiles(List<LinkCollector.Collected> sets, List<String> files,
                                              ImportReport report) {
        if (sets.size() <= 1) {
            return sets.isEmpty() ? LinkTable.of(List.of()) : sets.get(0).table();
        }
        record Key(String s, String t, LinkType type, int year) { }
        Map<Key, Link> merged = new LinkedHashMap<>();
        Map<Key, String> from = new LinkedHashMap<>();
        for (int i = 0; i < sets.size(); i++) {
            List<Link> set = sets.get(i).links();
            long[] lines = sets.get(i).lines();
            for (int j = 0; j < set.size(); j++) {
                Link c = set.get(j).canonical();
                Key k = new Key(c.source(), c.target(), c.type(), c.year());
                String earlier = from.put(k, files.get(i));
                if (merged.put(k, c) != null) {
                    report.warning(files.get(i), j < lines.length ? lines[j] : 0, null, Message.of("ingest.link.inTwoFiles",
                            Message.either(c.type().code(), Messages.KOREAN.get("linkType." + c.type().code())),
                            c.source(), c.target(), c.hasYear() ? " (" + c.year() + ")" : "", earlier,
                            Message.either("this file's weight", "이 파일의 가중치를")));
                }
            }
        }
        return LinkTable.of(merged.values());
    }

    private static String name(Path p) {
        Path f = p.getFileName();
        return f == null ? p.toString() : f.toString();
    }
}
