package org.supracluster.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.supracluster.model.Message;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Region;

/**
 * Reads a user's cluster scheme from CSV, in one of two forms told by the header:
 * <ul>
 *   <li>by province: {@code region,cluster[,cluster_ko]}: each province (any spelling) goes to a
 *   cluster; provinces not listed are "other" (so Gangwon and Jeju can be assigned);</li>
 *   <li>by firm: {@code id,cluster[,cluster_ko]}: single firms (ids already stored) go to a
 *   cluster; firms not listed follow no cluster.</li>
 * </ul>
 * Clusters are numbered in order of first appearance; {@code cluster_ko} gives a Korean name
 * (default: the same as {@code cluster}). Problems go to the report with file, line and column.
 */
public final class SchemeCsv {

    private SchemeCsv() {
    }

    /**
     * The scheme in {@code file}, or empty with errors in the report.
     *
     * @param knownFirmIds ids of the stored firms, for a by-firm scheme
     */
    public static Optional<ClusterScheme> read(Path file, String name, Charset encoding, Set<String> knownFirmIds,
                                               ImportReport report) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (name == null || name.isBlank()) {
            report.error(fileName, 0, null, Message.of("scheme.csv.noName"));
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            report.error(fileName, 0, null, Message.of("ingest.file.unreadable", e.getMessage()));
            return Optional.empty();
        }
        Optional<CsvRows> csv = TextDecoder.decode(bytes, encoding, fileName, report)
                .flatMap(d -> CsvRows.open(fileName, d.text(), report));
        if (csv.isEmpty()) {
            return Optional.empty();
        }
        CsvRows rows = csv.get();
        boolean byRegion = rows.has("region") || rows.has("province");
        boolean byFirm = rows.has("id") || rows.has("firm");
        if (!rows.has("cluster") || byRegion == byFirm) {
            report.error(fileName, rows.headerLine(), null, Message.of("scheme.csv.noColumns",
                    String.join(", ", rows.header())));
            return Optional.empty();
        }
        String keyColumn = byRegion ? (rows.has("region") ? "region" : "province") : (rows.has("id") ? "id" : "firm");
        Map<String, Integer> clusterIndex = new LinkedHashMap<>();
        Map<String, String> koreanNames = new HashMap<>();
        Map<Region, Integer> regions = new EnumMap<>(Region.class);
        Map<String, Integer> firms = new HashMap<>();
        Map<Object, Long> firstLine = new HashMap<>();
        rows.forEach(row -> {
            long line = row.line();
            String cluster = row.get("cluster");
            if (cluster.isEmpty()) {
                report.error(fileName, line, "cluster", Message.of("scheme.csv.clusterEmpty"));
                return;
            }
            String ko = row.get("cluster_ko");
            if (!ko.isEmpty()) {
                String earlier = koreanNames.putIfAbsent(cluster, ko);
                if (earlier != null && !earlier.equals(ko)) {
                    report.error(fileName, line, "cluster_ko", Message.of("scheme.csv.koreanNameChanged",
                            Message.quoted(cluster), Message.quoted(earlier)));
                }
            }
            String key = row.get(keyColumn);
            Object target;
            if (byRegion) {
                Optional<Region> r = Region.resolve(key);
                if (r.isEmpty()) {
                    report.error(fileName, line, keyColumn, key.isEmpty() ? Message.of("ingest.region.empty")
                            : Message.of("scheme.csv.regionUnknown", Message.quoted(key)));
                    return;
                }
                target = r.get();
            } else {
                if (!knownFirmIds.contains(key)) {
                    report.error(fileName, line, keyColumn, Message.of("scheme.csv.firmUnknown", Message.quoted(key)));
                    return;
                }
                target = key;
            }
            Long earlier = firstLine.putIfAbsent(target, line);
            if (earlier != null) {
                report.error(fileName, line, keyColumn, Message.of("scheme.csv.repeated", Message.quoted(key),
                        earlier.toString()));
                return;
            }
            int c = clusterIndex.computeIfAbsent(cluster, k -> clusterIndex.size());
            if (target instanceof Region r) {
                regions.put(r, c);
            } else {
                firms.put((String) target, c);
            }
        });
        if (report.hasErrors()) {
            return Optional.empty();
        }
        if (clusterIndex.isEmpty()) {
            report.error(fileName, 0, null, Message.of("scheme.csv.empty"));
            return Optional.empty();
        }
        List<ClusterScheme.Cluster> clusters = new ArrayList<>();
        clusterIndex.keySet().forEach(c -> clusters.add(new ClusterScheme.Cluster(c, koreanNames.get(c))));
        return Optional.of(new ClusterScheme(name.strip(), clusters, regions, firms));
    }
}
