package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;

/**
 * Gathers the links of one file. Links are keyed by their canonical ends (a co-patent link a–b is
 * b–a), type and year; rows with the same key merge into one link whose weight is the sum of
 * theirs, as DESIGN.md defines a link. Callers drop self-loops before adding.
 */
final class LinkCollector {

    private record Key(String source, String target, LinkType type, int year) { }

    private final Map<Key, double[]> weights = new LinkedHashMap<>();
    private final Map<Key, Long> firstLine = new LinkedHashMap<>();

    /** Adds one row's link (not a self-loop); returns the line of the row it merged into, or 0 if new. */
    long add(String source, String target, LinkType type, double weight, int year, long line) {
        Link canonical = new Link(source, target, type, weight, year).canonical();
        Key k = new Key(canonical.source(), canonical.target(), type, year);
        double[] w = weights.get(k);
        if (w != null) {
            w[0] += weight;
            return firstLine.get(k);
        }
        weights.put(k, new double[] {weight});
        firstLine.put(k, line);
        return 0;
    }

    int size() {
        return weights.size();
    }

    List<Link> links() {
        List<Link> out = new ArrayList<>(weights.size());
        for (Map.Entry<Key, double[]> e : weights.entrySet()) {
            Key k = e.getKey();
            out.add(new Link(k.source(), k.target(), k.type(), e.getValue()[0], k.year()));
        }
        return out;
    }
}
