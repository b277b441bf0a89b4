package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.supracluster.model.Message;

/**
 * The firms a reference may name: those already stored plus those of the firm files in the same
 * import, and the stored and imported aliases. A reference (a link end, an applicant, a
 * supplier, an alias's firm) finds its firm as DESIGN.md says: by its id; else by its
 * registration number (hyphens ignored); else by its name normalised ({@link FirmNames#key});
 * else by an alias (normalised the same way). A name or alias that fits two firms is an error
 * naming both.
 *
 * <p>A firm given again (a stored firm in this import's firm file) takes the name it is given
 * now: its old name no longer resolves to it. A firm whose row in a firm file had errors is
 * known by its id and name all the same, so links to it do not add a second, misleading "no
 * such firm" error to the one the firm file already has (the import stops either way).
 */
final class FirmDirectory {

    /**
     * How a reference resolved: the firm id; or, when {@code id} is null, why not, and whether
     * it is simply unknown (no firm has that id, number, name or alias) rather than ambiguous.
     */
    record Resolution(String id, Message problem, boolean unknown) {
        static Resolution of(String id) {
            return new Resolution(id, null, false);
        }
    }

    private final Map<String, String> nameById = new HashMap<>();
    private final Map<String, String> brnById = new HashMap<>();
    /**
     * Firm ids by normalised name, built on the first reference that is no id (a links file that
     * names every firm by its id never needs it, and normalising 100,000 names is a large part
     * of reading them); kept up to date from then on.
     */
    private Map<String, Set<String>> idsByKey;
    private final Map<String, Set<String>> idsByBrn = new HashMap<>();
    /** Normalised alias → firm id. */
    private final Map<String, String> aliases = new HashMap<>();
    /** Built on first use of {@link #similar}; dropped when firms change. */
    private SimilarNames similar;
    /**
     * Answers of {@link #resolve} by reference as written: raw records name the same few thousand
     * parties hundreds of thousands of times. Cleared whenever a firm or alias is added.
     */
    private final Map<String, Resolution> resolved = new HashMap<>();

    /** Adds a firm, or gives a known firm its new name and number ({@code brn} may be empty). */
    void add(String id, String name, String brn) {
        similar = null;
        resolved.clear();
        String oldName = nameById.put(id, name);
        if (idsByKey != null) {
            String key = FirmNames.key(name);
            String oldKey = oldName == null ? null : FirmNames.key(oldName);
            if (oldKey != null && !oldKey.equals(key)) {
                remove(idsByKey, oldKey, id);
            }
            index(key, id);
        }
        String oldBrn = brn.isEmpty() ? brnById.remove(id) : brnById.put(id, brn);
        if (oldBrn != null && !oldBrn.equals(brn)) {
            remove(idsByBrn, oldBrn, id);
        }
        if (!brn.isEmpty()) {
            idsByBrn.computeIfAbsent(brn, k -> new LinkedHashSet<>(2)).add(id);
        }
    }

    void add(String id, String name) {
        add(id, name, "");
    }

    private void index(String key, String id) {
        if (!key.isEmpty()) {
            idsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>(2)).add(id);
        }
    }

    /** The firms by normalised name, built now if not yet. */
    private Map<String, Set<String>> idsByKey() {
        if (idsByKey == null) {
            idsByKey = new HashMap<>();
            nameById.forEach((id, name) -> index(FirmNames.key(name), id));
        }
        return idsByKey;
    }

    private static void remove(Map<String, Set<String>> index, String key, String id) {
        Set<String> ids = index.get(key);
        if (ids != null) {
            ids.remove(id);
            if (ids.isEmpty()) {
                index.remove(key);
            }
        }
    }

    /** Records that {@code alias} is another name of the firm {@code firmId} (a later one replaces it). */
    void alias(String alias, String firmId) {
        String key = FirmNames.key(alias);
        if (!key.isEmpty()) {
            aliases.put(key, firmId);
            resolved.clear();
        }
    }

    boolean contains(String id) {
        return nameById.containsKey(id);
    }

    String name(String id) {
        return nameById.get(id);
    }

    int size() {
        return nameById.size();
    }

    /** Resolves a reference: id, registration number, normalised name, alias. */
    Resolution resolve(String ref) {
        Resolution r = resolved.get(ref);
        if (r == null) {
            r = resolve(ref, true);
            if (resolved.size() < 1_000_000) {
                resolved.put(ref, r);
            }
        }
        return r;
    }

    /**
     * Resolves a reference as {@link #resolve} does, without remembering the answer: for a caller
     * that asks once per distinct reference and remembers the answers itself.
     */
    Resolution resolveOnce(String ref) {
        Resolution r = resolved.get(ref);
        return r != null ? r : resolve(ref, true);
    }

    /** Resolves a reference by id, registration number and normalised name only. */
    Resolution resolveWithoutAliases(String ref) {
        return resolve(ref, false);
    }

    /** An argument because its English has an apostrophe, which a bundle's pattern may not hold. */
    static final Message.Words THESE_FILES = Message.either("this import's files", "이번 가져오기 파일");

    private Resolution resolve(String ref, boolean withAliases) {
        if (nameById.containsKey(ref)) {
            return Resolution.of(ref);
        }
        Optional<String> brn = Brn.digits(ref);
        if (brn.isPresent()) {
            Set<String> ids = idsByBrn.get(brn.get());
            if (ids != null) {
                return ids.size() == 1 ? Resolution.of(ids.iterator().next())
                        : new Resolution(null, Message.of("ingest.ref.brnShared", Message.quoted(ref),
                        Integer.toString(ids.size()), list(ids)), false);
            }
        }
        String key = FirmNames.key(ref);
        Set<String> named = key.isEmpty() ? null : idsByKey().get(key);
        if (named != null) {
            if (named.size() == 1) {
                return Resolution.of(named.iterator().next());
            }
            return new Resolution(null, Message.of("ingest.ref.nameShared", Message.quoted(ref),
                    Integer.toString(named.size()), list(named)), false);
        }
        String aliased = key.isEmpty() || !withAliases ? null : aliases.get(key);
        if (aliased != null && nameById.containsKey(aliased)) {
            return Resolution.of(aliased);
        }
        return new Resolution(null, Message.of("ingest.ref.unknown", Message.quoted(ref), THESE_FILES), true);
    }

    /** Up to five firms as {@code 'name' (id)}, sorted by id. */
    private String list(Set<String> ids) {
        List<String> sorted = ids.stream().sorted().toList();
        List<String> out = new ArrayList<>();
        for (String id : sorted.subList(0, Math.min(5, sorted.size()))) {
            String n = nameById.get(id);
            out.add(n == null || n.equals(id) ? id : "'" + n + "' (" + id + ")");
        }
        return String.join(", ", out) + (sorted.size() > 5 ? ", …" : "");
    }

    /** Up to {@code max} firms whose names are like {@code ref}, best first (never applied by themselves). */
    List<SimilarNames.Suggestion> similar(String ref, int max) {
        if (similar == null) {
            List<SimilarNames.Suggestion> firms = new ArrayList<>();
            nameById.forEach((id, name) -> firms.add(new SimilarNames.Suggestion(id, name)));
            firms.sort(java.util.Comparator.comparing(SimilarNames.Suggestion::id));
            similar = new SimilarNames(firms);
        }
        return similar.like(ref, max);
    }
}
