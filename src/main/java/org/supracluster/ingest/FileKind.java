package org.supracluster.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file the importer reads, recognised from the extension (GraphML, GEXF), else the
 * CSV header, else the file name ({@code firms…}, {@code links…}, {@code patents…}, {@code trades…}).
 */
public enum FileKind {
    FIRMS, LINKS, PATENTS, TRADES, GRAPHML, GEXF;

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

    /**
     * The kind told by a CSV header's columns (normalised keys): the kind with the most of its
     * required columns present ({@code id, name, region}; {@code source, target, type};
     * {@code patent_id, applicants}; {@code supplier, customer, amount}), so that a file missing
     * one required column is still recognised and the missing column can be named, and a firms
     * file with an extra column called {@code source} or {@code customer} stays a firms file.
     * Empty when no kind has a column or two kinds tie.
     */
    static Optional<FileKind> byHeader(Set<String> keys) {
        FileKind best = null;
        int bestScore = 0;
        boolean tie = false;
        for (FileKind k : List.of(FIRMS, LINKS, PATENTS, TRADES)) {
            int score = 0;
            for (String c : k.requiredColumns()) {
                if (keys.contains(c) || (c.equals("region") && keys.contains("province"))) {
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

    /**
     * The kind told by a CSV file's name when its header does not tell: {@code firms.csv},
     * {@code links-2024.csv}, {@code Patents.csv}, {@code trades_raw.csv}.
     */
    static Optional<FileKind> byName(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (FileKind k : List.of(FIRMS, LINKS, PATENTS, TRADES)) {
            if (n.startsWith(k.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The columns a CSV file of this kind must have (trades: {@code amount} unless trades are counted). */
    List<String> requiredColumns() {
        return switch (this) {
            case FIRMS -> List.of("id", "name", "region");
            case LINKS -> List.of("source", "target", "type");
            case PATENTS -> List.of("patent_id", "applicants");
            case TRADES -> List.of("supplier", "customer", "amount");
            default -> List.of();
        };
    }
}
