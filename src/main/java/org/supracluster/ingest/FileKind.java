package org.supracluster.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file the importer reads, recognised from the extension (GraphML, GEXF), else the
 * table's header, else the file name ({@code firms…}, {@code links…}, {@code patents…},
 * {@code trades…}, {@code aliases…}).
 */
public enum FileKind {
    FIRMS, LINKS, PATENTS, TRADES, ALIASES, GRAPHML, GEXF;

    /** Whether files of this kind define firms (and so are read before the link files). */
    public boolean definesFirms() {
        return this == FIRMS || this == GRAPHML || this == GEXF;
    }

    /** Reads a kind name as a user types it ({@code firms}, {@code graphml}, …). */
    public static Optional<FileKind> parse(String text) {
        for (FileKind k : values()) {
            if (k.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The kind told by the file's extension, for the XML formats. */
    static Optional<FileKind> byExtension(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".graphml") || n.endsWith(".graphml.xml")) {
            return Optional.of(GRAPHML);
        }
        if (n.endsWith(".gexf")) {
            return Optional.of(GEXF);
        }
        return Optional.empty();
    }

    /** The kind a table's header tells, else the one its file name tells (see {@link #byHeader}, {@link #byName}). */
    static Optional<FileKind> of(Set<String> keys, Path file) {
        return byHeader(keys).or(() -> byName(file));
    }

    /**
     * The kind told by a header's fields (keys as {@link HeaderNames} reads them): the kind with
     * the most of its telling fields present ({@code id, name, brn, region, address, lat};
     * {@code source, target, type}; {@code patent_id, applicants, title, ipc};
     * {@code supplier, customer, amount}; {@code alias, firm}), so that a file missing one required
     * column is still recognised and the missing column can be named, and a firms file with an
     * extra column called {@code source} or {@code customer} stays a firms file. Empty when no
     * kind has a field or two kinds tie.
     */
    static Optional<FileKind> byHeader(Set<String> keys) {
        FileKind best = null;
        int bestScore = 0;
        boolean tie = false;
        for (FileKind k : List.of(FIRMS, LINKS, PATENTS, TRADES, ALIASES)) {
            int score = 0;
            for (String c : k.tellingColumns()) {
                if (keys.contains(c)) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = k;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie || best == null ? Optional.empty() : Optional.of(best);
    }

    /** The fields that tell a table of this kind from the others. */
    private List<String> tellingColumns() {
        return switch (this) {
            case FIRMS -> List.of("id", "name", "brn", "region", "address", "lat");
            case LINKS -> List.of("source", "target", "type");
            case PATENTS -> List.of("patent_id", "applicants", "title", "ipc");
            case TRADES -> List.of("supplier", "customer", "amount");
            case ALIASES -> List.of("alias", "firm");
            default -> List.of();
        };
    }

    /**
     * The kind told by a CSV file's name when its header does not tell: {@code firms.csv},
     * {@code links-2024.csv}, {@code Patents.csv}, {@code trades_raw.csv}.
     */
    static Optional<FileKind> byName(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (FileKind k : List.of(FIRMS, LINKS, PATENTS, TRADES, ALIASES)) {
            if (n.startsWith(k.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The columns a CSV file of this kind must have (trades: {@code amount} unless trades are counted). */
    List<String> requiredColumns() {
        return switch (this) {
            case FIRMS -> List.of("name");
            case ALIASES -> List.of("alias", "firm");
            case LINKS -> List.of("source", "target", "type");
            case PATENTS -> List.of("patent_id", "applicants");
            case TRADES -> List.of("supplier", "customer", "amount");
            default -> List.of();
        };
    }
}
