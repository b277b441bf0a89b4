package org.supracluster.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.supracluster.model.Link;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;

/**
 * What columns an XML export of a view needs beyond the fixed ones: the firms' extra attributes
 * (each with an id {@code a0, a1, …}) and whether any shown link has a year. Shared by the GEXF
 * and GraphML writers so both files of one view carry the same columns.
 *
 * @param extras extra attribute name → id, sorted by name so the same view always gives the same file
 */
record ViewColumns(Map<String, String> extras, boolean anyYear) {

    /**
     * Names a reader maps to a firm field or a drawing column: an attribute so named would come
     * back as something else, so it is not written as an extra.
     */
    static final Set<String> RESERVED = Set.of("id", "region", "province", "city", "lat", "latitude", "lon",
            "lng", "longitude", "segment", "employees", "label", "name", "x", "y", "r", "g", "b", "size", "brn", "placement");

    static ViewColumns of(NetworkView view) {
        Network net = view.network();
        Set<String> names = new TreeSet<>();
        for (int f = view.nextFirm(0); f >= 0; f = view.nextFirm(f + 1)) {
            names.addAll(net.attributes(f).keySet());
        }
        Map<String, String> extras = new LinkedHashMap<>();
        for (String name : names) {
            if (!RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                extras.put(name, "a" + extras.size());
            }
        }
        boolean anyYear = false;
        for (int l = view.nextLink(0); l >= 0 && !anyYear; l = view.nextLink(l + 1)) {
            anyYear = net.linkYear(l) != Link.NO_YEAR;
        }
        return new ViewColumns(Collections.unmodifiableMap(extras), anyYear);
    }
}
