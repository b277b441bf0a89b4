package org.supracluster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code --min-weight} for both link types, {@code --min-weight-trade} and {@code --min-weight-copatent} for one. */
class MinWeightOptionsTest extends CommandTest {

    private Path db;

    /*
     * Trade links weigh amounts, co-patent links joint patents:
     *   A→B trade 500, B→C trade 20, A–C co-patent 3, B–D co-patent 1, C–D co-patent 12.
     */
    @BeforeEach
    void importNetwork() throws Exception {
        Path firms = dir.resolve("firms.csv");
        Files.writeString(firms, "id,name,region,lat,lon,segment\n"
                + "A,가람반도체,경기,37.26,127.03,fab\n"
                + "B,누리소재,충북,36.64,127.49,materials\n"
                + "C,다온연구소,대전,36.35,127.38,research\n"
                + "D,라온장비,경기,37.20,127.10,equipment\n");
        Path links = dir.resolve("links.csv");
        Files.writeString(links, "source,target,type,weight,year\n"
                + "A,B,trade,500,2020\nB,C,trade,20,2020\nA,C,copatent,3,2021\nB,D,copatent,1,2021\n"
                + "C,D,copatent,12,2022\n");
        db = dir.resolve("w.db");
        assertEquals(0, run("import", "--db", db.toString(), firms.toString(), links.toString()), err);
    }

    /** What {@code export} says after writing the view of these filter options as CSV. */
    private String exported(String... filter) {
        List<String> args = new ArrayList<>(List.of("export", "--db", db.toString(), "--format", "csv",
                "--out", dir.resolve("out").toString()));
        args.addAll(List.of(filter));
        assertEquals(0, run(args.toArray(String[]::new)), err);
        return out;
    }

    @Test
    void oneMinimumForBothDropsTheLightCoPatentLinks() {
        // ≥ 10: trade 500 and 20, co-patent 12.
        assertTrue(exported("--min-weight", "10").contains("and 3 links"), out);
    }

    @Test
    void aTradeMinimumKeepsEveryCoPatentLink() {
        // Trade ≥ 100: trade 500; co-patent 3, 1, 12.
        assertTrue(exported("--min-weight-trade", "100").contains("and 4 links"), out);
    }

    @Test
    void aCoPatentMinimumKeepsEveryTradeLink() {
        // Co-patent ≥ 2: trade 500, 20; co-patent 3, 12.
        assertTrue(exported("--min-weight-copatent", "2").contains("and 4 links"), out);
    }

    @Test
    void aPerTypeMinimumOverridesTheOneForBoth() {
        // Both ≥ 10 but co-patent ≥ 2: trade 500, 20; co-patent 3, 12.
        assertTrue(exported("--min-weight", "10", "--min-weight-copatent", "2").contains("and 4 links"), out);
        // Trade ≥ 100 and co-patent ≥ 5: trade 500, co-patent 12.
        assertTrue(exported("--min-weight-trade", "100", "--min-weight-copatent", "5").contains("and 2 links"), out);
    }

    @Test
    void aNegativeMinimumIsRefusedNamingItsOption() {
        assertEquals(1, run("export", "--db", db.toString(), "--format", "csv", "--out", dir.resolve("x").toString(),
                "--min-weight-copatent", "-1"));
        assertTrue(err.contains("--min-weight-copatent must be 0 or more"), err);
    }

    @Test
    void theHelpNamesBothOptionsWithTheirUnits() {
        assertEquals(0, run("analyze", "--help"));
        assertTrue(out.contains("--min-weight-trade") && out.contains("--min-weight-copatent"), out);
        assertTrue(out.contains("joint patents"), out);
    }
}
