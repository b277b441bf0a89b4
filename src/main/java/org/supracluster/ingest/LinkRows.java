package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;

/**
 * Reads the three link-bearing CSV kinds into links: {@code links.csv} (one row a link),
 * {@code patents.csv} (co-applicant records: every pair of applicants of one patent becomes a
 * co-patent link, weight = number of joint patents) and {@code trades.csv} (transactions →
 * trade links, weight = summed amount or number of transactions). Rows of the same firms, type
 * and year merge into one link (weights summed). A patent listed on two rows is one patent: its
 * applicants are combined and each pair counted once.
 */
final class LinkRows {

    /** What a trade link's weight is. */
    enum TradeWeight { AMOUNT, COUNT }

    private LinkRows() {
    }

    /** Reports every required column the header lacks; true when none is missing. */
    static boolean requireColumns(CsvRows rows, String file, ImportReport report, String... columns) {
        boolean ok = true;
        for (String c : columns) {
            if (!rows.has(c)) {
                report.error(file, rows.headerLine(), c, "the required column '" + c + "' is missing from the header "
                        + "(found: " + String.join(", ", rows.header()) + ").");
                ok = false;
            }
        }
        return ok;
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
        private String[] sources = new String[1024];
        private String[] targets = new String[1024];
        private LinkType[] types = new LinkType[1024];
        private double[] weights = new double[1024];
        private int[] years = new int[1024];

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
            sources[size] = source;
            targets[size] = target;
            types[size] = type;
            weights[size] = weight;
            years[size] = year;
            size++;
        }
    }

    static ParsedLinks parseLinks(CsvRows rows, String file) {
        ImportReport columns = new ImportReport();
        ParsedLinks p = new ParsedLinks(file, requireColumns(rows, file, columns, "source", "target", "type"));
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
                report.error(file, line, "type", typeText.isEmpty() ? "the link type is empty (use trade or copatent)."
                        : "unknown link type '" + typeText + "' (use trade or copatent).");
            }
            double weight = weight(row.get("weight"), "weight", file, line, report);
            int year = year(row.get("year"), file, line, report);
            p.append(line, report.errorCount() == errorsBefore, row.get("source"), row.get("target"), type, weight,
                    year);
        });
        p.rowCount = rows.rowCount();
        return p;
    }

    /** Checks the parsed rows' firms and collects their links; problems go to {@code report} in line order. */
    static LinkCollector.Collected resolve(ParsedLinks p, FirmDirectory firms, ImportReport report) {
        ImportReport firmProblems = new ImportReport();
        LinkCollector out = new LinkCollector();
        if (p.columnsOk) {
            for (int i = 0; i < p.size; i++) {
                long line = p.lines[i];
                long errorsBefore = firmProblems.errorCount();
                String s = firm(p.sources[i], "source", false, p.file, line, firms, firmProblems);
                String t = firm(p.targets[i], "target", false, p.file, line, firms, firmProblems);
                if (firmProblems.errorCount() == errorsBefore && p.ok[i]) {
                    add(out, s, t, "target", p.types[i], p.weights[i], p.years[i], p.file, line, firmProblems, true);
                }
            }
        }
        report.addMergedByLine(firmProblems, p.report);
        return out.collected();
    }

    /** One patent's applicants so far, and where and when it was first given. */
    private record Patent(long line, int year, Set<String> applicants) { }

    /** {@code patents.csv}: patent_id,year,applicants (separated by ';', ids or names). */
    static LinkCollector.Collected patents(CsvRows rows, String file, FirmDirectory firms, ImportReport report) {
        if (!requireColumns(rows, file, report, "patent_id", "applicants")) {
            return LinkCollector.Collected.empty();
        }
        LinkCollector out = new LinkCollector();
        Map<String, Patent> seen = new HashMap<>();
        rows.forEach(row -> {
            long line = row.line();
            long errorsBefore = report.errorCount();
            String patentId = row.get("patent_id");
            if (patentId.isEmpty()) {
                report.error(file, line, "patent_id", "the patent id is empty.");
            }
            int year = year(row.get("year"), file, line, report);
            LinkedHashSet<String> applicants = new LinkedHashSet<>();
            for (String part : row.get("applicants").split(";")) {
                String ref = part.strip();
                if (ref.isEmpty()) {
                    continue;
                }
                String id = firm(ref, "applicants", true, file, line, firms, report);
                if (id != null && !applicants.add(id)) {
                    report.warning(file, line, "applicants", "the applicant '" + ref + "' is listed twice; counted once.");
                }
            }
            Patent earlier = patentId.isEmpty() ? null : seen.get(patentId);
            if (earlier != null && earlier.year() != year && report.errorCount() == errorsBefore) {
                report.error(file, line, "year", "the patent '" + patentId + "' has " + yearText(earlier.year())
                        + " on line " + earlier.line() + " but " + yearText(year) + " here; a patent has one year.");
            }
            if (report.errorCount() != errorsBefore) {
                return;
            }
            if (earlier == null) {
                String[] a = applicants.toArray(new String[0]);
                for (int i = 0; i < a.length; i++) {
                    for (int j = i + 1; j < a.length; j++) {
                        out.add(a[i], a[j], LinkType.COPATENT, 1, year, line);
                    }
                }
                seen.put(patentId, new Patent(line, year, applicants));
                return;
            }
            report.warning(file, line, "patent_id", "the patent '" + patentId + "' is also on line " + earlier.line()
                    + "; its applicants were combined and each pair of them counted once.");
            for (String a : applicants) {
                if (earlier.applicants().contains(a)) {
                    continue;
                }
                for (String b : earlier.applicants()) {
                    out.add(a, b, LinkType.COPATENT, 1, year, line);
                }
                earlier.applicants().add(a);
            }
        });
        return out.collected();
    }

    private static String yearText(int year) {
        return year == Link.NO_YEAR ? "no year" : "the year " + year;
    }

    /** {@code trades.csv}: supplier,customer,amount,year → trade links. */
    static LinkCollector.Collected trades(CsvRows rows, String file, FirmDirectory firms, TradeWeight mode,
                                          ImportReport report) {
        boolean ok = mode == TradeWeight.AMOUNT
                ? requireColumns(rows, file, report, "supplier", "customer", "amount")
                : requireColumns(rows, file, report, "supplier", "customer");
        if (!ok) {
            return LinkCollector.Collected.empty();
        }
        LinkCollector out = new LinkCollector();
        rows.forEach(row -> {
            long line = row.line();
            long errorsBefore = report.errorCount();
            String s = firm(row.get("supplier"), "supplier", true, file, line, firms, report);
            String t = firm(row.get("customer"), "customer", true, file, line, firms, report);
            double amount = mode == TradeWeight.COUNT ? 1 : weight(row.get("amount"), "amount", file, line, report);
            int year = year(row.get("year"), file, line, report);
            if (report.errorCount() == errorsBefore) {
                add(out, s, t, "customer", LinkType.TRADE, amount, year, file, line, report, false);
            }
        });
        return out.collected();
    }

    private static void add(LinkCollector out, String s, String t, String targetColumn, LinkType type, double weight,
                            int year, String file, long line, ImportReport report, boolean warnMerge) {
        if (s.equals(t)) {
            report.warning(file, line, targetColumn, "a link from firm '" + s + "' to itself was dropped.");
            return;
        }
        long earlier = out.add(s, t, type, weight, year, line);
        if (earlier == LinkCollector.OVERFLOW) {
            report.error(file, line, null, "the weights of the rows of this link add up to more than can be stored "
                    + "(about 1.8 × 10^308); check the amounts or weights of the link from '" + s + "' to '" + t + "'.");
        } else if (earlier != 0 && warnMerge) {
            report.warning(file, line, null, "duplicate link merged: the same firms, type and year as line " + earlier
                    + "; the weights were added.");
        }
    }

    private static String firm(String ref, String column, boolean byName, String file, long line,
                               FirmDirectory firms, ImportReport report) {
        if (ref.isEmpty()) {
            report.error(file, line, column, "the " + column + " firm is empty.");
            return null;
        }
        FirmDirectory.Resolution r = firms.resolve(ref, byName);
        if (r.id() == null) {
            report.error(file, line, column, r.problem());
        }
        return r.id();
    }

    static double weight(String text, String column, String file, long line, ImportReport report) {
        if (text.isEmpty()) {
            return 1;
        }
        Double w = CsvRows.decimal(text);
        if (w == null) {
            report.error(file, line, column, "the " + column + " is not a number: '" + text + "'.");
        } else if (w > 0) {
            return w;
        } else {
            report.error(file, line, column, "the " + column + " must be a positive number, not " + text + ".");
        }
        return 1;
    }

    static int year(String text, String file, long line, ImportReport report) {
        if (text.isEmpty()) {
            return Link.NO_YEAR;
        }
        try {
            int y = Integer.parseInt(text);
            if (y >= 1900 && y <= 2100) {
                return y;
            }
            report.error(file, line, "year", "the year " + text + " is outside 1900–2100.");
        } catch (NumberFormatException e) {
            report.error(file, line, "year", "the year is not a whole number: '" + text + "'.");
        }
        return Link.NO_YEAR;
    }
}
