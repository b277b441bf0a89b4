package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supracluster.model.Message;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.PatentRecord;
import org.supracluster.model.TradeRecord;

/**
 * Reads the raw-record CSV kinds into links, {@code patents.csv} (co-applicant records: every pair
 * of applicants of one patent becomes a co-patent link, weight = number of joint patents) and
 * {@code trades.csv} (transactions → trade links, weight = summed amount or number of
 * transactions), and holds the checks all link-bearing files share ({@link LinksCsv} reads
 * {@code links.csv} with them). Rows of the same firms, type and year merge into one link (weights
 * summed). A patent listed on two rows is one patent: its applicants are combined and each pair
 * counted once.
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
                report.error(file, rows.headerLine(), c, Message.of("ingest.column.missing", Message.quoted(c),
                        String.join(", ", rows.header())));
                ok = false;
            }
        }
        return ok;
    }

    /**
     * How raw records are read: whether a party that matches no firm is an error ({@code strict})
     * rather than left out and listed, and whether a co-patent pair of an n-applicant patent
     * weighs 1/(n−1) (the bibliometric fractional count) rather than 1.
     */
    record RawRules(boolean strict, boolean fractional, UnmatchedNames unmatched, List<PatentRecord> patents,
                    List<TradeRecord> trades) {
        RawRules(boolean strict, boolean fractional) {
            this(strict, fractional, new UnmatchedNames(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /**
     * One patent as gathered from its rows: where and when it was first given, its applicants
     * that matched a firm, and every distinct applicant (matched by firm id, unmatched by their
     * normalised name) for the fractional count.
     */
    private static final class Patent {
        final long line;
        final int year;
        final String date;
        String title = "";
        final LinkedHashSet<String> written = new LinkedHashSet<>();
        final LinkedHashSet<String> ipc = new LinkedHashSet<>();
        final LinkedHashSet<String> matched = new LinkedHashSet<>();
        final Set<String> everyone = new java.util.HashSet<>();

        Patent(long line, int year, String date) {
            this.line = line;
            this.year = year;
            this.date = date;
        }
    }

    /**
     * {@code patents}: patent_id, year (or a date), applicants (ids, registration numbers or names,
     * separated by ';', '|' or line breaks, or one per row with the patent id repeated). Every
     * pair of matched applicants of a patent becomes a co-patent link of that year, weight 1 per
     * patent or, fractional, 1/(n−1) where n counts every distinct applicant of the patent,
     * matched or not (the patent's own team size).
     */
    static LinkCollector.Collected patents(CsvRows rows, String file, FirmDirectory firms, RawRules rules,
                                           ImportReport report) {
        if (!requireColumns(rows, file, report, "patent_id", "applicants")) {
            return LinkCollector.Collected.empty();
        }
        Map<String, Patent> patents = new java.util.LinkedHashMap<>();
        rows.forEach(row -> {
            long line = row.line();
            long errorsBefore = report.errorCount();
            String patentId = row.get("patent_id");
            if (patentId.isEmpty()) {
                report.error(file, line, "patent_id", Message.of("ingest.patent.idEmpty"));
            }
            int year = year(row.get("year"), file, line, report);
            Patent earlier = patentId.isEmpty() ? null : patents.get(patentId);
            if (earlier != null && earlier.year != year && report.errorCount() == errorsBefore) {
                report.error(file, line, "year", Message.of("ingest.patent.twoYears", Message.quoted(patentId),
                        yearText(earlier.year), Long.toString(earlier.line), yearText(year)));
            }
            LinkedHashSet<String> matched = new LinkedHashSet<>();
            Set<String> everyone = new java.util.HashSet<>();
            List<String> written = parties(row.get("applicants"));
            for (String ref : written) {
                String id = party(ref, "applicants", file, line, year, firms, rules, report);
                String who = id != null ? "id:" + id : "name:" + nameKey(ref);
                if (!everyone.add(who)) {
                    report.warning(file, line, "applicants", Message.of("ingest.patent.applicantTwice", Message.quoted(ref)));
                }
                if (id != null) {
                    matched.add(id);
                }
            }
            if (report.errorCount() != errorsBefore) {
                return;
            }
            Patent p = earlier != null ? earlier : new Patent(line, year, row.get("year"));
            if (earlier == null) {
                patents.put(patentId, p);
            } else if (everyone.size() > 1 || p.everyone.containsAll(everyone)) {
                // One applicant a row is a format of its own (DESIGN.md); several on two rows of
                // one patent look like a repeated record, combined but said.
                report.warning(file, line, "patent_id", Message.of("ingest.patent.alsoOnLine", Message.quoted(patentId),
                        Long.toString(p.line)));
            }
            p.matched.addAll(matched);
            p.everyone.addAll(everyone);
            p.written.addAll(written);
            if (p.title.isEmpty()) {
                p.title = FirmsCsv.nfc(row.get("title"));
            }
            for (String code : IPC_SEPARATOR.split(row.get("ipc"))) {
                if (!code.isBlank()) {
                    p.ipc.add(code.strip());
                }
            }
        });
        LinkCollector out = new LinkCollector();
        patents.forEach((number, p) -> rules.patents().add(new PatentRecord(number, p.year, p.date, p.title,
                new ArrayList<>(p.written), new ArrayList<>(p.ipc), new ArrayList<>(p.matched))));
        for (Patent p : patents.values()) {
            String[] a = p.matched.toArray(new String[0]);
            double w = rules.fractional() ? 1.0 / (p.everyone.size() - 1) : 1;
            for (int i = 0; i < a.length; i++) {
                for (int j = i + 1; j < a.length; j++) {
                    out.add(a[i], a[j], LinkType.COPATENT, w, p.year, p.line);
                }
            }
        }
        return out.collected();
    }

    private static final java.util.regex.Pattern PARTY_SEPARATOR = java.util.regex.Pattern.compile("[;|\\r\\n]+");
    private static final java.util.regex.Pattern IPC_SEPARATOR = java.util.regex.Pattern.compile("[;|,\\r\\n]+");

    /** The parties of one cell: separated by ';', '|' or line breaks, blanks dropped. */
    static List<String> parties(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : PARTY_SEPARATOR.split(cell)) {
            String ref = part.strip();
            if (!ref.isEmpty()) {
                out.add(FirmsCsv.nfc(ref));
            }
        }
        return out;
    }

    private static String nameKey(String ref) {
        String k = FirmNames.key(ref);
        return k.isEmpty() ? ref : k;
    }

    private static Message yearText(int year) {
        return year == Link.NO_YEAR ? Message.of("ingest.patent.noYear") : Message.of("ingest.patent.year",
                Integer.toString(year));
    }

    /**
     * {@code trades}: supplier, customer, amount, year → trade links. A record with a party that
     * matches no firm is left out (and the party listed), unless {@code strict}.
     */
    static LinkCollector.Collected trades(CsvRows rows, String file, FirmDirectory firms, TradeWeight mode,
                                          RawRules rules, ImportReport report) {
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
            double amount = mode == TradeWeight.COUNT ? 1 : weight(row.get("amount"), "amount", file, line, report);
            int year = year(row.get("year"), file, line, report);
            String s = required(row.get("supplier"), "supplier", file, line, report)
                    ? party(FirmsCsv.nfc(row.get("supplier")), "supplier", file, line, year, firms, rules, report) : null;
            String t = required(row.get("customer"), "customer", file, line, report)
                    ? party(FirmsCsv.nfc(row.get("customer")), "customer", file, line, year, firms, rules, report) : null;
            if (report.errorCount() == errorsBefore && s != null && t != null && !s.equals(t)) {
                rules.trades().add(new TradeRecord(s, t, amount, year));
            }
            if (report.errorCount() == errorsBefore && s != null && t != null) {
                add(out, s, t, "customer", LinkType.TRADE, amount, year, file, line, report, false);
            }
        });
        return out.collected();
    }

    private static boolean required(String ref, String column, String file, long line, ImportReport report) {
        if (ref.isEmpty()) {
            report.error(file, line, column, Message.of("ingest.link.firmEmpty", column));
            return false;
        }
        return true;
    }

    /**
     * A party of a raw record: its firm id; or {@code null} after an error (ambiguous; unknown
     * when strict) or, for an unknown party, after counting it among the unmatched names.
     */
    private static String party(String ref, String column, String file, long line, int year, FirmDirectory firms,
                                RawRules rules, ImportReport report) {
        FirmDirectory.Resolution r = firms.resolve(ref);
        if (r.id() != null) {
            return r.id();
        }
        if (r.unknown() && !rules.strict()) {
            rules.unmatched().add(ref, file, column, line, year);
        } else {
            report.error(file, line, column, r.unknown() ? Message.of("ingest.ref.unknownStrict",
                    r.problem().args().get(0), FirmDirectory.THESE_FILES) : r.problem());
        }
        return null;
    }

    private static void add(LinkCollector out, String s, String t, String targetColumn, LinkType type, double weight,
                            int year, String file, long line, ImportReport report, boolean warnMerge) {
        add(out, out.intern(s), out.intern(t), targetColumn, type, weight, year, file, line, report, warnMerge);
    }

    /** Adds one row's link between two firms numbered by {@code out}, reporting a self-link, a merge and an overflow. */
    static void add(LinkCollector out, int s, int t, String targetColumn, LinkType type, double weight,
                            int year, String file, long line, ImportReport report, boolean warnMerge) {
        if (s == t) {
            report.warning(file, line, targetColumn, Message.of("ingest.link.selfLink", Message.quoted(out.id(s))));
            return;
        }
        long earlier = out.add(s, t, type, weight, year, line);
        if (earlier == LinkCollector.OVERFLOW) {
            report.error(file, line, null, Message.of("ingest.link.weightOverflow", Message.quoted(out.id(s)),
                    Message.quoted(out.id(t))));
        } else if (earlier != 0 && warnMerge) {
            report.warning(file, line, null, Message.of("ingest.link.merged", Long.toString(earlier)));
        }
    }

    static double weight(String text, String column, String file, long line, ImportReport report) {
        if (text.isEmpty()) {
            return 1;
        }
        Double w = CsvCells.decimal(text);
        if (w == null) {
            report.error(file, line, column, Message.of("ingest.number.notNumber", column, Message.quoted(text)));
        } else if (w > 0) {
            return w;
        } else {
            report.error(file, line, column, Message.of("ingest.number.notPositive", column, text));
        }
        return 1;
    }

    /**
     * A year as written: {@code 2021}, or a date whose year comes first ({@code 2020.03.15},
     * {@code 2020-03-15}, {@code 2020/3/15}, {@code 20200315}, {@code 2020년 3월 15일}, an Excel
     * date read as {@code 2020-03-15}); 1900–2100.
     */
    static int year(String text, String file, long line, ImportReport report) {
        if (text.isEmpty()) {
            return Link.NO_YEAR;
        }
        // Four digits, as nearly every cell has it, need no date patterns.
        String digits = isFourDigits(text) ? text : yearOfDate(text);
        try {
            int y = Integer.parseInt(digits);
            if (y >= 1900 && y <= 2100) {
                return y;
            }
            report.error(file, line, "year", Message.of("ingest.year.outside", text));
        } catch (NumberFormatException e) {
            report.error(file, line, "year", Message.of("ingest.year.notWhole", Message.quoted(text)));
        }
        return Link.NO_YEAR;
    }

    private static boolean isFourDigits(String text) {
        if (text.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The year part of a date ({@code 2020.03.15} → {@code 2020}), or the text as it is. */
    private static String yearOfDate(String text) {
        java.util.regex.Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(text);
            if (!m.matches()) {
                return text;
            }
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? m.group(1) : text;
    }

    /** yyyy.mm.dd, yyyy-mm-dd, yyyy/mm/dd, yyyy년 m월 d일 (a time after it ignored). */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            "(\\d{4})(?:[./-]\\s*|년\\s*)(\\d{1,2})(?:[./-]\\s*|월\\s*)(\\d{1,2})(?:일|\\.)?(?:[ T].*)?");

    /** yyyymmdd. */
    private static final java.util.regex.Pattern COMPACT_DATE = java.util.regex.Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})");
}
