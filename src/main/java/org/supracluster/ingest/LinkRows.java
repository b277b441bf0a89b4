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
        if (!requireColumns(rows, file, report, "source", "target", "type")) {
            return LinkCollector.Collected.empty();
        }
        LinkCollector out = new LinkCollector();
        rows.forEach(row -> {
            long line = row.line();
            long errorsBefore = report.errorCount();
            String s = firm(row.get("source"), "source", false, file, line, firms, report);
            String t = firm(row.get("target"), "target", false, file, line, firms, report);
            String typeText = row.get("type");
            LinkType type = LinkType.parse(typeText).orElse(null);
            if (type == null) {
                report.error(file, line, "type", typeText.isEmpty() ? "the link type is empty (use trade or copatent)."
                        : "unknown link type '" + typeText + "' (use trade or copatent).");
            }
            double weight = weight(row.get("weight"), "weight", file, line, report);
            int year = year(row.get("year"), file, line, report);
            if (report.errorCount() == errorsBefore) {
                add(out, s, t, "target", type, weight, year, file, line, report, true);
            }
        });
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
        if (earlier != 0 && warnMerge) {
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
