package org.supracluster.ingest;

import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;

/**
 * Aliases added one at a time, outside an import: an unmatched name whose "did you mean" the user
 * accepted becomes an alias of that firm, used by every later import (DESIGN.md).
 */
public final class Aliases {

    private Aliases() {
    }

    /**
     * Stores {@code alias} as another name of the stored firm {@code firmId}.
     *
     * @throws IllegalArgumentException when the alias is only legal forms and punctuation, or no
     *                                  firm has that id
     */
    public static void accept(Database db, String alias, String firmId) {
        String key = FirmNames.key(alias);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("'" + alias + "' is only a legal form or punctuation.");
        }
        NetworkStore store = NetworkStore.of(db);
        if (!store.firmNames().containsKey(firmId)) {
            throw new IllegalArgumentException("no firm has the id '" + firmId + "'.");
        }
        store.putAlias(new NetworkStore.Alias(key, FirmsCsv.nfc(alias.strip()), firmId));
    }
}
