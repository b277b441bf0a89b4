package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supracluster.model.Message;
import org.supracluster.model.Firm;
import org.supracluster.model.Placement;
import org.supracluster.model.Segment;

/**
 * Reads a firms file: {@code id,name,region,city,lat,lon,segment,employees}, optional {@code brn}
 * and {@code address}, in any column order and under any of their names (see
 * {@link HeaderNames}); other columns are kept as attributes. Only {@code name} is required:
 * without an id column a firm's id is its registration number, else its name; without a region
 * column the region is read from the address or city. Names and cities are stored in Unicode
 * NFC. See DESIGN.md, "Interchange format".
 */
final class FirmsCsv {

    static final Set<String> KNOWN = Set.of("id", "name", "brn", "region", "city", "address", "lat", "lon",
            "segment", "employees", "placement");

    /**
     * What a firms file gave.
     *
     * @param firms the valid firms, in file order
     * @param lines the line of each valid firm, in the same order
     * @param rejected id → name of the rows that had errors (known, so links to them are not
     *                 reported a second time as links to unknown firms)
     */
    record Read(List<Firm> firms, long[] lines, Map<String, String> rejected) {
        static Read empty() {
            return new Read(List.of(), new long[0], Map.of());
        }
    }

    private FirmsCsv() {
    }

    static Read read(CsvRows rows, String file, ImportReport report) {
        boolean columnsOk = true;
        if (!rows.has("name")) {
            report.error(file, rows.headerLine(), "name", Message.of("ingest.column.missing", Message.quoted("name"),
                    String.join(", ", rows.header())));
            columnsOk = false;
        }
        if (!rows.has("region") && !rows.has("address") && !rows.has("city")) {
            report.error(file, rows.headerLine(), "region", Message.of("ingest.column.regionMissing",
                    Message.quoted("region"), String.join(", ", rows.header())));
            columnsOk = false;
        }
        if (!columnsOk) {
            return Read.empty();
        }
        boolean hasId = rows.has("id");
        boolean hasBrn = rows.has("brn");
        List<Firm> firms = new ArrayList<>();
        // The line of each firm, growing as firms are added (boxed in a one-element array: the
        // row handler below is a lambda).
        long[][] lines = {new long[1024]};
        Map<String, String> rejected = new LinkedHashMap<>();
        FirstLines seen = new FirstLines();
        FirstLines brnSeen = new FirstLines();
        FirmPlace.Lookups lookups = new FirmPlace.Lookups();
        rows.forEach(row -> {
            long line = row.line();
            long errorsBefore = report.errorCount();
            String name = nfc(row.get("name"));
            if (name.isEmpty()) {
                report.error(file, line, "name", Message.of("ingest.firm.nameEmpty"));
            }
            String brn = hasBrn ? Brn.read(row.get("brn"), file, line, "brn", report).orElse("") : "";
            if (!brn.isEmpty()) {
                long earlier = brnSeen.putIfAbsent(brn, line);
                if (earlier != 0) {
                    report.error(file, line, "brn", Message.of("ingest.brn.repeated", Brn.formatted(brn),
                            Long.toString(earlier)));
                }
            }
            // DESIGN.md: without an id column, a firm is known by its registration number, else its name.
            String id = hasId ? row.get("id") : !brn.isEmpty() ? brn : name;
            boolean duplicate = false;
            if (id.isEmpty()) {
                if (hasId) {
                    report.error(file, line, "id", Message.of("ingest.firm.idEmpty"));
                }
            } else {
                long earlier = seen.putIfAbsent(id, line);
                if (earlier != 0) {
                    duplicate = true;
                    report.error(file, line, hasId ? "id" : "name", Message.of(hasId ? "ingest.firm.idRepeated"
                            : "ingest.firm.nameRepeated", Message.quoted(id), Long.toString(earlier)));
                }
            }
            Segment segment = segment(row.get("segment"), file, line, report);
            int employees = employees(row.get("employees"), file, line, report);
            FirmPlace.Placed place = FirmPlace.place(row.get("region"), nfc(row.get("address")), nfc(row.get("city")),
                    row.get("lat"), row.get("lon"), file, line, report, lookups);
            if (report.errorCount() == errorsBefore && place != null) {
                // Our own export says how the coordinates it wrote were found: keep that.
                Placement placement = place.placement() == Placement.GIVEN && !row.get("placement").isEmpty()
                        ? Placement.ofCode(row.get("placement")) : place.placement();
                firms.add(new Firm(id, name, place.region(), place.city(), place.lat(), place.lon(), segment,
                        employees, row.extras(KNOWN), brn, placement));
                if (firms.size() > lines[0].length) {
                    lines[0] = java.util.Arrays.copyOf(lines[0], lines[0].length * 2);
                }
                lines[0][firms.size() - 1] = line;
            } else if (!id.isEmpty() && !duplicate) {
                rejected.put(id, name);
            }
        });
        return new Read(firms, java.util.Arrays.copyOf(lines[0], firms.size()), rejected);
    }

    /**
     * The line each text was first given on, in flat arrays: a firms file's 100,000 ids would
     * otherwise be 100,000 map entries and boxed line numbers for the garbage collector to move.
     */
    private static final class FirstLines {
        private final TextNumbers texts = new TextNumbers();
        private long[] lines = new long[1024];

        /** The line {@code text} was first given on; 0 (and {@code line} remembered) when this is the first time. */
        long putIfAbsent(String text, long line) {
            int before = texts.size();
            int k = texts.number(text);
            if (texts.size() == before) {
                return lines[k];
            }
            if (k == lines.length) {
                lines = java.util.Arrays.copyOf(lines, k * 2);
            }
            lines[k] = line;
            return 0;
        }
    }

    /**
     * Text in Unicode NFC: Hangul saved on a Mac may come as decomposed jamo (NFD), which looks
     * the same but compares, sorts and renders differently.
     */
    static String nfc(String text) {
        return plainlyNfc(text) || java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC) ? text
                : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }

    /**
     * Whether the text is NFC without asking the normaliser (which allocates on every call): every
     * character below U+0300 or a precomposed Hangul syllable. Those never change under NFC and
     * never compose with each other (only characters such as combining marks and conjoining jamo
     * compose with what precedes them), so such a text is its own NFC.
     */
    private static boolean plainlyNfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x300 && (c < 0xAC00 || c > 0xD7A3)) {
                return false;
            }
        }
        return true;
    }

    static Segment segment(String text, String file, long line, ImportReport report) {
        if (text.isEmpty()) {
            return Segment.OTHER;
        }
        return Segment.parse(text).orElseGet(() -> {
            report.error(file, line, "segment", Message.of("ingest.segment.unknown", Message.quoted(text)));
            return Segment.OTHER;
        });
    }

    static int employees(String text, String file, long line, ImportReport report) {
        if (text.isEmpty()) {
            return -1;
        }
        try {
            int n = Integer.parseInt(text);
            if (n < 0) {
                report.error(file, line, "employees", Message.of("ingest.employees.negative", text));
            }
            return n;
        } catch (NumberFormatException e) {
            report.error(file, line, "employees", Message.of("ingest.employees.notWhole", Message.quoted(text)));
            return -1;
        }
    }
}
