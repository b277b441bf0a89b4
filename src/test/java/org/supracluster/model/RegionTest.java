package org.supracluster.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionTest {

    @Test
    void thereAreSeventeenRegions() {
        assertEquals(17, Region.values().length);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            서울특별시|SEOUL
            서울|SEOUL
            Seoul|SEOUL
            KR-11|SEOUL
            11|SEOUL
            서울시|SEOUL
            부산광역시|BUSAN
            부산|BUSAN
            Busan|BUSAN
            Pusan|BUSAN
            KR-26|BUSAN
            26|BUSAN
            대구광역시|DAEGU
            대구|DAEGU
            Daegu|DAEGU
            kr-27|DAEGU
            27|DAEGU
            인천광역시|INCHEON
            인천|INCHEON
            INCHEON|INCHEON
            KR 28|INCHEON
            28|INCHEON
            광주광역시|GWANGJU
            광주|GWANGJU
            Gwangju|GWANGJU
            KR-29|GWANGJU
            29|GWANGJU
            대전광역시|DAEJEON
            대전|DAEJEON
            Daejeon|DAEJEON
            KR-30|DAEJEON
            30|DAEJEON
            울산광역시|ULSAN
            울산|ULSAN
            Ulsan|ULSAN
            KR-31|ULSAN
            31|ULSAN
            세종특별자치시|SEJONG
            세종|SEJONG
            세종시|SEJONG
            Sejong|SEJONG
            KR-50|SEJONG
            36|SEJONG
            경기도|GYEONGGI
            경기|GYEONGGI
            Gyeonggi|GYEONGGI
            Gyeonggi-do|GYEONGGI
            gyeonggi do|GYEONGGI
             GYEONGGI |GYEONGGI
            KR-41|GYEONGGI
            kr-41|GYEONGGI
            KR 41|GYEONGGI
            41|GYEONGGI
            강원특별자치도|GANGWON
            강원도|GANGWON
            강원|GANGWON
            Gangwon|GANGWON
            Gangwon-do|GANGWON
            KR-42|GANGWON
            42|GANGWON
            51|GANGWON
            충청북도|CHUNGBUK
            충북|CHUNGBUK
            North Chungcheong|CHUNGBUK
            Chungcheongbuk-do|CHUNGBUK
            Chungbuk|CHUNGBUK
            KR-43|CHUNGBUK
            43|CHUNGBUK
            충청남도|CHUNGNAM
            충남|CHUNGNAM
            South Chungcheong|CHUNGNAM
            Chungcheongnam-do|CHUNGNAM
            Chungnam|CHUNGNAM
            KR-44|CHUNGNAM
            44|CHUNGNAM
            전북특별자치도|JEONBUK
            전라북도|JEONBUK
            전북|JEONBUK
            Jeonbuk|JEONBUK
            North Jeolla|JEONBUK
            Jeollabuk-do|JEONBUK
            KR-45|JEONBUK
            45|JEONBUK
            52|JEONBUK
            전라남도|JEONNAM
            전남|JEONNAM
            South Jeolla|JEONNAM
            Jeonnam|JEONNAM
            Jeollanam-do|JEONNAM
            KR-46|JEONNAM
            46|JEONNAM
            경상북도|GYEONGBUK
            경북|GYEONGBUK
            North Gyeongsang|GYEONGBUK
            Gyeongbuk|GYEONGBUK
            Gyeongsangbuk-do|GYEONGBUK
            KR-47|GYEONGBUK
            47|GYEONGBUK
            경상남도|GYEONGNAM
            경남|GYEONGNAM
            South Gyeongsang|GYEONGNAM
            Gyeongnam|GYEONGNAM
            Gyeongsangnam-do|GYEONGNAM
            KR-48|GYEONGNAM
            48|GYEONGNAM
            제주특별자치도|JEJU
            제주도|JEJU
            제주|JEJU
            Jeju|JEJU
            Jeju-do|JEJU
            KR-49|JEJU
            49|JEJU
            50|JEJU
            """)
    void resolvesCommonSpellings(String text, Region expected) {
        assertEquals(Optional.of(expected), Region.resolve(text));
    }

    @Test
    void everyRegionIsCoveredByAtLeastFourSpellingsInTheTable() throws Exception {
        CsvSource source = RegionTest.class.getDeclaredMethod("resolvesCommonSpellings", String.class, Region.class)
                .getAnnotation(CsvSource.class);
        Map<String, Integer> count = new HashMap<>();
        for (String line : source.textBlock().split("\n")) {
            if (!line.isBlank()) {
                count.merge(line.substring(line.indexOf('|') + 1).strip(), 1, Integer::sum);
            }
        }
        for (Region r : Region.values()) {
            assertTrue(count.getOrDefault(r.name(), 0) >= 4, r + " has " + count.get(r.name()) + " rows");
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Gyeongi", "KR-99", "99", "Tokyo", "KR-", "KR", "0", "광주시", "도", "Gyeonggi-do-do"})
    void unknownTextResolvesToNothing(String text) {
        assertEquals(Optional.empty(), Region.resolve(text));
    }

    @Test
    void gwangjuIsTheMetropolitanCityNotTheGyeonggiCity() {
        assertEquals(Optional.of(Region.GWANGJU), Region.resolve("광주"));
        assertEquals(Optional.of(Region.GWANGJU), Region.resolve("광주광역시"));
        assertEquals(Optional.empty(), Region.resolve("광주시"), "광주시 is also a city in Gyeonggi");
    }

    @Test
    void bareFiftyIsJejuButIsoFiftyIsSejong() {
        assertEquals(Optional.of(Region.JEJU), Region.resolve("50"));
        assertEquals(Optional.of(Region.SEJONG), Region.resolve("KR-50"));
        assertEquals(Optional.of(Region.SEJONG), Region.resolve("36"));
        assertEquals(Optional.of(Region.JEJU), Region.resolve("KR-49"));
        assertEquals(Optional.of(Region.JEJU), Region.resolve("49"));
    }

    @Test
    void formerAndCurrentDomesticCodesOfGangwonAndJeonbukBothResolve() {
        assertEquals(Optional.of(Region.GANGWON), Region.resolve("42"));
        assertEquals(Optional.of(Region.GANGWON), Region.resolve("51"));
        assertEquals(Optional.of(Region.JEONBUK), Region.resolve("45"));
        assertEquals(Optional.of(Region.JEONBUK), Region.resolve("52"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SEOUL|KR-11|서울특별시|서울|Seoul|11|37.552|126.992
            BUSAN|KR-26|부산광역시|부산|Busan|26|35.204|129.061
            DAEGU|KR-27|대구광역시|대구|Daegu|27|35.99|128.58
            INCHEON|KR-28|인천광역시|인천|Incheon|28|37.496|126.678
            GWANGJU|KR-29|광주광역시|광주|Gwangju|29|35.156|126.835
            DAEJEON|KR-30|대전광역시|대전|Daejeon|30|36.340|127.394
            ULSAN|KR-31|울산광역시|울산|Ulsan|31|35.554|129.238
            SEJONG|KR-50|세종특별자치시|세종|Sejong|36|36.561|127.259
            GYEONGGI|KR-41|경기도|경기|Gyeonggi|41|37.536|127.179
            GANGWON|KR-42|강원특별자치도|강원|Gangwon|51|37.726|128.298
            CHUNGBUK|KR-43|충청북도|충북|Chungbuk|43|36.739|127.831
            CHUNGNAM|KR-44|충청남도|충남|Chungnam|44|36.530|126.850
            JEONBUK|KR-45|전북특별자치도|전북|Jeonbuk|52|35.716|127.145
            JEONNAM|KR-46|전라남도|전남|Jeonnam|46|34.885|126.911
            GYEONGBUK|KR-47|경상북도|경북|Gyeongbuk|47|36.349|128.749
            GYEONGNAM|KR-48|경상남도|경남|Gyeongnam|48|35.330|128.260
            JEJU|KR-49|제주특별자치도|제주|Jeju|50|33.384|126.554
            """)
    void matchesTheRegionTableOfTheDesign(Region r, String iso, String korean, String koreanShort, String english,
                                          int domestic, double lat, double lon) {
        assertEquals(iso, r.iso());
        assertEquals(korean, r.koreanName());
        assertEquals(koreanShort, r.koreanShort());
        assertEquals(english, r.englishName());
        assertEquals(domestic, r.domesticCode());
        assertEquals(lat, r.centreLat(), 0.0);
        assertEquals(lon, r.centreLon(), 0.0);
        assertEquals(r, Region.ofIso(iso));
    }

    @Test
    void centresLieInsideKorea() {
        for (Region r : Region.values()) {
            assertTrue(r.centreLat() > 33 && r.centreLat() < 38.7, r + " lat");
            assertTrue(r.centreLon() > 124.5 && r.centreLon() < 130, r + " lon");
        }
    }

    @ParameterizedTest
    @EnumSource(Region.class)
    void everyAliasResolvesBackToItsOwnRegion(Region r) {
        List<String> aliases = r.aliases();
        assertTrue(aliases.size() >= 6, r + " aliases " + aliases);
        for (String alias : aliases) {
            assertEquals(Optional.of(r), Region.resolve(alias), alias);
            assertEquals(Optional.of(r), Region.resolve("  " + alias.toUpperCase(Locale.ROOT) + "\t"), alias);
            assertEquals(Optional.of(r), Region.resolve(alias.toLowerCase(Locale.ROOT).replace('-', ' ')), alias);
        }
    }

    @ParameterizedTest
    @EnumSource(Region.class)
    void listsItsNamesAndCodesAmongItsAliases(Region r) {
        List<String> aliases = r.aliases();
        assertTrue(aliases.contains(r.iso()));
        assertTrue(aliases.contains(r.koreanName()));
        assertTrue(aliases.contains(r.koreanShort()));
        assertTrue(aliases.contains(r.englishName()));
        assertTrue(aliases.contains(Integer.toString(r.domesticCode())));
    }

    @Test
    void noAliasNamesTwoRegions() {
        Map<String, Region> seen = new HashMap<>();
        for (Region r : Region.values()) {
            for (String alias : r.aliases()) {
                String key = alias.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
                Region before = seen.put(key, r);
                assertTrue(before == null || before == r, alias + " names " + before + " and " + r);
            }
        }
    }

    @Test
    void decomposedHangulResolvesLikeComposed() {
        String nfd = java.text.Normalizer.normalize("경기도", java.text.Normalizer.Form.NFD);
        assertFalse(nfd.equals("경기도"));
        assertEquals(Optional.of(Region.GYEONGGI), Region.resolve(nfd));
    }

    @Test
    void nonBreakingAndIdeographicSpacesAreIgnored() {
        assertEquals(Optional.of(Region.GYEONGGI), Region.resolve("\u00a0Gyeonggi\u00a0do\u00a0"));
        assertEquals(Optional.of(Region.GYEONGGI), Region.resolve("\u3000경기\u3000도"));
    }

    @Test
    void fullWidthFormsDashesAndAByteOrderMarkAreIgnored() {
        assertEquals(Optional.of(Region.GYEONGGI), Region.resolve("ＫＲ－４１"));
        assertEquals(Optional.of(Region.GYEONGGI), Region.resolve("４１"));
        assertEquals(Optional.of(Region.GYEONGGI), Region.resolve("KR\u201341"));
        assertEquals(Optional.of(Region.GYEONGGI), Region.resolve("Gyeonggi\u2011do"));
        assertEquals(Optional.of(Region.GYEONGGI), Region.resolve("\ufeff경기도"));
        assertEquals(Optional.of(Region.GYEONGGI), Region.resolve("경기\u200b도"));
    }

    @Test
    void displayNameIsKoreanShortForKoreanAndEnglishOtherwise() {
        assertEquals("경기", Region.GYEONGGI.displayName(Locale.KOREAN));
        assertEquals("경기", Region.GYEONGGI.displayName(Locale.KOREA));
        assertEquals("Gyeonggi", Region.GYEONGGI.displayName(Locale.ENGLISH));
        assertEquals("Gyeonggi", Region.GYEONGGI.displayName(Locale.JAPAN));
    }

    @Test
    void ofIsoRejectsWhatIsNotAnIsoCode() {
        assertThrows(IllegalArgumentException.class, () -> Region.ofIso("KR-99"));
        assertThrows(IllegalArgumentException.class, () -> Region.ofIso("41"));
    }
}
