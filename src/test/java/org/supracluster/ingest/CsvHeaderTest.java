package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A header row read as columns: which column gets a field two of them name, and the header's own faults. */
class CsvHeaderTest {

    private final ImportReport report = new ImportReport();

    private Optional<CsvHeader> read(HeaderNames names, String... cells) {
        return CsvHeader.read(List.of(cells), names, "firms.csv", 3, report);
    }

    @Test
    void eachColumnIsFoundByTheFieldItNamesOrItsOwnKey() {
        CsvHeader h = read(HeaderNames.standard(), "기업명", " Founded  In", "시도").orElseThrow();
        assertEquals(List.of("name", "founded_in", "region"), h.keys());
        assertEquals(List.of("기업명", " Founded  In", "시도"), h.names());
        assertEquals(2, h.column("region"));
        assertEquals(null, h.column("city"));
        assertEquals(0, report.warnings().size());
    }

    @Test
    void theFieldsOwnEnglishNameWinsOverAnotherName() {
        CsvHeader h = read(HeaderNames.standard(), "주소", "address").orElseThrow();
        assertEquals(List.of("주소", "address"), h.keys(), "주소 is kept as an attribute under its own key");
        assertEquals(1, h.column("address"));
        assertEquals("warning: firms.csv, line 3, column '주소': the columns 'address' and '주소' both mean 'address': "
                + "'address' was used and '주소' kept as an attribute (choose with --column address=HEADER).",
                report.warnings().get(0).toString());
    }

    @Test
    void betweenTwoOtherNamesTheFirstWins() {
        CsvHeader h = read(HeaderNames.standard(), "주소", "본사주소").orElseThrow();
        assertEquals(List.of("address", "본사주소"), h.keys());
        assertEquals(1, report.warnings().size());
    }

    @Test
    void theUsersMappingWinsOverEveryName() {
        CsvHeader h = read(HeaderNames.mapping(Map.of("address", "본사주소")), "주소", "본사주소").orElseThrow();
        assertEquals(List.of("주소", "address"), h.keys());
    }

    @Test
    void aLoserThatCannotKeepItsOwnKeyIsAnError() {
        assertTrue(read(HeaderNames.mapping(Map.of("address", "본사주소")), "address", "본사주소").isEmpty());
        assertEquals("error: firms.csv, line 3, column 'address': the columns '본사주소' and 'address' both mean "
                + "'address'; rename one of them.", report.errors().get(0).toString());
    }

    @Test
    void aNamelessOrRepeatedColumnIsAnError() {
        assertTrue(read(HeaderNames.standard(), "id", " ", "name").isEmpty());
        assertTrue(read(HeaderNames.standard(), "id", "Patent ID", "patent-id").isEmpty());
        assertEquals(List.of("error: firms.csv, line 3: header column 2 has no name.",
                "error: firms.csv, line 3, column 'patent-id': the column 'patent-id' appears twice in the header."),
                report.errors().stream().map(Object::toString).toList());
    }
}
