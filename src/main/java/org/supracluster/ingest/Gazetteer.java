package org.supracluster.ingest;

import org.supracluster.model.Region;

/**
 * Where places are: Korea's bounding box (what every reader checks coordinates against), and
 * approximate centres of the places where the semiconductor industry sits (Pangyo, Songdo,
 * Daedeok … as well as cities), around which the synthetic sample puts its invented firms.
 * Centres are rounded positions, good to a few kilometres. Firms of a user's file without
 * coordinates are placed by {@link Municipalities} instead.
 */
public final class Gazetteer {

    /** South Korea with its islands (Jeju, Ulleungdo, Dokdo), with a small margin. */
    public static final double MIN_LAT = 32.9;
    public static final double MAX_LAT = 38.9;
    public static final double MIN_LON = 124.0;
    public static final double MAX_LON = 132.0;

    /** A city's centre. */
    public record Place(String englishName, String koreanName, Region region, double lat, double lon) { }

    private static final Place[] PLACES = {
        new Place("Seoul", "서울", Region.SEOUL, 37.566, 126.978),
        new Place("Seongnam", "성남", Region.GYEONGGI, 37.420, 127.127),
        new Place("Pangyo", "판교", Region.GYEONGGI, 37.395, 127.111),
        new Place("Suwon", "수원", Region.GYEONGGI, 37.263, 127.029),
        new Place("Yongin", "용인", Region.GYEONGGI, 37.241, 127.178),
        new Place("Giheung", "기흥", Region.GYEONGGI, 37.275, 127.116),
        new Place("Hwaseong", "화성", Region.GYEONGGI, 37.200, 126.831),
        new Place("Pyeongtaek", "평택", Region.GYEONGGI, 36.992, 127.113),
        new Place("Icheon", "이천", Region.GYEONGGI, 37.272, 127.435),
        new Place("Anseong", "안성", Region.GYEONGGI, 37.008, 127.280),
        new Place("Osan", "오산", Region.GYEONGGI, 37.150, 127.077),
        new Place("Ansan", "안산", Region.GYEONGGI, 37.322, 126.831),
        new Place("Siheung", "시흥", Region.GYEONGGI, 37.380, 126.803),
        new Place("Bucheon", "부천", Region.GYEONGGI, 37.503, 126.766),
        new Place("Incheon", "인천", Region.INCHEON, 37.456, 126.705),
        new Place("Songdo", "송도", Region.INCHEON, 37.389, 126.644),
        new Place("Cheongju", "청주", Region.CHUNGBUK, 36.642, 127.489),
        new Place("Ochang", "오창", Region.CHUNGBUK, 36.717, 127.430),
        new Place("Eumseong", "음성", Region.CHUNGBUK, 36.940, 127.690),
        new Place("Jincheon", "진천", Region.CHUNGBUK, 36.855, 127.436),
        new Place("Cheonan", "천안", Region.CHUNGNAM, 36.815, 127.114),
        new Place("Asan", "아산", Region.CHUNGNAM, 36.790, 127.002),
        new Place("Daejeon", "대전", Region.DAEJEON, 36.350, 127.385),
        new Place("Daedeok", "대덕", Region.DAEJEON, 36.375, 127.365),
        new Place("Sejong", "세종", Region.SEJONG, 36.480, 127.289),
        new Place("Gumi", "구미", Region.GYEONGBUK, 36.120, 128.344),
        new Place("Pohang", "포항", Region.GYEONGBUK, 36.019, 129.343),
        new Place("Daegu", "대구", Region.DAEGU, 35.871, 128.601),
        new Place("Busan", "부산", Region.BUSAN, 35.180, 129.076),
        new Place("Gijang", "기장", Region.BUSAN, 35.244, 129.222),
        new Place("Ulsan", "울산", Region.ULSAN, 35.539, 129.311),
        new Place("Changwon", "창원", Region.GYEONGNAM, 35.228, 128.681),
        new Place("Gimhae", "김해", Region.GYEONGNAM, 35.229, 128.889),
        new Place("Gwangju", "광주", Region.GWANGJU, 35.160, 126.851),
        new Place("Muan", "무안", Region.JEONNAM, 34.990, 126.482),
        new Place("Mokpo", "목포", Region.JEONNAM, 34.812, 126.392),
        new Place("Naju", "나주", Region.JEONNAM, 35.016, 126.711),
        new Place("Jeonju", "전주", Region.JEONBUK, 35.824, 127.148),
        new Place("Iksan", "익산", Region.JEONBUK, 35.948, 126.958),
        new Place("Wonju", "원주", Region.GANGWON, 37.342, 127.920),
        new Place("Chuncheon", "춘천", Region.GANGWON, 37.881, 127.730),
        new Place("Jeju", "제주", Region.JEJU, 33.500, 126.531),
    };

    private Gazetteer() {
    }

    /** Whether a point lies in South Korea's bounding box. */
    public static boolean inKorea(double lat, double lon) {
        return lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON;
    }

    /** Every known city, in a fixed order. */
    public static java.util.List<Place> places() {
        return java.util.List.of(PLACES);
    }
}
