package org.supracluster.export;

import java.util.ArrayList;
import java.util.List;
import org.supracluster.model.Messages;

/**
 * The report's "Definitions" section: what its words mean, in plain English or Korean, as
 * DESIGN.md ("Analysis definitions") defines them. One entry a term, so that a new figure adds
 * its own line here and nothing else moves. A term is the window's (Help ▸ Definitions, the column
 * headers) where the window has it, so both name a figure alike; the explanations are the
 * report's own ({@code report.definition.*}): longer than the window's tooltips, they say how to
 * read the report's tables.
 */
final class ReportDefinitions {

    private ReportDefinitions() {
    }

    /** A term's bundle key and the key of the report's explanation of it. */
    private record Term(String term, String text) {
    }

    private static final List<Term> TERMS = List.of(
            new Term("definitions.other", "report.definition.other"),
            new Term("definitions.fairShare", "report.definition.fairShare"),
            new Term("report.definition.shares.term", "report.definition.shares"),
            new Term("metric.eiIndex", "report.definition.eiIndex"),
            new Term("definitions.neighbours", "report.definition.neighbours"),
            new Term("definitions.articulation", "report.definition.articulation"),
            new Term("definitions.bridge", "report.definition.bridge"),
            new Term("metric.coreness", "report.definition.coreness"),
            new Term("comparison.density", "report.definition.density"),
            new Term("comparison.firms", "report.definition.firms"),
            new Term("definitions.qap", "report.definition.qap"),
            new Term("report.definition.modularity.term", "report.definition.modularity"));

    /**
     * The definitions in the report's language.
     *
     * @param fairShare the view's fair share 1/K (NaN when no cluster is in view), to name K
     */
    static List<HtmlReport.Entry> entries(Messages m, double fairShare) {
        long k = fairShare > 0 ? Math.round(1 / fairShare) : 0;
        List<HtmlReport.Entry> out = new ArrayList<>();
        for (Term t : TERMS) {
            // Every explanation is a pattern (an English apostrophe is written ''); only the fair share's takes K.
            out.add(new HtmlReport.Entry(m.get(t.term()), m.format(t.text(), k)));
        }
        return out;
    }
}
