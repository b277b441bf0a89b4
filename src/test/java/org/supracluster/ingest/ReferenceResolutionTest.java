package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supracluster.ingest.ImportFixture.assertClean;
import static org.supracluster.ingest.ImportFixture.assertOneError;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.Network;
import org.supracluster.store.NetworkStore;

/**
 * Each rule of DESIGN.md's "how a reference finds its firm", through a real import into a SQLite
 * file: id; else registration number (hyphens ignored); else the normalised name; else an alias;
 * a name that fits two firms is an error naming both. Invented firms; valid registration numbers
 * made with {@link Brn#checkDigit}.
 */
class ReferenceResolutionTest {

    @TempDir
    Path dir;

    /** 123-45-67891, 220-81-62517 and 100-00-00090 carry right check digits (see BrnTest). */
    static final String FIRMS = """
            id,name,brn,region,lat,lon
            h1,(주)한빛반도체,123-45-67891,경기,37.2,127.1
            s2,새솔소재 주식회사,2208162517,충북,36.6,127.4
            d3,Daon Precision Co. Ltd.,,대전,36.3,127.4
            """;

    private Importer.Result trades(ImportFixture f, String rows) {
        return f.run(f.file("firms.csv", FIRMS), f.file("trades.csv", "supplier,customer,amount,year\n" + rows));
    }

    @Test
    void byIdFirst() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            assertClean(trades(f, "h1,s2,5,2021\n"));
            assertEquals(List.of("h1>s2 trade 5 2021"), f.links());
        }
    }

    @Test
    void byRegistrationNumberWithOrWithoutHyphens() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            assertClean(trades(f, "1234567891,220-81-62517,5,2021\n123-45-67891,2208162517,2,2021\n"));
            assertEquals(List.of("h1>s2 trade 7 2021"), f.links());
        }
    }

    @Test
    void byTheNormalisedNameInEveryLegalFormAndSpacing() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            assertClean(trades(f, """
                    한빛반도체주식회사,새솔소재,1,2021
                    주식회사 한빛 반도체,(주)새솔소재,1,2021
                    ㈜한빛반도체,새솔 소재(주),1,2021
                    "DAON PRECISION CO.,LTD",한빛반도체,1,2021
                    """));
            assertEquals(List.of("d3>h1 trade 1 2021", "h1>s2 trade 3 2021"), f.links());
        }
    }

    @Test
    void byAnAliasFromAnAliasesFileStoredForLaterImports() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path aliases = f.file("aliases.csv", "별칭,기업\nHANBIT SEMICONDUCTOR CO. LTD.,h1\n새솔머티리얼즈,2208162517\n");
            Importer.Result r = f.run(f.file("firms.csv", FIRMS), aliases);
            assertClean(r);
            assertEquals(2, NetworkStore.of(f.db).aliases().size());
            // A later import, without the aliases file, still finds both firms by their aliases.
            Path patents = f.file("patents.csv", "출원번호,출원일자,출원인\n10-2021-0000001,2021.03.15,"
                    + "\"Hanbit Semiconductor Co., Ltd.; 새솔머티리얼즈\"\n");
            assertClean(f.run(patents));
            assertEquals(List.of("h1-s2 copatent 1 2021"), f.links());
        }
    }

    @Test
    void aNameComesBeforeAnAlias() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            // 'Daon' is an alias of h1 but also the normalised name of d3: the name wins.
            f.run(f.file("firms.csv", FIRMS + "d4,다온,,대전,36.3,127.4\n"));
            Importer.Result r = f.run(f.file("aliases.csv", "alias,firm\n다온 주식회사,h1\n"));
            assertFalse(r.stored());
            assertOneError(r.report(), "aliases.csv", 2, "alias", "already names the firm '다온' (d4)");
        }
    }

    @Test
    void aNameThatFitsTwoFirmsIsAnErrorNamingBoth() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", FIRMS + "h9,한빛 반도체 유한회사,,충남,36.5,126.8\n");
            Importer.Result r = f.run(firms, f.file("trades.csv", "supplier,customer,amount\n한빛반도체,s2,1\n"));
            assertFalse(r.stored());
            ImportReport.Problem p = assertOneError(r.report(), "trades.csv", 2, "supplier",
                    "the name '한빛반도체' belongs to 2 firms");
            assertTrue(p.message().contains("'(주)한빛반도체' (h1)") && p.message().contains("'한빛 반도체 유한회사' (h9)"),
                    p.message());
        }
    }

    @Test
    void anAliasOfAnUnknownFirmIsAnError() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("firms.csv", FIRMS), f.file("aliases.csv", "alias,firm\nX Corp,nobody\n"));
            assertFalse(r.stored());
            assertOneError(r.report(), "aliases.csv", 2, "firm", "no firm has the id or name 'nobody'");
        }
    }

    @Test
    void linkFileEndsResolveByNumberAndNameToo() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path links = f.file("links.csv", "source,target,type,weight,year\n123-45-67891,새솔소재,copatent,2,2020\n");
            assertClean(f.run(f.file("firms.csv", FIRMS), links));
            assertEquals(List.of("h1-s2 copatent 2 2020"), f.links());
        }
    }

    @Test
    void aFirmFileWithoutIdsTakesTheNumberElseTheName() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Path firms = f.file("firms.csv", """
                    업체명,사업자등록번호,시도,위도,경도
                    (주)한빛반도체,123-45-67891,경기,37.2,127.1
                    다온정밀,,대전,36.3,127.4
                    """);
            assertClean(f.run(firms));
            Network n = f.load();
            assertEquals("(주)한빛반도체", n.firmName(f.firm(n, "1234567891")));
            assertEquals("1234567891", n.brn(f.firm(n, "1234567891")));
            assertEquals("", n.brn(f.firm(n, "다온정밀")));
        }
    }

    @Test
    void aWrongCheckDigitIsAnErrorNamingTheLine() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("firms.csv", "name,brn,region\nA,123-45-67891,경기\nB,123-45-67890,경기\n"));
            assertFalse(r.stored());
            assertOneError(r.report(), "firms.csv", 3, "brn", "wrong check digit");
        }
    }

    @Test
    void aRegistrationNumberGivenTwiceIsAnError() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("firms.csv",
                    "id,name,brn,region\na,A,1234567891,경기\nb,B,123-45-67891,경기\n"));
            assertFalse(r.stored());
            assertOneError(r.report(), "firms.csv", 3, "brn", "already given on line 2");
        }
    }

    @Test
    void aStoredFirmKeepsItsNumberWhenALaterFileHasNone() {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            assertClean(f.run(f.file("firms.csv", FIRMS)));
            assertClean(f.run(f.file("firms2.csv", "id,name,region,lat,lon\nh1,(주)한빛반도체,경기,37.3,127.1\n")));
            Network n = f.load();
            assertEquals("1234567891", n.brn(f.firm(n, "h1")));
            assertClean(f.run(f.file("trades.csv", "supplier,customer,amount\n1234567891,s2,1\n")));
        }
    }
}
