package org.supracluster.ingest;

import org.supracluster.model.LinkType;
import org.supracluster.model.Message;

/**
 * Reads a {@code links.csv} (source, target, type, weight, year; one row a link) in two steps: the
 * rows are parsed and checked without the firm list ({@link #parseLinks}, which the importer runs
 * while the firm files are read), then their firms are looked up ({@link #resolve}). Rows of the
 * same firms, type and year merge into one link (weights summed), as {@link LinkRows} does for the
 * other link-bearing files.
 */
final class LinksCsv {

    private LinksCsv() {
    }

    /** {@code links.csv}: source,target,type,weight,year. */
    static LinkCollector.Collected links(CsvRows rows, String file, FirmDirectory firms, ImportReport report) {
        return resolve(parseLinks(rows, file), firms, report);
    }

    /**
     * The rows of a {@code links.csv}, checked for everything except whether their firms exist.
     * That part needs no firm list, so the importer does it while the firm files are still being
     * read; {@link #resolve} finishes the job.
     */
    static final class ParsedLinks {
        private final String file;
        private final ImportReport report = new ImportReport();
        private final boolean columnsOk;
        private long rowCount;
        private int size;
        private long[] lines = new long[1024];
        private boolean[] ok = new boolean[1024];
        /** Each row's ends as numbers of the distinct references in {@link #refs}. */
        private int[] sources = new int[1024];
        private int[] targets = new int[1024];
        private LinkType[] types = new LinkType[1024];
        private double[] weights = new double[1024];
        private int[] years = new int[1024];
        /**
         * The distinct references as written: a file of 500,000 links names some 100,000 firms, so
         * each is kept once and later resolved once, not once per row.
         */
        private final TextNumbers refs = new TextNumbers();

        private ParsedLinks(String file, boolean columnsOk) {
            this.file = file;
            this.columnsOk = columnsOk;
        }

        /** Data rows in the file. */
        long rowCount() {
            return rowCount;
        }

        private void append(long line, boolean rowOk, String source, String target, LinkType type, double weight,
                            int year) {
            if (size == lines.length) {
                int cap = size * 2;
                lines = java.util.Arrays.copyOf(lines, cap);
                ok = java.util.Arrays.copyOf(ok, cap);
                sources = java.util.Arrays.copyOf(sources, cap);
                targets = java.util.Arrays.copyOf(targets, cap);
                types = java.util.Arrays.copyOf(types, cap);
                weights = java.util.Arrays.copyOf(weights, cap);
                years = java.util.Arrays.copyOf(years, cap);
            }
            lines[size] = line;
            ok[size] = rowOk;
            sources[size] = refs.number(source);
            targets[size] = refs.number(target);
            types[size] = type;
            weights[size] = weight;
            years[size] = year;
            size++;
        }
    }

    static ParsedLinks parseLinks(CsvRows rows, String file) {
        ImportReport columns = new ImportReport();
        ParsedLinks p = new ParsedLinks(file, LinkRows.requireColumns(rows, file, columns, "source", "target", "type"));
        p.report.addMergedByLine(columns, new ImportReport());
        if (!p.columnsOk) {
            return p;
        }
        ImportReport report = p.report;
        rows.forEach(row -> {
            long line = row.line();
            long errorsBefore = report.errorCount();
            String typeText = row.get("type");
            LinkType type = LinkType.parse(typeText).orElse(null);
            if (type == null) {
                report.error(file, line, "type", typeText.isEmpty() ? Message.of("ingest.link.typeEmpty")
                        : Message.of("ingest.link.typeUnknown", Message.quoted(typeText)));
            }
            double weight = LinkRows.weight(row.get("weight"), "weight", file, line, report);
            int year = LinkRows.year(row.get("year"), file, line, report);
            p.append(line, report.errorCount() == errorsBefore, row.get("source"), row.get("target"), type, weight,
                    year);
        });
        p.rowCount = rows.rowCount();
        return p;
    }

    /** Checks the parsed rows' firms and collects their links; problems go to {@code report} in line order. */
    static LinkCollector.Collected resolve(ParsedLinks p, FirmDirectory firms, ImportReport report) {
        ImportReport firmProblems = new ImportReport();
        LinkCollector out = new LinkCollector(p.size);
        if (p.columnsOk) {
            Ends ends = new Ends(p, firms, out);
            for (int i = 0; i < p.size; i++) {
                long line = p.lines[i];
                long errorsBefore = firmProblems.errorCount();
                int s = ends.firm(p.sources[i], "source", line, firmProblems);
                int t = ends.firm(p.targets[i], "target", line, firmProblems);
                if (firmProblems.errorCount() == errorsBefore && p.ok[i]) {
                    LinkRows.add(out, s, t, "target", p.types[i], p.weights[i], p.years[i], p.file, line, firmProblems, true);
                }
            }
        }
        report.addMergedByLine(firmProblems, p.report);
        return out.collected();
    }

    /**
     * The firms of a parsed links file's references, each resolved on first use (in row order)
     * and remembered: a reference's answer is the same on every row that writes it.
     */
    private static final class Ends {
        private final ParsedLinks parsed;
        private final FirmDirectory firms;
        private final LinkCollector out;
        /** Per reference: its firm's number in {@link #out}, or -1 when it did not resolve. */
        private final int[] firm;
        private final boolean[] done;
        private final Message[] problem;

        Ends(ParsedLinks parsed, FirmDirectory firms, LinkCollector out) {
            this.parsed = parsed;
            this.firms = firms;
            this.out = out;
            int n = parsed.refs.size();
            firm = new int[n];
            done = new boolean[n];
            problem = new Message[n];
        }

        /** The firm of reference {@code ref} as {@link LinkCollector} numbers it, or -1 after an error. */
        int firm(int ref, String column, long line, ImportReport report) {
            if (!done[ref]) {
                String written = parsed.refs.text(ref);
                firm[ref] = -1;
                if (!written.isEmpty()) {
                    FirmDirectory.Resolution r = firms.resolveOnce(FirmsCsv.nfc(written));
                    if (r.id() == null) {
                        problem[ref] = r.problem();
                    } else {
                        firm[ref] = out.intern(r.id());
                    }
                }
                done[ref] = true;
            }
            if (firm[ref] < 0) {
                report.error(parsed.file, line, column, problem[ref] != null ? problem[ref]
                        : Message.of("ingest.link.firmEmpty", column));
            }
            return firm[ref];
        }
    }
}
