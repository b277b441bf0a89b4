package org.supracluster.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The report's cells for reading; the CSV of the same table keeps its plain numbers. */
class ReportCellsTest {

    @Test
    void countsAreGroupedSharesArePercentagesAndOtherNumbersLoseTrailingZeros() {
        for (Locale l : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            assertEquals("1,131", ReportCells.format("internal", 1131L, l));
            assertEquals("7", ReportCells.format("firms", 7, l));
            assertEquals("71.5%", ReportCells.format("internal_share", 0.715, l));
            assertEquals("0.0%", ReportCells.format("external_share", 0.0, l));
            assertEquals("100.0%", ReportCells.format("cross_cluster_share", 1.0, l));
            assertEquals("7,716.8", ReportCells.format("weighted_degree", 7716.800, l));
            assertEquals("-0.333", ReportCells.format("ei_index", -1.0 / 3, l));
            assertEquals("0", ReportCells.format("density", 0.0, l));
            assertEquals("12,345,678.5", ReportCells.format("amount", 12_345_678.5, l));
            assertEquals("—", ReportCells.format("ei_index", Double.NaN, l));
            assertEquals("—", ReportCells.format("ei_index", null, l));
        }
        // Below 0.001 three significant digits, not a bare 0.
        assertEquals("0.000500", ReportCells.format("p", 0.0005, Locale.ENGLISH));
    }

    @Test
    void rolesAreCapitalisedAndOtherTextStaysAsItIs() {
        assertEquals("Core hub", ReportCells.format("role", "core hub", Locale.ENGLISH));
        assertEquals("R2 peripheral", ReportCells.format("role", "R2 peripheral", Locale.ENGLISH));
        assertEquals("핵심 허브", ReportCells.format("role", "핵심 허브", Locale.KOREAN));
        assertEquals("", ReportCells.format("role", "", Locale.ENGLISH));
        assertEquals("gateway firm", ReportCells.format("name", "gateway firm", Locale.ENGLISH));
    }

    @Test
    void theReportTableIsFormattedWhileTheCsvKeepsPlainNumbers() throws Exception {
        ResultTable t = new ResultTable("clusters", "cluster", "internal", "internal_share", "role")
                .row("Capital region", 1131L, 0.715, "core hub");
        HtmlReport.Table html = t.html(Locale.ENGLISH, null);
        assertEquals(List.of(List.of("Capital region", "1,131", "71.5%", "Core hub")), html.rows());
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("cells", ".csv");
        try {
            t.writeCsv(csv);
            String text = java.nio.file.Files.readString(csv);
            assertEquals("\uFEFFcluster,internal,internal_share,role\r\nCapital region,1131,0.715,core hub\r\n", text);
        } finally {
            java.nio.file.Files.deleteIfExists(csv);
        }
    }
}
