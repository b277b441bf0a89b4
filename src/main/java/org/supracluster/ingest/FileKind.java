package org.supracluster.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of file the importer reads, recognised from the extension or the CSV header. */
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

    /** The kind told by a CSV header's columns (normalised keys). */
    static Optional<FileKind> byHeader(Set<String> keys) {
        if (keys.contains("applicants")) {
            return Optional.of(PATENTS);
        }
        if (keys.contains("supplier") && keys.contains("customer")) {
            return Optional.of(TRADES);
        }
        if (keys.contains("source") && keys.contains("target")) {
            return Optional.of(LINKS);
        }
        if (keys.contains("id") && (keys.contains("region") || keys.contains("province") || keys.contains("name"))) {
            return Optional.of(FIRMS);
        }
        return Optional.empty();
    }
}
