package org.supracluster.store;

import java.time.Instant;
import java.util.List;

/**
 * One line of the import log: when, which files, how many rows were read, what changed and the
 * warnings that were applied.
 */
public record ImportLogEntry(Instant at, List<String> files, long rows, ImportCounts counts,
                             long warnings, List<String> messages) {
    public ImportLogEntry {
        files = List.copyOf(files);
        messages = List.copyOf(messages);
    }
}
