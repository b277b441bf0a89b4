package org.supracluster.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.supracluster.ui.map.ProvinceShapes.Bounds;
import org.supracluster.ui.map.ProvinceShapes.Province;

class ProvinceShapesTest {

    /** DESIGN.md's region table: ISO, Korean name, centre lat, lon. */
    private static final Map<String, Object[]> TABLE = new LinkedHashMap<>();

    static {
        row("KR-11", "서울특별시", 37.552, 126.992);
        row("KR-26", "부산광역시", 35.204, 129.061);
        row("KR-27", "대구광역시", 35.99, 128.58);
        row("KR-28", "인천광역시", 37.496, 126.678);
        row("KR-29", "광주광역시", 35.156, 126.835);
        row("KR-30", "대전광역시", 36.340, 127.394);
        row("KR-31", "울산광역시", 35.554, 129.238);
        row("KR-50", "세종특별자치시", 36.561, 127.259);
        row("KR-41", "경기도", 37.536, 127.179);
        row("KR-42", "강원특별자치도", 37.726, 128.298);
        row("KR-43", "충청북도", 36.739, 127.831);
        row("KR-44", "충청남도", 36.530, 126.850);
        row("KR-45", "전북특별자치도", 35.716, 127.145);
        row("KR-46", "전라남도", 34.885, 126.911);
        row("KR-47", "경상북도", 36.349, 128.749);
        row("KR-48", "경상남도", 35.330, 128.260);
        row("KR-49", "제주특별자치도", 33.384, 126.554);
    }

    /**
     * Centres that fall outside their province's polygons, checked against the bounding box instead:
     * Gyeonggi's centre lies in Seoul's eastern edge (Gyeonggi is a ring around Seoul, a hole here);
     * Natural Earth's Gwangju and Sejong are rough shapes (11 and 25 points) that miss their centre
     * by about a kilometre.
     */
    private static final Set<String> BOX_ONLY = Set.of("KR-41", "KR-29", "KR-50");

    private static void row(String iso, String ko, double lat, double lon) {
        TABLE.put(iso, new Object[] {ko, lat, lon});
    }

    private final ProvinceShapes shapes = ProvinceShapes.load();

    private List<String> provincesAt(double lon, double lat) {
        return shapes.provinces().stream().filter(p -> p.contains(lon, lat)).map(Province::iso).collect(Collectors.toList());
    }

    @Test
    void seventeenProvincesWithDesignCodesAndKoreanNames() {
        List<Province> ps = shapes.provinces();
        assertEquals(List.copyOf(TABLE.keySet()), ps.stream().map(Province::iso).collect(Collectors.toList()));
        for (Province p : ps) {
            assertEquals(TABLE.get(p.iso())[0], p.nameKo(), p.iso());
            assertFalse(p.nameEn().isBlank(), p.iso());
            assertFalse(p.rings().isEmpty(), p.iso());
            for (double[] ring : p.rings()) {
                assertTrue(ring.length >= 6 && ring.length % 2 == 0, p.iso() + " ring of " + ring.length / 2);
            }
        }
        assertEquals("Gyeonggi", shapes.province("KR-41").orElseThrow().nameEn());
    }

    @Test
    void eachCentreLiesInItsProvince() {
        for (Map.Entry<String, Object[]> e : TABLE.entrySet()) {
            String iso = e.getKey();
            double lat = (double) e.getValue()[1];
            double lon = (double) e.getValue()[2];
            Province p = shapes.province(iso).orElseThrow();
            if (BOX_ONLY.contains(iso)) {
                Bounds b = p.bounds();
                assertTrue(lon >= b.minLon() && lon <= b.maxLon() && lat >= b.minLat() && lat <= b.maxLat(),
                        iso + " centre outside its bounding box " + b);
            } else {
                assertEquals(List.of(iso), provincesAt(lon, lat), iso + " centre " + lat + "," + lon);
            }
        }
    }

    @Test
    void islandsBelongWhereTheyShould() {
        assertEquals(List.of("KR-28"), provincesAt(126.45, 37.70), "Ganghwa is Incheon, not Gyeonggi");
        assertEquals(List.of("KR-47"), provincesAt(130.87, 37.50), "Ulleungdo is Gyeongbuk");
        assertEquals(List.of("KR-49"), provincesAt(126.55, 33.38), "Jeju");
        Bounds gyeongbuk = shapes.province("KR-47").orElseThrow().bounds();
        assertTrue(gyeongbuk.maxLon() > 131.8, "Dokdo (131.86°E) is part of Gyeongbuk: " + gyeongbuk);
        // Gyeonggi's westernmost land is Pungdo (126.38°E); Ongjin's Deokjeokdo, Yeonpyeongdo, Baengnyeongdo lie west of it.
        assertTrue(shapes.province("KR-41").orElseThrow().bounds().minLon() > 126.35, "no Ongjin islands left in Gyeonggi");
        assertTrue(shapes.province("KR-28").orElseThrow().bounds().minLon() < 124.7, "Baengnyeongdo is Incheon");
    }

    @Test
    void boundsStayInSouthKorea() {
        Bounds b = shapes.bounds();
        assertTrue(b.minLon() >= 124 && b.maxLon() <= 132 && b.minLat() >= 33 && b.maxLat() <= 39, b.toString());
        assertTrue(b.minLon() < 125 && b.maxLon() > 131 && b.minLat() < 33.3 && b.maxLat() > 38.5, "covers Baengnyeong to Dokdo, Jeju to Goseong: " + b);
    }

    @Test
    void outlineIsTheUnionOfTheProvinces() {
        ProvinceShapes outline = ProvinceShapes.load(ProvinceShapes.OUTLINE);
        assertEquals(1, outline.provinces().size());
        Province kr = outline.provinces().get(0);
        assertEquals("KR", kr.iso());
        assertEquals(shapes.bounds(), outline.bounds());
        assertTrue(kr.contains(127.179, 37.536) && kr.contains(130.87, 37.50) && kr.contains(126.45, 37.70));
        assertFalse(kr.contains(128.0, 34.0), "sea south of the coast");
    }

    @Test
    void filesAreSmall() throws IOException {
        for (String resource : List.of(ProvinceShapes.PROVINCES, ProvinceShapes.OUTLINE)) {
            try (InputStream in = ProvinceShapes.class.getResourceAsStream(resource)) {
                assertNotNull(in, resource);
                assertTrue(in.readAllBytes().length < 200_000, resource);
            }
        }
    }

    @Test
    void readsTheLineFormatAndRejectsAShortRing() throws IOException {
        String text = "# test\nP KR-99 시험도 Test Province\nR 3\n1,1 2,1 2,2\nR 4\n0,0 3,0 3,3 0,3\n";
        Province p = ProvinceShapes.read(new StringReader(text)).provinces().get(0);
        assertEquals("Test Province", p.nameEn());
        assertEquals(2, p.rings().size());
        assertTrue(p.contains(0.5, 2.0));
        assertFalse(p.contains(1.8, 1.2), "inside the inner ring = a hole under the even-odd rule");
        String bad = "#\nP KR-99 시험도 Test\nR 3\n1,1 2,1\n";
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> ProvinceShapes.read(new StringReader(bad)));
    }
}
