package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The firms a link file may refer to: those already stored plus those of the firm files in the
 * same import. Resolves a reference by id first, then by exact name when exactly one firm has it.
 */
final class FirmDirectory {

    /** How a reference resolved: the firm id, or why not. */
    record Resolution(String id, String problem) { }

    private final Set<String> ids = new HashSet<>();
    private final Map<String, List<String>> idsByName = new HashMap<>();

    void add(String id, String name) {
        if (ids.add(id)) {
            idsByName.computeIfAbsent(name.strip(), k -> new ArrayList<>(1)).add(id);
        }
    }

    boolean contains(String id) {
        return ids.contains(id);
    }

    int size() {
        return ids.size();
    }

    /** Resolves an id, or (when {@code byName}) a unique firm name. */
    Resolution resolve(String ref, boolean byName) {
        if (ids.contains(ref)) {
            return new Resolution(ref, null);
        }
        if (byName) {
            List<String> named = idsByName.get(ref);
            if (named != null && named.size() == 1) {
                return new Resolution(named.get(0), null);
            }
            if (named != null) {
                return new Resolution(null, "the name '" + ref + "' belongs to " + named.size()
                        + " firms (" + String.join(", ", named.subList(0, Math.min(5, named.size())))
                        + "); use the firm id.");
            }
            return new Resolution(null, "no firm has the id or name '" + ref
                    + "' (neither in this import's firm files nor in the database).");
        }
        return new Resolution(null, "no firm has the id '" + ref
                + "' (neither in this import's firm files nor in the database).");
    }
}
