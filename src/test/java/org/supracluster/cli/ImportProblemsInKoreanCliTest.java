package org.supracluster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code import --lang ko} of broken files of every kind: each problem is told in Korean, naming
 * the file and the line (and the column where there is one), with no English left in the sentence.
 * The files hold invented firms only.
 */
class ImportProblemsInKoreanCliTest extends CommandTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "org", "supracluster", "ingest",
            "XlsxFuzzTestInputs", "xlsx");

    private int importKorean(Path file) {
        return run("import", "--lang", "ko", "--db", dir.resolve("ko.db").toString(), file.toString());
    }

    @Test
    void aGraphMlNodeWithAnUnknownRegionAndAnEdgeWithABadWeight() throws Exception {
        Path file = Files.writeString(dir.resolve("net.graphml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="d0" for="node" attr.name="name" attr.type="string"/>
                  <key id="d1" for="node" attr.name="region" attr.type="string"/>
                  <key id="d2" for="edge" attr.name="weight" attr.type="string"/>
                  <graph edgedefault="directed">
                    <node id="a"><data key="d0">가람전자</data><data key="d1">경기</data></node>
                    <node id="b"><data key="d0">나래소재</data><data key="d1">경기이</data></node>
                    <node id="c"><data key="d0">다온장비</data><data key="d1">충북</data></node>
                    <edge source="a" target="c"><data key="d2">많음</data></edge>
                  </graph>
                </graphml>
                """, StandardCharsets.UTF_8);
        assertEquals(1, importKorean(file), out + err);
        assertTrue(err.contains("오류: net.graphml, 8행, 'region' 열: 노드 'b'의 지역을 알 수 없습니다: '경기이'. 경기, 경기도, "
                + "Gyeonggi, KR-41, 41처럼 시도 이름이나 코드를 쓰십시오."), err);
        assertTrue(err.contains("오류: net.graphml, 10행, 'weight' 열: 가중치는 양수여야 합니다: '많음'."), err);
        assertFalse(err.contains("unknown region") || err.contains("positive number"), err);
    }

    @Test
    void anUnclosedQuoteInACp949FileNamesItsLineAndColumn() throws Exception {
        Path file = Files.write(dir.resolve("firms.csv"), ("기업명,지역\n가람전자,경기\n\"나래소재,충북\n다온장비,경기\n")
                .getBytes(Charset.forName("x-windows-949")));
        assertEquals(1, importKorean(file), out + err);
        assertTrue(err.contains("오류: firms.csv, 3행, '기업명' 열: 이 행에서 따옴표로 시작한 필드가 닫히지 않아 파일 끝까지 "
                + "이어집니다. 따옴표를 닫거나, 따옴표로 감싼 필드 안의 따옴표는 두 개(\"\")로 쓰십시오."), err);
        assertFalse(err.contains("quoted field"), err);
    }

    @Test
    void aRowWithTooFewFieldsSaysWhichCellsAreMissing() throws Exception {
        Path file = Files.writeString(dir.resolve("firms.csv"), "id,name,region\nf1,가람전자,경기\nf2,나래소재\n",
                StandardCharsets.UTF_8);
        assertEquals(1, importKorean(file), out + err);
        assertTrue(err.contains("오류: firms.csv, 3행, 'region' 열: 이 행의 필드는 2개인데 머리글의 열은 3개입니다. "
                + "'region' 열부터 셀이 비어 있습니다."), err);
    }

    @Test
    void anAddressWithoutAKnownMunicipalityIsPlacedAtTheProvinceCentre() throws Exception {
        Path file = Files.writeString(dir.resolve("firms.csv"), "기업명,주소\n가람전자,경기도 가나다시 라마로 1\n",
                StandardCharsets.UTF_8);
        assertEquals(0, importKorean(file), out + err);
        assertTrue(out.contains("경고: firms.csv, 2행, 'lat' 열: 좌표가 없어 시도 중심(경기도)에 두었습니다. address 열의 값 "
                + "'경기도 가나다시 라마로 1'에서 경기도의 시군구를 찾지 못했습니다."), out);
    }

    @Test
    void damagedAndProtectedWorkbooksAreToldInKorean() throws Exception {
        Path truncated = Files.copy(CORPUS.resolve("truncated-at-1543"), dir.resolve("cut.xlsx"));
        assertEquals(1, importKorean(truncated), out + err);
        assertTrue(err.startsWith("오류: cut.xlsx: 파일이 손상되었거나 끝부분이 잘렸습니다. zip 목록이 없거나 깨져 있습니다"), err);
        Path encrypted = Files.copy(CORPUS.resolve("encrypted-agile"), dir.resolve("locked.xlsx"));
        assertEquals(1, importKorean(encrypted), out + err);
        assertTrue(err.startsWith("오류: locked.xlsx: 암호가 걸린 통합 문서입니다. Excel에서 열어 암호를 지운 뒤"), err);
        Path xls = Files.copy(CORPUS.resolve("old-biff8-xls"), dir.resolve("old.xlsx"));
        assertEquals(1, importKorean(xls), out + err);
        assertTrue(err.startsWith("오류: old.xlsx: 예전 Excel 형식(.xls) 파일입니다. Excel에서 열어 .xlsx로 저장하십시오."), err);
    }

    @Test
    void theCommandsOwnChecksSpeakKoreanToo() throws Exception {
        Path db = dir.resolve("two.db");
        Path file = Files.writeString(dir.resolve("two.csv"), "id,name,region,lat,lon\nf1,가람전자,경기,37.2,127.1\n"
                + "f2,나래소재,충북,36.6,127.4\n", StandardCharsets.UTF_8);
        assertEquals(0, run("import", "--db", db.toString(), file.toString()), err);
        assertEquals(1, run("analyze", "--lang", "ko", "--db", db.toString(), "--regions", "경기이"));
        assertTrue(err.startsWith("오류: 알 수 없는 지역입니다: '경기이'."), err);
        assertEquals(1, run("import", "--lang", "ko", "--db", db.toString(), "--encoding", "klingon-8",
                file.toString()));
        assertTrue(err.startsWith("오류: 알 수 없는 인코딩입니다: 'klingon-8'. auto, utf-8, cp949 가운데 하나를 쓰십시오."), err);
        assertEquals(1, run("import", "--lang", "en", "--db", db.toString(), "--encoding", "klingon-8",
                file.toString()));
        assertTrue(err.startsWith("error: unknown encoding 'klingon-8' (use auto, utf-8 or cp949)"), err);
    }
}
