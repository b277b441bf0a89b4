package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.supracluster.model.Message;

/**
 * A table's header row as columns: each column's name as written, the key it is read by (the
 * field it names, see {@link HeaderNames}, or its own normalised name) and, for each key, its
 * column.
 */
final class CsvHeader {

    private final List<String> names = new ArrayList<>();
    /** The key of each column, computed once rather than per row. */
    private final List<String> keys = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    private CsvHeader() {
    }

    /**
     * Takes the header's names: each column gets the key of the field it names (see
     * {@link HeaderNames}). Two columns with the same name are an error; two different names of
     * one field (주소 and 본사주소) give the field to the user's mapping, else to the field's own
     * English name, else to the first, and keep the other as an attribute, with a warning. On an
     * error the report has it and the result is empty.
     *
     * @param line the header's line, for the report
     */
    static Optional<CsvHeader> read(List<String> cells, HeaderNames fields, String fileName, long line,
                                    ImportReport report) {
        CsvHeader h = new CsvHeader();
        if (!h.named(cells, fields, fileName, line, report) || !h.resolved(fields, fileName, line, report)) {
            return Optional.empty();
        }
        // Problems found in the rows name a field by its key; the user knows the column by its header.
        Map<String, String> written = new HashMap<>();
        for (int i = 0; i < h.names.size(); i++) {
            String name = h.names.get(i).strip();
            if (!HeaderNames.ownKey(name).equals(h.keys.get(i))) {
                written.put(h.keys.get(i), name);
            }
        }
        report.columnsAsWritten(fileName, written);
        return Optional.of(h);
    }

    /** Takes each column's name and key; false, with an error, for a column without a name or named twice. */
    private boolean named(List<String> cells, HeaderNames fields, String fileName, long line, ImportReport report) {
        Map<String, Integer> byOwnKey = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i);
            String own = HeaderNames.ownKey(name);
            if (own.isEmpty()) {
                report.error(fileName, line, null, Message.of("ingest.header.noName", Integer.toString(i + 1)));
                return false;
            }
            if (byOwnKey.putIfAbsent(own, i) != null) {
                report.error(fileName, line, name.strip(), Message.of("ingest.header.twice",
                        Message.quoted(name.strip())));
                return false;
            }
            names.add(name);
            keys.add(fields.key(name));
        }
        return true;
    }

    /** Gives each field to one column; false, with an error, when the loser's own key is taken too. */
    private boolean resolved(HeaderNames fields, String fileName, long line, ImportReport report) {
        for (int i = 0; i < names.size(); i++) {
            String k = keys.get(i);
            Integer other = index.get(k);
            if (other == null) {
                index.put(k, i);
                continue;
            }
            int winner = fields.precedence(names.get(other), k) <= fields.precedence(names.get(i), k) ? other : i;
            int loser = winner == i ? other : i;
            index.put(k, winner);
            String kept = HeaderNames.ownKey(names.get(loser));
            String won = names.get(winner).strip();
            String lost = names.get(loser).strip();
            if (index.containsKey(kept) || kept.equals(k)) {
                report.error(fileName, line, lost, Message.of("ingest.header.sameMeaning", Message.quoted(won),
                        Message.quoted(lost), Message.quoted(k)));
                return false;
            }
            keys.set(loser, kept);
            index.put(kept, loser);
            report.warning(fileName, line, lost, Message.of("ingest.header.sameMeaningKept", Message.quoted(won),
                    Message.quoted(lost), Message.quoted(k), k));
        }
        return true;
    }

    int size() {
        return names.size();
    }

    /** Column {@code i}'s name as written. */
    String name(int i) {
        return names.get(i);
    }

    /** Column {@code i}'s key. */
    String key(int i) {
        return keys.get(i);
    }

    /** The column read as {@code key}, or {@code null} when none is. */
    Integer column(String key) {
        return index.get(key);
    }

    List<String> names() {
        return List.copyOf(names);
    }

    List<String> keys() {
        return List.copyOf(keys);
    }

    Set<String> keySet() {
        return index.keySet();
    }
}
