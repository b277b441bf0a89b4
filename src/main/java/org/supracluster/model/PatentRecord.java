package org.supracluster.model;

import java.util.List;
import java.util.Objects;

/**
 * One patent as the records gave it, kept behind the co-patent links it makes: its number, year
 * ({@link Link#NO_YEAR} when not given), date as written, title, applicants as written, its
 * classification codes (IPC) and the ids of the applicants that matched a firm.
 */
public record PatentRecord(String number, int year, String date, String title, List<String> applicants,
                           List<String> ipc, List<String> firmIds) {
    public PatentRecord {
        Objects.requireNonNull(number, "number");
        date = date == null ? "" : date;
        title = title == null ? "" : title;
        applicants = List.copyOf(applicants);
        ipc = List.copyOf(ipc);
        firmIds = List.copyOf(firmIds);
    }
}
