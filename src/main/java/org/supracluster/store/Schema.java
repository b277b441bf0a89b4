package org.supracluster.store;

import java.util.List;

/**
 * The database schema as ordered migrations. Migration {@code i} (0-based) takes the database from
 * {@code PRAGMA user_version = i} to {@code i + 1}; {@link #VERSION} is the version this program
 * writes. A migration is only ever appended, never edited, once released.
 *
 * <p>Firms get an integer key ({@code fid}) so links stay small and fast to write and read; link
 * type is stored as an integer (0 trade, 1 co-patent) and a missing year as 0.
 */
final class Schema {

    static final List<List<String>> MIGRATIONS = List.of(
        List.of(
            "CREATE TABLE firm ("
                + " fid INTEGER PRIMARY KEY,"
                + " id TEXT NOT NULL UNIQUE,"
                + " name TEXT NOT NULL,"
                + " region TEXT NOT NULL,"
                + " city TEXT NOT NULL DEFAULT '',"
                + " lat REAL NOT NULL,"
                + " lon REAL NOT NULL,"
                + " segment TEXT NOT NULL,"
                + " employees INTEGER)",
            "CREATE TABLE firm_attribute ("
                + " fid INTEGER NOT NULL REFERENCES firm(fid) ON DELETE CASCADE,"
                + " key TEXT NOT NULL,"
                + " value TEXT NOT NULL,"
                + " PRIMARY KEY (fid, key)) WITHOUT ROWID",
            // key packs (source, target, type, year) into the rowid (see LinkKey): one
            // B-tree, no separate unique index, and sorted inserts append to it. The four parts are
            // virtual columns computed from the key, so rows stay small and queries stay readable.
            "CREATE TABLE link ("
                + " key INTEGER PRIMARY KEY CHECK (key >= 0),"
                + " weight REAL NOT NULL CHECK (weight > 0),"
                + " source INTEGER GENERATED ALWAYS AS (key >> 33) VIRTUAL REFERENCES firm(fid),"
                + " target INTEGER GENERATED ALWAYS AS ((key >> 9) & 16777215) VIRTUAL REFERENCES firm(fid),"
                + " type INTEGER GENERATED ALWAYS AS ((key >> 8) & 1) VIRTUAL,"
                + " year INTEGER GENERATED ALWAYS AS (CASE WHEN (key & 255) = 0 THEN 0 ELSE (key & 255) + 1899 END)"
                + " VIRTUAL)",
            "CREATE TABLE cluster_scheme ("
                + " sid INTEGER PRIMARY KEY,"
                + " name TEXT NOT NULL UNIQUE)",
            "CREATE TABLE cluster ("
                + " sid INTEGER NOT NULL REFERENCES cluster_scheme(sid) ON DELETE CASCADE,"
                + " idx INTEGER NOT NULL,"
                + " name_en TEXT NOT NULL,"
                + " name_ko TEXT NOT NULL,"
                + " PRIMARY KEY (sid, idx))",
            "CREATE TABLE cluster_region ("
                + " sid INTEGER NOT NULL REFERENCES cluster_scheme(sid) ON DELETE CASCADE,"
                + " region TEXT NOT NULL,"
                + " idx INTEGER NOT NULL,"
                + " PRIMARY KEY (sid, region))",
            "CREATE TABLE cluster_firm ("
                + " sid INTEGER NOT NULL REFERENCES cluster_scheme(sid) ON DELETE CASCADE,"
                + " firm_id TEXT NOT NULL,"
                + " idx INTEGER NOT NULL,"
                + " PRIMARY KEY (sid, firm_id))",
            "CREATE TABLE import_log ("
                + " id INTEGER PRIMARY KEY,"
                + " at TEXT NOT NULL,"
                + " files TEXT NOT NULL,"
                + " rows INTEGER NOT NULL,"
                + " firms_added INTEGER NOT NULL,"
                + " firms_updated INTEGER NOT NULL,"
                + " links_added INTEGER NOT NULL,"
                + " links_updated INTEGER NOT NULL,"
                + " warnings INTEGER NOT NULL,"
                + " messages TEXT NOT NULL)",
            "CREATE TABLE metadata ("
                + " key TEXT PRIMARY KEY,"
                + " value TEXT NOT NULL)"),
        // 2: scenes a presenter steps through. Sets are comma-separated codes (ISO 3166-2 for
        // provinces) so the table stays readable by SQL and survives enum reordering.
        List.of(
            "CREATE TABLE scene ("
                + " id INTEGER PRIMARY KEY,"
                + " name TEXT NOT NULL UNIQUE,"
                + " position INTEGER NOT NULL,"
                + " view TEXT NOT NULL,"
                + " grouping TEXT NOT NULL,"
                + " layout TEXT NOT NULL,"
                + " regions TEXT NOT NULL,"
                + " link_types TEXT NOT NULL,"
                + " year_from INTEGER,"
                + " year_to INTEGER,"
                + " include_undated INTEGER NOT NULL,"
                + " min_weight REAL NOT NULL,"
                + " segments TEXT NOT NULL,"
                + " selected_firm TEXT,"
                + " centre_x REAL,"
                + " centre_y REAL,"
                + " zoom REAL,"
                + " title TEXT,"
                + " subtitle TEXT)"),
        // 3: real data in. A firm's registration number (10 digits, '' when unknown) is how
        // trade records find it; its placement says how precisely it sits on the map. Aliases
        // (another name of a firm) serve every later import; the key is the normalised name.
        List.of(
            "ALTER TABLE firm ADD COLUMN brn TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE firm ADD COLUMN placement TEXT NOT NULL DEFAULT 'given'",
            "CREATE INDEX firm_brn ON firm(brn) WHERE brn <> ''",
            "CREATE TABLE alias ("
                + " key TEXT PRIMARY KEY,"
                + " alias TEXT NOT NULL,"
                + " firm_id TEXT NOT NULL)",
            // The records behind the links, as they came: a co-patent link's patents (found by
            // its two firms) and a trade link's transactions. A re-import replaces a patent by its
            // number and a trade link's records by the link, so importing the same records again
            // changes nothing. Applicants and IPC codes are kept as written, joined by "; ".
            "CREATE TABLE patent ("
                + " pid INTEGER PRIMARY KEY,"
                + " number TEXT NOT NULL UNIQUE,"
                + " year INTEGER NOT NULL,"
                + " date TEXT NOT NULL,"
                + " title TEXT NOT NULL,"
                + " applicants TEXT NOT NULL,"
                + " ipc TEXT NOT NULL)",
            "CREATE TABLE patent_firm ("
                + " pid INTEGER NOT NULL REFERENCES patent(pid) ON DELETE CASCADE,"
                + " fid INTEGER NOT NULL REFERENCES firm(fid),"
                + " PRIMARY KEY (pid, fid)) WITHOUT ROWID",
            "CREATE INDEX patent_firm_by_firm ON patent_firm(fid, pid)",
            "CREATE TABLE trade_record ("
                + " supplier INTEGER NOT NULL REFERENCES firm(fid),"
                + " customer INTEGER NOT NULL REFERENCES firm(fid),"
                + " year INTEGER NOT NULL,"
                + " seq INTEGER NOT NULL,"
                + " amount REAL NOT NULL,"
                + " PRIMARY KEY (supplier, customer, year, seq)) WITHOUT ROWID"),
        // 4: a minimum weight per link type (trade weights are amounts, co-patent weights patent
        // counts). NULL, as in every scene saved before, means the scene's one min_weight.
        List.of(
            "ALTER TABLE scene ADD COLUMN min_weight_trade REAL",
            "ALTER TABLE scene ADD COLUMN min_weight_copatent REAL")
    );

    static final int VERSION = MIGRATIONS.size();

    private Schema() {
    }
}
