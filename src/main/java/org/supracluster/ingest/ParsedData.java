package org.supracluster.ingest;

import java.util.List;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;

/** Firms and links read from one file, validated, not yet stored. */
public record ParsedData(List<Firm> firms, List<Link> links) {
    public ParsedData {
        firms = List.copyOf(firms);
        links = List.copyOf(links);
    }

    public static ParsedData empty() {
        return new ParsedData(List.of(), List.of());
    }
}
