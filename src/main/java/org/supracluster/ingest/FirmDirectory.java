package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The firms a link file may refer to: those already stored plus those of the firm files in the
 * same import. Resolves a reference by id first, then by exact name (compared in Unicode NFC, so
 * Hangul typed on a Mac matches) when exactly one firm has it.
 *
 * <p>A firm given again (a stored firm in this import's firm file) takes the name it is given
 * now: its old name no longer resolves to it. A firm whose row in a firm file had errors is
 * known by its id and name all the same, so links to it do not add a second, misleading "no
 * such firm" error to the one the firm file already has (the import stops either way).
 */
final class FirmDirectory {

    /** How a reference resolved: the firm id, or why not. */
    record Resolution(String id, String problem) { }

    private final Map<String, String> nameById = new HashMap<>();
    private final Map<String, List<String>> idsByName = new HashMap<>();

    /** Adds a firm, or gives a known firm its new name. */
    void add(String id, String name) {
        String key = nameKey(name);
        String old = nameById.put(id, key);
        if (old != null) {
            if (old.equals(key)) {
                return;
            }
            List<String> ids = idsByName.get(old);
            ids.remove(id);
            if (ids.isEmpty()) {
                idsByName.remove(old);
            }
        }
        idsByName.computeIfAbsent(key, k -> new ArrayList<>(1)).add(id);
    }

    boolean contains(String id) {
        return nameById.containsKey(id);
    }

    int size() {
        return nameById.size();
    }

    /** Resolves an id, or (when {@code byName}) a unique firm name. */
    Resolution resolve(String ref, boolean byName) {
        if (nameById.containsKey(ref)) {
            return new Resolution(ref, null);
        }
        if (byName) {
            List<String> named = idsByName.get(nameKey(ref));
            if (named != null && named.size() == 1) {
                return new Resolution(named.get(0), null);
            }
            if (named != null) {
                List<String> sorted = named.stream().sorted().toList();
                return new Resolution(null, "the name '" + ref + "' belongs to " + named.size()
                        + " firms (" + String.join(", ", sorted.subList(0, Math.min(5, sorted.size())))
                        + (sorted.size() > 5 ? ", …" : "") + "); use the firm id.");
            }
            return new Resolution(null, "no firm has the id or name '" + ref
                    + "' (neither in this import's firm files nor in the database).");
        }
        return new Resolution(null, "no firm has the id '" + ref
                + "' (neither in this import's firm files nor in the database).");
    }

    private static String nameKey(String name) {
        return FirmsCsv.nfc(name.strip());
    }
}
