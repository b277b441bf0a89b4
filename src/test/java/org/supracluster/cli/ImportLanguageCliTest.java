package org.supracluster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code import --lang ko|en}: the importer's problems and the command's own lines in the chosen language. */
class ImportLanguageCliTest extends CommandTest {

    /** Invented firms; line 3 has a region no spelling of a province matches. */
    private Path firms() throws Exception {
        return Files.writeString(dir.resolve("firms.csv"), "id,name,region,lat,lon\nf1,가람전자,경기,37.2,127.1\n"
                + "f2,나래소재,경기이,36.6,127.4\n", StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownRegionIsToldInKoreanNamingTheLine() throws Exception {
        Path db = dir.resolve("ko.db");
        assertEquals(1, run("import", "--lang", "ko", "--db", db.toString(), firms().toString()));
        assertTrue(err.contains("오류: firms.csv, 3행, 'region' 열: 알 수 없는 지역입니다: '경기이'. 경기, 경기도, "
                + "Gyeonggi, KR-41, 41처럼 시도 이름이나 코드를 쓰십시오."), err);
        assertTrue(err.contains("아무것도 저장하지 않았습니다: 오류 1건, 경고 0건. 데이터베이스는 그대로입니다: " + db + "."),
                err);
        assertFalse(err.contains("unknown region"), err);
        assertFalse(Files.exists(db) && out.contains("가져왔습니다"), out);
    }

    @Test
    void aProblemNamesTheColumnAsTheHeaderWritesIt() throws Exception {
        // A sheet with Korean headers: the user knows the column as 지역, not as the field 'region'.
        Path file = Files.writeString(dir.resolve("기업.csv"), "기업명,지역,위도,경도\n가람전자,경기,37.2,127.1\n"
                + "나래소재,경기이,36.6,127.4\n", StandardCharsets.UTF_8);
        assertEquals(1, run("import", "--lang", "ko", "--db", dir.resolve("h.db").toString(), file.toString()));
        assertTrue(err.contains("오류: 기업.csv, 3행, '지역' 열: 알 수 없는 지역입니다: '경기이'."), err);
        assertEquals(1, run("import", "--lang", "en", "--db", dir.resolve("h.db").toString(), file.toString()));
        assertTrue(err.contains("error: 기업.csv, line 3, column '지역': unknown region '경기이'"), err);
    }

    @Test
    void theSameFileInEnglishReadsAsItAlwaysDid() throws Exception {
        Path db = dir.resolve("en.db");
        assertEquals(1, run("import", "--lang", "en", "--db", db.toString(), firms().toString()));
        assertTrue(err.contains("error: firms.csv, line 3, column 'region': unknown region '경기이' (use a province "
                + "name such as 경기, 경기도, Gyeonggi, KR-41 or 41)."), err);
        assertTrue(err.contains("Nothing was stored: 1 error(s), 0 warning(s). The database " + db + " is as it was."),
                err);
    }

    @Test
    void aGoodImportInKoreanCountsWhatItStoredAndWherePlaced() throws Exception {
        Path db = dir.resolve("good.db");
        Path file = Files.writeString(dir.resolve("good.csv"), "id,name,region,city\nf1,가람전자,경기,성남시\n"
                + "f2,나래소재,충북,\n", StandardCharsets.UTF_8);
        assertEquals(0, run("import", "--lang", "ko", "--db", db.toString(), file.toString()), err);
        assertTrue(out.contains("2행을 " + db + "에 가져왔습니다: 기업 2개 추가, 0개 갱신, 0개 변화 없음; 연결 0개 추가, "
                + "0개 갱신, 0개 변화 없음; 경고 1건."), out);
        assertTrue(out.contains("기업 위치: 주어진 좌표 0곳, 시·군·구 청사 위치 1곳, 시·도 중심 1곳."), out);
        assertTrue(out.contains("경고: good.csv, 3행, 'lat' 열: 좌표가 없어 시도 중심(충청북도)에 두었습니다."), out);
    }

    @Test
    void sampleAndExportTakeLangToo() throws Exception {
        Path folder = dir.resolve("sample");
        assertEquals(0, run("sample", "--lang", "ko", "--firms", "10", "--seed", "7", "--out", folder.toString()), err);
        assertTrue(out.contains("합성 예시 데이터(기업 10개, 시드 7)를 " + folder + "에 썼습니다"), out);
        Path db = dir.resolve("export.db");
        Path file = Files.writeString(dir.resolve("two.csv"), "id,name,region,lat,lon\nf1,가람전자,경기,37.2,127.1\n"
                + "f2,나래소재,충북,36.6,127.4\n", StandardCharsets.UTF_8);
        assertEquals(0, run("import", "--db", db.toString(), file.toString()), err);
        Path exported = dir.resolve("exported");
        assertEquals(0, run("export", "--lang", "ko", "--db", db.toString(), "--format", "csv", "--out",
                exported.toString()), err);
        assertTrue(out.contains("기업 2개와 연결 0개를 " + exported + "에 내보냈습니다."), out);
        assertEquals(0, run("export", "--lang", "en", "--db", db.toString(), "--format", "graphml", "--out",
                dir.resolve("x.graphml").toString()), err);
        assertTrue(out.contains("Exported 2 firms and 0 links to " + dir.resolve("x.graphml") + "."), out);
    }

    @Test
    void errorsOfTheCommandLineItselfSpeakTheChosenLanguage() throws Exception {
        assertEquals(1, run("import", "--lang", "ko", "--trade-weight", "x", "--db", dir.resolve("x.db").toString(),
                firms().toString()));
        assertTrue(err.contains("오류: --trade-weight에는 amount나 count를 씁니다. 받은 값: 'x'."), err);
        assertEquals(1, run("import", "--lang", "ko", "--no-such-option", firms().toString()));
        assertTrue(err.startsWith("오류: ") && err.contains("도움말: '") && err.contains(" import --help'"), err);
        assertEquals(1, run("import", "--lang", "en", "--no-such-option", firms().toString()));
        assertTrue(err.startsWith("error: ") && err.contains("Try '") && err.contains(" import --help'."), err);
    }

    @Test
    void anUnknownLanguageIsBadInput() throws Exception {
        assertEquals(1, run("import", "--lang", "fr", "--db", dir.resolve("x.db").toString(), firms().toString()));
        assertTrue(err.contains("--lang takes ko or en, not 'fr'."), err);
    }
}
