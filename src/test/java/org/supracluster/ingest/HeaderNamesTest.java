package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DESIGN.md's table of header names: every English and Korean name of each field. */
class HeaderNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "id, id", "기업ID, id", "업체코드, id",
        "name, name", "기업명, name", "업체명, name", "회사명, name", "상호, name", "법인명, name",
        "brn, brn", "사업자등록번호, brn", "사업자번호, brn", "사업자 등록번호, brn",
        "region, region", "시도, region", "지역, region", "Province, region",
        "city, city", "시군구, city",
        "address, address", "주소, address", "소재지, address", "본사주소, address", "사업장주소, address",
        "lat, lat", "latitude, lat", "위도, lat", "lon, lon", "longitude, lon", "lng, lon", "경도, lon",
        "segment, segment", "업종, segment", "분야, segment",
        "employees, employees", "종업원수, employees", "직원수, employees", "임직원수, employees",
        "patent_id, patent_id", "Patent ID, patent_id", "patent-id, patent_id", "출원번호, patent_id",
        "year, year", "출원일자, year", "출원일, year", "출원연도, year", "연도, year", "거래연도, year",
        "applicants, applicants", "출원인, applicants",
        "title, title", "발명의명칭, title", "발명의 명칭, title", "명칭, title",
        "ipc, ipc", "IPC, ipc", "국제특허분류, ipc", "IPC분류, ipc",
        "supplier, supplier", "공급사, supplier", "공급업체, supplier",
        "customer, customer", "구매사, customer", "구매업체, customer",
        "amount, amount", "거래금액, amount", "금액, amount",
        "alias, alias", "별칭, alias", "firm, firm", "기업, firm",
    })
    void everyNameOfTheTableNamesItsField(String header, String field) {
        assertEquals(field, HeaderNames.standard().key(header));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "거래금액(백만원) | amount", "거래금액 (백만원) | amount", "Amount [KRW m] | amount",
        "종업원수(명) | employees", " 위도 (WGS84) | lat", "\uFEFF기업명 | name", "ＡＭＯＵＮＴ | amount"})
    void aUnitInBracketsCaseSpacesAndWidthAreIgnored(String header, String field) {
        assertEquals(field, HeaderNames.standard().key(header));
    }

    @Test
    void anUnknownHeaderKeepsItsOwnKey() {
        assertEquals("대표자", HeaderNames.standard().key("대표자"));
        assertEquals("founded_in", HeaderNames.standard().key("Founded In"));
    }

    @Test
    void ownKeysJoinRunsOfSpacesHyphensAndUnderscoresWithOneUnderscore() {
        assertEquals("patent_id", HeaderNames.ownKey(" Patent  ID"));
        assertEquals("patent_id", HeaderNames.ownKey("patent-id"));
        assertEquals("a_b", HeaderNames.ownKey("a - _b"));
        assertEquals("x", HeaderNames.ownKey("_x_"), "no underscore at either end");
        assertEquals("name", HeaderNames.ownKey("\uFEFFName\u00a0"));
        assertEquals("거래금액(백만원)", HeaderNames.ownKey("거래금액(백만원)"), "units stay: only the field names drop them");
        assertEquals("", HeaderNames.ownKey(" \t"));
    }

    @Test
    void aHeaderKeptAsAnAttributeNamesNoFieldWhileTheOthersStillDo() {
        HeaderNames n = HeaderNames.mapping(Map.of("region", "권역")).keepingAsAttributes(java.util.List.of("지역", "권역"));
        assertEquals(false, HeaderNames.fields().contains(n.key("지역 ")), n.key("지역"));
        assertEquals("region", n.key("권역"), "a header mapped to a field stays mapped");
        assertEquals("name", n.key("업체명"));
        assertEquals("region", HeaderNames.standard().key("지역"), "the standard names are unchanged");
    }

    @Test
    void theUsersMappingWinsOverTheStandardNames() {
        HeaderNames n = HeaderNames.mapping(Map.of("amount", "공급가액(원)", "supplier", "판매처", "customer", "금액"));
        assertEquals("amount", n.key("공급가액"));
        assertEquals("supplier", n.key("판매처"));
        assertEquals("customer", n.key("금액"), "mapped: 금액 is no longer the amount in these files");
        assertEquals("name", n.key("업체명"), "the standard names still apply");
    }

    @Test
    void aFieldMayBeNamedInKoreanInTheMapping() {
        assertEquals("amount", HeaderNames.mapping(Map.of("거래금액", "공급가액")).key("공급가액"));
    }

    @Test
    void anUnknownFieldInTheMappingIsRefusedNamingTheFields() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HeaderNames.mapping(Map.of("colour", "색")));
        assertEquals(true, e.getMessage().contains("unknown field 'colour'") && e.getMessage().contains("supplier"));
    }
}
