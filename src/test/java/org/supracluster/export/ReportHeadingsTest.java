package org.supracluster.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportHeadingsTest {

    @Test
    void headingsMeasuresAndBooleansReadAsWordsInTheReportsLanguage() {
        HtmlReport.Table measures = new HtmlReport.Table("c", List.of("measure", "value"),
                List.of(List.of("jaccard", "0.018"), List.of("unknown_code", "1")));
        HtmlReport.Table ko = ReportHeadings.inWords(measures, Locale.KOREAN);
        assertEquals(List.of("지표", "값"), ko.header());
        assertEquals(List.of(List.of("겹침 (자카드)", "0.018"), List.of("unknown_code", "1")), ko.rows(),
                "values stay as they are; an unknown code shows as it is");
        assertEquals("c", ko.caption());

        HtmlReport.Table communities = new HtmlReport.Table(null, List.of("community", "supra_regional", "firms"),
                List.of(List.of("Community 1", "true", "12"), List.of("Community 2", "false", "3")));
        HtmlReport.Table en = ReportHeadings.inWords(communities, Locale.ENGLISH);
        assertEquals(List.of("Community", "Supra-regional", "Firms"), en.header());
        assertEquals(List.of(List.of("Community 1", "yes", "12"), List.of("Community 2", "no", "3")), en.rows(),
                "only a measure table's first column is translated; true/false read yes/no");
        assertEquals("예", ReportHeadings.inWords(communities, Locale.KOREAN).rows().get(0).get(1));
    }
}
