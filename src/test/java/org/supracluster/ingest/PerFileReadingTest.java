package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.Progress;

/**
 * Files of one import read each with its own kind, encoding and columns (the import dialog's
 * choices per file), checked and stored together in one transaction. Invented firms.
 */
class PerFileReadingTest {

    @TempDir
    Path dir;

    private static final String FIRMS = """
            id,name,region,lat,lon,지역
            a,가람전자,경기,37.2,127.1,수도권
            b,나래소재,충북,36.6,127.4,충청권
            """;

    @Test
    void eachFileIsReadWithItsOwnOptionsAndTheRestWithTheCommonOnes() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            // The firms file keeps its second region-like column as an attribute; the trades file
            // is CP949 under headers only a mapping explains, and its kind is named.
            Path firms = f.file("firms.csv", FIRMS.replace("region,", "시도,"));
            Path trades = f.file("거래.csv", "판매처,구입처,공급가액,기준연도\n가람전자,나래소재,70,2022\n",
                    TextDecoder.CP949);
            Importer.Options common = Importer.Options.defaults();
            Map<Path, Importer.Options> reading = Map.of(
                    firms, common.withColumns(HeaderNames.standard().keepingAsAttributes(List.of("지역"))),
                    trades, new Importer.Options(TextDecoder.CP949, FileKind.TRADES, false, Map.of())
                            .withColumns(HeaderNames.mapping(Map.of("supplier", "판매처", "customer", "구입처",
                                    "amount", "공급가액", "year", "기준연도"))));
            Importer.Result r = Importer.importFiles(f.db, List.of(firms, trades), common, reading, Progress.NONE);
            assertEquals(List.of(), r.report().lines(), "no error, and no warning about two region columns");
            assertTrue(r.stored());
            assertEquals(List.of("a>b trade 70 2022"), f.links());
            var n = f.load();
            int a = n.indexOf("a");
            assertEquals(org.supracluster.model.Region.GYEONGGI, n.region(a));
            assertEquals("수도권", n.attributes(a).get("지역"));
        }
    }

    @Test
    void withoutItsOwnOptionsTheSameTradesFileCannotBeToldApart() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", FIRMS);
            Path trades = f.file("거래.csv", "판매처,구입처,공급가액,기준연도\n가람전자,나래소재,70,2022\n",
                    TextDecoder.CP949);
            Importer.Result r = f.run(firms, trades);
            assertEquals(1, r.report().errorCount(), () -> r.report().lines().toString());
        }
    }
}
