package org.supracluster.ui.files;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats the current view can be exported in, as the command line's {@code export --format}. */
public enum ExportFormat {
    /** One {@code .graphml} file (Gephi, Cytoscape, yEd). */
    GRAPHML("graphml"),
    /** One {@code .gexf} file (Gephi). */
    GEXF("gexf"),
    /** A folder with {@code firms.csv} and {@code links.csv} in the interchange format. */
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension without the dot. */
    public String extension() {
        return extension;
    }

    /** The format told by a file name's extension, if it is one of ours. */
    public static Optional<ExportFormat> byName(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (n.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Where to write for a name the user chose: a GraphML or GEXF file gets its extension if it
     * has none; for CSV the chosen name (without a {@code .csv} ending) is the folder that
     * receives {@code firms.csv} and {@code links.csv}, as the command line writes them.
     */
    public Path target(Path chosen) {
        String n = chosen.getFileName() == null ? "" : chosen.getFileName().toString();
        if (this == CSV) {
            return n.toLowerCase(Locale.ROOT).endsWith(".csv")
                    ? chosen.resolveSibling(n.substring(0, n.length() - 4)) : chosen;
        }
        return n.toLowerCase(Locale.ROOT).endsWith("." + extension) ? chosen : chosen.resolveSibling(n + "." + extension);
    }
}
