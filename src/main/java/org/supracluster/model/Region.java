package org.supracluster.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 17 first-level divisions of South Korea, as in DESIGN.md's region table.
 *
 * <p>Each region knows its ISO 3166-2:KR code, its domestic administrative code (and the code it
 * had before a 2023/2024 change), its Korean long, short and old names, its English names and its
 * area-weighted centre (KOSTAT 2018 boundaries). {@link #resolve(String)} maps any common spelling
 * to a region.
 */
public enum Region {
    SEOUL("KR-11", 11, 0, "서울특별시", "서울", 37.552, 126.992, "Seoul", "Seoul-si", "Seoul Special City", "서울시"),
    BUSAN("KR-26", 26, 0, "부산광역시", "부산", 35.204, 129.061, "Busan", "Busan Metropolitan City", "Pusan", "부산시"),
    DAEGU("KR-27", 27, 0, "대구광역시", "대구", 35.99, 128.58, "Daegu", "Daegu Metropolitan City", "Taegu", "대구시"),
    INCHEON("KR-28", 28, 0, "인천광역시", "인천", 37.496, 126.678, "Incheon", "Incheon Metropolitan City", "Inchon", "인천시"),
    GWANGJU("KR-29", 29, 0, "광주광역시", "광주", 35.156, 126.835, "Gwangju", "Gwangju Metropolitan City", "Kwangju"),
    DAEJEON("KR-30", 30, 0, "대전광역시", "대전", 36.340, 127.394, "Daejeon", "Daejeon Metropolitan City", "Taejon", "대전시"),
    ULSAN("KR-31", 31, 0, "울산광역시", "울산", 35.554, 129.238, "Ulsan", "Ulsan Metropolitan City", "울산시"),
    SEJONG("KR-50", 36, 0, "세종특별자치시", "세종", 36.561, 127.259, "Sejong", "Sejong City",
            "Sejong Special Self-Governing City", "세종시"),
    GYEONGGI("KR-41", 41, 0, "경기도", "경기", 37.536, 127.179, "Gyeonggi", "Gyeonggi-do", "Gyeonggi Province",
            "Kyonggi", "Kyeonggi"),
    GANGWON("KR-42", 51, 42, "강원특별자치도", "강원", 37.726, 128.298, "Gangwon", "Gangwon-do", "Gangwon Province",
            "Gangwon State", "Gangwon Special Self-Governing Province", "Kangwon", "강원도"),
    CHUNGBUK("KR-43", 43, 0, "충청북도", "충북", 36.739, 127.831, "Chungbuk", "North Chungcheong",
            "Chungcheongbuk-do", "North Chungcheong Province", "Chungchongbuk-do"),
    CHUNGNAM("KR-44", 44, 0, "충청남도", "충남", 36.530, 126.850, "Chungnam", "South Chungcheong",
            "Chungcheongnam-do", "South Chungcheong Province", "Chungchongnam-do"),
    JEONBUK("KR-45", 52, 45, "전북특별자치도", "전북", 35.716, 127.145, "Jeonbuk", "North Jeolla", "Jeollabuk-do",
            "North Jeolla Province", "Jeonbuk State", "Jeonbuk Special Self-Governing Province", "Chollabuk-do",
            "전라북도"),
    JEONNAM("KR-46", 46, 0, "전라남도", "전남", 34.885, 126.911, "Jeonnam", "South Jeolla", "Jeollanam-do",
            "South Jeolla Province", "Chollanam-do"),
    GYEONGBUK("KR-47", 47, 0, "경상북도", "경북", 36.349, 128.749, "Gyeongbuk", "North Gyeongsang",
            "Gyeongsangbuk-do", "North Gyeongsang Province", "Kyongsangbuk-do"),
    GYEONGNAM("KR-48", 48, 0, "경상남도", "경남", 35.330, 128.260, "Gyeongnam", "South Gyeongsang",
            "Gyeongsangnam-do", "South Gyeongsang Province", "Kyongsangnam-do"),
    JEJU("KR-49", 50, 0, "제주특별자치도", "제주", 33.384, 126.554, "Jeju", "Jeju-do", "Jeju Province",
            "Jeju Special Self-Governing Province", "Cheju", "제주도");

    private static final Map<String, Region> BY_KEY = new HashMap<>();
    /** Answers of {@link #resolve} by the text as given, at most 10,000 of them. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<Region>> RESOLVED =
            new java.util.concurrent.ConcurrentHashMap<>();

    static {
        for (Region r : values()) {
            for (String alias : r.aliases()) {
                Region previous = BY_KEY.put(key(alias), r);
                if (previous != null && previous != r) {
                    throw new IllegalStateException("alias " + alias + " names both " + previous + " and " + r);
                }
            }
        }
    }

    private final String iso;
    private final int domesticCode;
    private final int formerDomesticCode;
    private final String koreanName;
    private final String koreanShort;
    private final double centreLat;
    private final double centreLon;
    private final String englishName;
    private final List<String> otherNames;

    Region(String iso, int domesticCode, int formerDomesticCode, String koreanName, String koreanShort,
           double centreLat, double centreLon, String englishName, String... otherNames) {
        this.iso = iso;
        this.domesticCode = domesticCode;
        this.formerDomesticCode = formerDomesticCode;
        this.koreanName = koreanName;
        this.koreanShort = koreanShort;
        this.centreLat = centreLat;
        this.centreLon = centreLon;
        this.englishName = englishName;
        this.otherNames = List.of(otherNames);
    }

    /** ISO 3166-2:KR code, e.g. {@code KR-41}. */
    public String iso() {
        return iso;
    }

    /** Current domestic administrative code (Sejong 36, Jeju 50, Gangwon 51, Jeonbuk 52). */
    public int domesticCode() {
        return domesticCode;
    }

    /** Korean official name, e.g. 경기도. */
    public String koreanName() {
        return koreanName;
    }

    /** Korean short name, e.g. 경기. */
    public String koreanShort() {
        return koreanShort;
    }

    /** English short name, e.g. Gyeonggi. */
    public String englishName() {
        return englishName;
    }

    /** Name in the given language: Korean short name for {@code ko}, English otherwise. */
    public String displayName(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? koreanShort : englishName;
    }

    public double centreLat() {
        return centreLat;
    }

    public double centreLon() {
        return centreLon;
    }

    /** Every spelling this region answers to (names, codes), as written. */
    public List<String> aliases() {
        List<String> all = new ArrayList<>(List.of(iso, koreanName, koreanShort, englishName, name(),
                Integer.toString(domesticCode)));
        if (formerDomesticCode != 0) {
            all.add(Integer.toString(formerDomesticCode));
        }
        // A bare number is read as a domestic code; the ISO number alone is accepted too, unless
        // it is another region's domestic code (bare "50" is Jeju, "KR-50" is Sejong).
        String isoNumber = iso.substring(3);
        boolean clash = false;
        for (Region other : values()) {
            clash |= other != this && Integer.toString(other.domesticCode).equals(isoNumber);
        }
        if (!clash) {
            all.add(isoNumber);
        }
        all.addAll(otherNames);
        return all;
    }

    /**
     * Finds the region a text names: any name, short or old form, ISO or domestic code, ignoring
     * case, spaces, hyphens, dashes and full-width forms ("Gyeonggi-do", "gyeonggi do", "KR-41",
     * "41", "경기").
     * ISO and domestic codes differ for Sejong, Gangwon, Jeonbuk and Jeju; Gangwon's and Jeonbuk's
     * former domestic codes (42, 45) equal their ISO codes. A bare number is a domestic code first:
     * "50" is Jeju, "KR-50" is Sejong, "49" and "KR-49" are Jeju. "광주시" is deliberately not an
     * alias: Gyeonggi has a city of that name.
     */
    public static Optional<Region> resolve(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // A file spells its regions a handful of ways over thousands of rows: remember the answers.
        Optional<Region> known = RESOLVED.get(text);
        if (known != null) {
            return known;
        }
        Optional<Region> r = resolveUncached(text);
        if (RESOLVED.size() < 10_000) {
            RESOLVED.put(text, r);
        }
        return r;
    }

    private static Optional<Region> resolveUncached(String text) {
        String k = key(text);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(k));
    }

    /** The region with this ISO code ({@code KR-41}), for stored data. */
    public static Region ofIso(String iso) {
        for (Region r : values()) {
            if (r.iso.equals(iso)) {
                return r;
            }
        }
        throw new IllegalArgumentException("not an ISO 3166-2:KR province code: " + iso);
    }

    /**
     * The lookup key of a text: NFKC (composes decomposed Hangul, turns full-width "ＫＲ－４１" into
     * "KR-41"), lower case, without spaces of any kind, hyphens and dashes, underscores, dots and
     * zero-width characters (a byte-order mark left in a cell). Place names in addresses are
     * compared the same way (ingest.AddressReader).
     */
    public static String key(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ignored = Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || c == '-' || c == '_' || c == '.' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212'
                    || c == '\u200b' || c == '\ufeff';
            if (!ignored) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
