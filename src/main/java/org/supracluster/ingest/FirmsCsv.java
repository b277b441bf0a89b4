package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supracluster.model.Firm;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/**
 * Reads {@code firms.csv}: {@code id,name,region,city,lat,lon,segment,employees} in any column
 * order; {@code id}, {@code name} and {@code region} are required, other columns are kept as
 * attributes. Names and cities are stored in Unicode NFC. See DESIGN.md, "Interchange format".
 */
final class FirmsCsv {

    static final Set<String> KNOWN = Set.of("id", "name", "region", "province", "city", "lat", "latitude",
            "lon", "lng", "longitude", "segment", "employees");

    /**
     * What a firms file gave.
     *
     * @param firms the valid firms, in file order
     * @param lines the line of each valid firm, in the same order
     * @param rejected id → name of the rows that had errors (known, so links to them are not
     *                 reported a second time as links to unknown firms)
     */
    record Read(List<Firm> firms, List<Long> lines, Map<String, String> rejected) {
        static Read empty() {
            return new Read(List.of(), List.of(), Map.of());
        }
    }

    private FirmsCsv() {
    }

    static Read read(CsvRows rows, String file, ImportReport report) {
        boolean columnsOk = true;
        for (String required : List.of("id", "name", "region")) {
            if (!rows.has(required) && !(required.equals("region") && rows.has("province"))) {
                report.error(file, rows.headerLine(), required, "the required column '" + required
                        + "' is missing from the header (found: " + String.join(", ", rows.header()) + ").");
                columnsOk = false;
            }
        }
        if (!columnsOk) {
            return Read.empty();
        }
        String regionCol = rows.has("region") ? "region" : "province";
        String latCol = first(rows, "lat", "latitude");
        String lonCol = first(rows, "lon", "lng", "longitude");
        List<Firm> firms = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        Map<String, String> rejected = new LinkedHashMap<>();
        Map<String, Long> seen = new HashMap<>();
        rows.forEach(row -> {
            long line = row.line();
            long errorsBefore = report.errorCount();
            String id = row.get("id");
            boolean duplicate = false;
            if (id.isEmpty()) {
                report.error(file, line, "id", "the firm id is empty.");
            } else {
                Long earlier = seen.putIfAbsent(id, line);
                if (earlier != null) {
                    duplicate = true;
                    report.error(file, line, "id", "the firm id '" + id + "' was already used on line " + earlier + ".");
                }
            }
            String name = nfc(row.get("name"));
            if (name.isEmpty()) {
                report.error(file, line, "name", "the firm name is empty.");
            }
            String regionText = row.get(regionCol);
            Region region = Region.resolve(regionText).orElse(null);
            if (region == null) {
                report.error(file, line, regionCol, regionText.isEmpty() ? "the region is empty."
                        : "unknown region '" + regionText + "' (use a province name such as 경기, 경기도, Gyeonggi, "
                        + "KR-41 or 41).");
            }
            Segment segment = segment(row.get("segment"), file, line, report);
            int employees = employees(row.get("employees"), file, line, report);
            String city = nfc(row.get("city"));
            double[] latLon = FirmLocation.resolve(row.get(latCol), row.get(lonCol), latCol, lonCol, city, region,
                    file, line, report);
            if (report.errorCount() == errorsBefore) {
                firms.add(new Firm(id, name, region, city, latLon[0], latLon[1], segment, employees,
                        row.extras(KNOWN)));
                lines.add(line);
            } else if (!id.isEmpty() && !duplicate) {
                rejected.put(id, name);
            }
        });
        return new Read(firms, lines, rejected);
    }

    /**
     * Text in Unicode NFC: Hangul saved on a Mac may come as decomposed jamo (NFD), which looks
     * the same but compares, sorts and renders differently.
     */
    static String nfc(String text) {
        return java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC) ? text
                : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }

    private static String first(CsvRows rows, String... names) {
        for (String n : names) {
            if (rows.has(n)) {
                return n;
            }
        }
        return names[0];
    }

    static Segment segment(String text, String file, long line, ImportReport report) {
        if (text.isEmpty()) {
            return Segment.OTHER;
        }
        return Segment.parse(text).orElseGet(() -> {
            report.error(file, line, "segment", "unknown segment '" + text + "' (use design, fab, equipment, "
                    + "materials, components, packaging, research or other).");
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
                report.error(file, line, "employees", "the number of employees is negative: " + text + ".");
            }
            return n;
        } catch (NumberFormatException e) {
            report.error(file, line, "employees", "the number of employees is not a whole number: '" + text + "'.");
            return -1;
        }
    }
}
