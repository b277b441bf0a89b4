package org.supracluster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supracluster.model.Network;
import org.supracluster.store.Database;
import org.supracluster.store.DbSnapshot;
import org.supracluster.store.NetworkStore;

/** The import command's options for real data: --column, --kind, --dry-run, --strict, --unmatched-out, --patent-weight. */
class ImportOptionsCliTest extends CommandTest {

    private Path db;

    @BeforeEach
    void newDatabase() {
        db = dir.resolve("study.db");
    }

    private Path write(String name, String text, Charset cs) throws Exception {
        return Files.write(dir.resolve(name), text.getBytes(cs));
    }

    /** Invented firms; 123-45-67891 and 220-81-62517 carry right check digits. */
    private Path firms() throws Exception {
        return write("members.csv", "업체명,사업자등록번호,시도,위도,경도\n가람전자(주),123-45-67891,경기,37.2,127.1\n"
                + "나래소재 주식회사,2208162517,충북,36.6,127.4\n", StandardCharsets.UTF_8);
    }

    @Test
    void tradeRecordsInCp949KeyedByRegistrationNumbersUnderMappedHeaders() throws Exception {
        Path trades = write("거래내역.csv", "판매처,구입처,공급가액(원),기준연도\n1234567891,220-81-62517,1500,2023\n"
                + "123-45-67891,2208162517,500,2023\n", Charset.forName("x-windows-949"));
        assertEquals(0, run("import", "--db", db.toString(), firms().toString()), err);
        assertEquals(0, run("import", "--db", db.toString(), "--kind", "trades", "--encoding", "cp949",
                "--column", "supplier=판매처", "--column", "customer=구입처", "--column", "amount=공급가액",
                "--column", "year=기준연도", trades.toString()), err);
        try (Database d = Database.open(db)) {
            Network n = NetworkStore.of(d).load();
            assertEquals(1, n.linkCount());
            assertEquals(2000, n.linkWeight(0));
            assertEquals(2023, n.linkYear(0));
            assertEquals("1234567891", n.firmId(n.linkSource(0)));
        }
    }

    @Test
    void anUnknownFieldInColumnIsBadInputNamingTheFields() {
        assertEquals(1, run("import", "--db", db.toString(), "--column", "colour=색", "x.csv"));
        assertTrue(err.contains("--column: unknown field 'colour'") && err.contains("supplier"), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void aDryRunReportsWhatWouldChangeAndLeavesTheDatabaseAsItWas() throws Exception {
        assertEquals(0, run("import", "--db", db.toString(), firms().toString()));
        String before = DbSnapshot.of(db);
        Path patents = write("patents.csv", "출원번호,출원일자,출원인\n10-2023-1,2023.05.02,\"가람전자; 나래소재\"\n",
                StandardCharsets.UTF_8);
        assertEquals(0, run("import", "--db", db.toString(), "--dry-run", patents.toString()), err);
        assertTrue(out.contains("Dry run: would import 1 row(s)") && out.contains("links 1 added"), out);
        assertTrue(out.contains("Nothing was stored (--dry-run)."), out);
        assertEquals(before, DbSnapshot.of(db));
    }

    @Test
    void unmatchedNamesArePrintedAndWrittenWithUnmatchedOut() throws Exception {
        Path patents = write("patents.csv", "patent_id,year,applicants\nP1,2022,가람전자;나래소재;가람전기\n",
                StandardCharsets.UTF_8);
        Path csv = dir.resolve("unmatched.csv");
        assertEquals(0, run("import", "--db", db.toString(), "--unmatched-out", csv.toString(), firms().toString(),
                patents.toString()), err);
        assertTrue(out.contains("1 name(s) matched no firm") && out.contains("가람전기 | 1 | 2022 | 가람전자(주)"), out);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("가람전기,1,2022,가람전자(주),,,patents.csv,2", lines.get(1));
    }

    @Test
    void strictRefusesWithExitOneAndStoresNothing() throws Exception {
        Path patents = write("patents.csv", "patent_id,year,applicants\nP1,2022,가람전자;가람전기\n",
                StandardCharsets.UTF_8);
        assertEquals(1, run("import", "--db", db.toString(), "--strict", firms().toString(), patents.toString()));
        assertTrue(err.contains("patents.csv, line 2, column 'applicants': no firm has the id or name '가람전기'"), err);
        assertTrue(err.contains("Nothing was stored"), err);
    }

    @Test
    void fractionalPatentWeight() throws Exception {
        Path patents = write("patents.csv", "patent_id,year,applicants\nP1,2022,가람전자;나래소재;Outside Inc\n",
                StandardCharsets.UTF_8);
        assertEquals(0, run("import", "--db", db.toString(), "--patent-weight", "fractional", firms().toString(),
                patents.toString()), err);
        try (Database d = Database.open(db)) {
            assertEquals(0.5, NetworkStore.of(d).load().linkWeight(0), 1e-12, "1/(3−1): three applicants");
        }
        assertEquals(1, run("import", "--db", db.toString(), "--patent-weight", "half", patents.toString()));
        assertTrue(err.contains("--patent-weight takes count or fractional"), err);
    }
}
