package org.supracluster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Region;
import org.supracluster.store.Database;
import org.supracluster.store.SchemeRepository;

class SchemeCommandTest {

    @TempDir
    Path dir;

    private Path db;
    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = SuperclusterCli.run(args, new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @BeforeEach
    void database() throws Exception {
        db = dir.resolve("s.db");
        Path firms = dir.resolve("firms.csv");
        Files.writeString(firms, "id,name,region\nA,a,경기\nB,b,강원\nC,c,제주\n");
        assertEquals(0, run("import", "--db", db.toString(), firms.toString()));
    }

    @Test
    void aProvinceSchemeAssigningGangwonAndJejuIsStoredListedAndShown() throws Exception {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, "region,cluster,cluster_ko\n경기,North,북부\nGangwon-do,North,북부\nKR-49,Island,섬\n");
        assertEquals(0, run("scheme", "import", "--db", db.toString(), "--name", "mine", csv.toString()), err);
        assertTrue(out.contains("2 clusters, 3 provinces"), out);
        try (Database d = Database.open(db)) {
            ClusterScheme s = SchemeRepository.of(d).load("mine").orElseThrow();
            assertEquals(0, s.clusterOf(Region.GANGWON));
            assertEquals(1, s.clusterOf(Region.JEJU));
            assertEquals(ClusterScheme.OTHER, s.clusterOf(Region.SEOUL));
            assertEquals("북부", s.clusters().get(0).koreanName());
        }
        assertEquals(0, run("scheme", "list", "--db", db.toString()));
        assertTrue(out.contains("default (5 clusters)") && out.contains("mine (2 clusters)"), out);
        assertEquals(0, run("scheme", "show", "mine", "--db", db.toString(), "--lang", "ko"));
        assertTrue(out.contains("북부") && out.contains("강원") && out.contains("섬"), out);
        // Stored once; importing again needs --replace.
        assertEquals(1, run("scheme", "import", "--db", db.toString(), "--name", "mine", csv.toString()));
        assertTrue(err.contains("--replace"), err);
        assertEquals(0, run("scheme", "import", "--db", db.toString(), "--name", "mine", "--replace", csv.toString()));
        assertEquals(0, run("scheme", "import", "--db", db.toString(), "--name", "mine", "--replace", "--lang", "ko",
                csv.toString()), err);
        assertTrue(out.contains("구분을 저장했습니다: 'mine'. 클러스터 2개, 배정된 시도 3개와 개별 기업 0개."), out);
        // The clusters of a stored scheme filter an export.
        assertEquals(0, run("export", "--db", db.toString(), "--format", "csv", "--out", dir.resolve("x").toString(),
                "--clusters", "mine", "--only-clusters", "North"));
        assertTrue(out.contains("Exported 2 firms"), out);
    }

    @Test
    void aFirmSchemeNeedsStoredFirms() throws Exception {
        Path csv = dir.resolve("firms_scheme.csv");
        Files.writeString(csv, "id,cluster\nA,One\nB,Two\n");
        assertEquals(0, run("scheme", "import", "--db", db.toString(), "--name", "byfirm", csv.toString()), err);
        try (Database d = Database.open(db)) {
            assertEquals(List.of("byfirm", "default"), SchemeRepository.of(d).names());
        }
        Files.writeString(csv, "id,cluster\nA,One\nZ,Two\n");
        assertEquals(1, run("scheme", "import", "--db", db.toString(), "--name", "bad", csv.toString()));
        assertTrue(err.contains("firms_scheme.csv, line 3, column 'id': no firm has the id 'Z'"), err);
    }

    @Test
    void badSchemeFilesAreRefusedNamingTheLine() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "region,cluster\n경기,A\nAtlantis,B\n경기도,C\n,D\n");
        assertEquals(1, run("scheme", "import", "--db", db.toString(), "--name", "bad", csv.toString()));
        assertTrue(err.contains("bad.csv, line 3, column 'region': unknown region 'Atlantis'"), err);
        assertTrue(err.contains("bad.csv, line 4, column 'region': '경기도' was already given a cluster on line 2"), err);
        assertTrue(err.contains("line 5, column 'region': the region is empty"), err);
        assertEquals(1, run("scheme", "import", "--db", db.toString(), "--name", "bad", "--lang", "ko", csv.toString()));
        assertTrue(err.contains("오류: bad.csv, 3행, 'region' 열: 알 수 없는 지역입니다: 'Atlantis'."), err);
        assertTrue(err.contains("오류: bad.csv, 4행, 'region' 열: 2행에서 이미 클러스터를 정했습니다: '경기도'."), err);
        assertTrue(err.contains("구분을 저장하지 않았습니다."), err);
        Files.writeString(csv, "name,cluster\nx,y\n");
        assertEquals(1, run("scheme", "import", "--db", db.toString(), "--name", "bad", csv.toString()));
        assertTrue(err.contains("region,cluster") && err.contains("id,cluster"), err);
        assertEquals(1, run("scheme", "import", "--db", db.toString(), "--name", "default", csv.toString()));
        assertTrue(err.contains("built-in"), err);
        assertEquals(1, run("scheme", "show", "nope", "--db", db.toString()));
        assertTrue(err.contains("no cluster scheme 'nope'"), err);
    }
}
