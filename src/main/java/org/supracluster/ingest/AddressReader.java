package org.supracluster.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.supracluster.ingest.Municipalities.Ambiguous;
import org.supracluster.ingest.Municipalities.Found;
import org.supracluster.ingest.Municipalities.Kind;
import org.supracluster.ingest.Municipalities.Lookup;
import org.supracluster.ingest.Municipalities.Municipality;
import org.supracluster.ingest.Municipalities.Unreadable;
import org.supracluster.model.Placement;
import org.supracluster.model.Region;

/**
 * Reads a Korean address or city cell into a {@link Lookup}, from its first words:
 *
 * <ol>
 *   <li>Leading postal codes ("(06164)", "(우)06164") are skipped.</li>
 *   <li>The province: the first word as {@link Region#resolve} reads it (서울, 서울시, 서울특별시,
 *       경기도, 충북, 충청북도, 강원도, 전라북도, Gyeonggi-do, …), or a province glued to what follows
 *       ("경기도용인시"). "전남광주통합특별시" (since 2026-07-01; also 전남광주특별시, 광주특별시) stands
 *       for Gwangju and Jeonnam together, told apart by the municipality. Sejong has no
 *       municipalities: any text in Sejong is its city hall at {@link Placement#MUNICIPALITY}.</li>
 *   <li>The municipality: its name (용인시, 흥덕구), its name without 시/군/구 when that leaves two
 *       syllables or more (용인, 고성), or its English name (Yongin-si, Yongin), also glued to the
 *       next word ("천안시서북구"). A city with districts then takes its 일반구 from the next word;
 *       without one, the city hall. "광주시 북구" is Gwangju's 북구, not Gyeonggi's 광주시.</li>
 *   <li>A name in several provinces is decided by the province written, else by the hint; else it
 *       is {@link Ambiguous}. A first word that names a province other than the hint but also a
 *       municipality of the hint's province is that municipality ("광주" with hint Gyeonggi).</li>
 *   <li>Former names since 2010, which old registry extracts still carry, are read as their
 *       successors, with {@link Found#former()} set: 경북 군위군 (Daegu since 2023-07-01);
 *       Incheon's 남구 (미추홀구 since 2018), 동구 (제물포구) and 중구 (영종구 when the rest of the
 *       address names a place on Yeongjongdo or the airport, else 제물포구; since 2026-07-01);
 *       충남 연기군 (Sejong), 당진군, 경기 여주군, 충북 청원군 (청주시 city hall: it was split among four
 *       districts), 경남 마산시 (창원시 city hall) and 진해시 (진해구).</li>
 *   <li>A province with no readable municipality after it is that province's centre at
 *       {@link Placement#PROVINCE}. A municipality that is not in the province written is not
 *       trusted: the province's centre again.</li>
 * </ol>
 *
 * An address in English order ("1 Samsung-ro, Giheung-gu, Yongin-si, Gyeonggi-do") that cannot be
 * read from the front is read from the back. Names are compared after Unicode NFKC, ignoring case,
 * spaces, hyphens and dots.
 */
final class AddressReader {

    /** The merged province of 2026-07-01 and the two {@link Region}s it covers. */
    private static final Set<String> JEONNAM_GWANGJU = Set.of("전남광주통합특별시", "전남광주특별시", "광주특별시");
    /** Places on Yeongjongdo and Yongyudo (incl. the airport): former 인천 중구 there is 영종구. */
    private static final List<String> YEONGJONG = List.of("운서", "운남", "운북", "중산", "을왕", "남북동", "덕교",
            "무의", "영종", "용유", "공항", "하늘");

    private final List<Municipality> all;
    /** Every key (Korean name, Korean stem, English name and stem) to its rows. */
    private final Map<String, List<Municipality>> byKey = new HashMap<>();
    /** Korean full names only, for names glued to the next word. */
    private final Map<String, List<Municipality>> byFullName = new HashMap<>();
    /** "iso name" of a former municipality to the "iso name" of its successor. */
    private final Map<String, String> former = new LinkedHashMap<>();

    AddressReader(List<Municipality> all) {
        this.all = all;
        for (Municipality m : all) {
            add(byFullName, m.name(), m);
            add(byKey, m.name(), m);
            add(byKey, m.englishName(), m);
            String stem = stem(m.name());
            if (stem != null) {
                add(byKey, stem, m);
                String en = key(m.englishName()); // "yonginsi", "goseonggun": drop "si", "gun", "gu"
                add(byKey, en.substring(0, en.length() - (en.endsWith("gun") ? 3 : 2)), m);
            }
        }
        formerly("KR-47", "군위군", "KR-27", "군위군"); // to Daegu, 2023-07-01
        formerly("KR-28", "중구", "KR-28", "제물포구"); // Incheon, 2026-07-01 (영종구: see former())
        formerly("KR-28", "동구", "KR-28", "제물포구");
        formerly("KR-28", "남구", "KR-28", "미추홀구"); // renamed 2018-07-01
        formerly("KR-44", "연기군", "KR-50", "세종특별자치시"); // 2012-07-01
        formerly("KR-44", "당진군", "KR-44", "당진시"); // 2012-01-01
        formerly("KR-41", "여주군", "KR-41", "여주시"); // 2013-09-23
        formerly("KR-43", "청원군", "KR-43", "청주시"); // merged 2014-07-01
        formerly("KR-48", "마산시", "KR-48", "창원시"); // merged 2010-07-01
        formerly("KR-48", "진해시", "KR-48", "진해구");
    }

    private void formerly(String iso, String name, String toIso, String to) {
        former.put(iso + " " + name, toIso + " " + to);
        String stem = stem(name);
        if (stem != null) {
            former.put(iso + " " + stem, toIso + " " + to);
        }
    }

    Lookup read(String text, Region hint) {
        List<String> words = words(text);
        Lookup forward = read(words, hint, text);
        boolean latin = text.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
        if (forward instanceof Unreadable && latin && words.size() > 1) { // "1 Samsung-ro, …, Gyeonggi-do"
            List<String> backward = new ArrayList<>(words);
            Collections.reverse(backward);
            Lookup back = read(backward, hint, text);
            if (!(back instanceof Unreadable)) {
                return back;
            }
        }
        return forward;
    }

    /** The rows a word names and the part of the word that names them. */
    private record Match(List<Municipality> rows, String name) { }

    private Lookup read(List<String> given, Region hint, String text) {
        List<String> t = new ArrayList<>(given);
        while (!t.isEmpty() && junk(t.get(0))) {
            t.remove(0);
        }
        if (t.isEmpty()) {
            return unreadable(text, hint);
        }
        Set<Region> scope = province(t, hint);
        if (scope != null && scope.equals(Set.of(Region.SEJONG))) {
            return new Found(Municipalities.provinceCentre(Region.SEJONG), Region.SEJONG, hint, null);
        }
        Region written = scope != null && scope.size() == 1 ? scope.iterator().next() : null;
        if (t.isEmpty()) {
            return provinceOnly(scope, written, hint, text);
        }
        String word = t.get(0);
        Match match = match(t, m -> scope == null || scope.contains(m.region()));
        List<Municipality> rows = match.rows();
        if (rows.isEmpty()) {
            Set<Region> where = scope != null ? scope : EnumSet.allOf(Region.class);
            Lookup old = former(word, where, scope != null, t, hint);
            return old != null ? old : provinceOnly(scope, written, hint, text);
        }
        if (rows.size() > 1 && scope == null && hint != null) {
            List<Municipality> inHint = rows.stream().filter(m -> m.region() == hint).toList();
            Lookup old = inHint.isEmpty() ? former(match.name(), EnumSet.of(hint), false, t, hint) : null;
            if (old != null) {
                return old;
            }
            rows = inHint.isEmpty() ? rows : inHint;
        }
        if (rows.size() > 1) {
            return new Ambiguous(match.name(), rows.stream().map(Municipality::place).toList());
        }
        Municipality m = district(rows.get(0), t, scope == null);
        return new Found(m.place(), scope == null ? null : written != null ? written : m.region(), hint, null);
    }

    /**
     * Reads and removes the province at the front of the words; {@code null} when there is none.
     * A first word that is another province than the hint but a municipality of the hint's
     * province is left for the municipality.
     */
    private Set<Region> province(List<String> t, Region hint) {
        String w = t.get(0);
        if (JEONNAM_GWANGJU.contains(key(w))) {
            t.remove(0);
            return EnumSet.of(Region.GWANGJU, Region.JEONNAM);
        }
        Optional<Region> r = Region.resolve(w);
        if (r.isPresent()) {
            if (hint != null && r.get() != hint && !rowsFor(key(w), m -> m.region() == hint).isEmpty()) {
                return null;
            }
            t.remove(0);
            return EnumSet.of(r.get());
        }
        for (int len = w.length() - 1; len >= 2; len--) { // glued: "경기도용인시", "서울특별시중구"
            String head = w.substring(0, len);
            char last = head.charAt(len - 1);
            if ((last == '도' || last == '시') && Region.resolve(head).isPresent()) {
                t.set(0, w.substring(len));
                return EnumSet.of(Region.resolve(head).get());
            }
        }
        return null;
    }

    /** The rows the first word names; it is removed, or its matched head when glued ("천안시서북구"). */
    private Match match(List<String> t, Predicate<Municipality> allowed) {
        String w = t.get(0);
        List<Municipality> rows = rowsFor(key(w), allowed);
        if (!rows.isEmpty()) {
            t.remove(0);
            return new Match(rows, w);
        }
        for (int len = w.length() - 1; len >= 2; len--) {
            char last = w.charAt(len - 1);
            if (last == '시' || last == '군' || last == '구') {
                String head = w.substring(0, len);
                rows = byFullName.getOrDefault(key(head), List.of()).stream().filter(allowed).toList();
                if (!rows.isEmpty()) {
                    t.set(0, w.substring(len));
                    return new Match(rows, head);
                }
            }
        }
        return new Match(List.of(), w);
    }

    /**
     * The 일반구 of a city named by the next word, if any; "광주시 북구" (no province written) is
     * Gwangju's 북구.
     */
    private Municipality district(Municipality city, List<String> t, boolean noProvince) {
        if (t.isEmpty() || city.kind() == Kind.CITY_DISTRICT) {
            return city;
        }
        List<Municipality> sub = match(new ArrayList<>(t),
                m -> m.region() == city.region() && m.parent().equals(city.name())).rows();
        if (sub.size() == 1) {
            return sub.get(0);
        }
        String stem = stem(city.name());
        Optional<Region> metro = stem == null ? Optional.empty() : Region.resolve(stem);
        if (noProvince && metro.isPresent() && metro.get() != city.region()) {
            sub = match(new ArrayList<>(t), m -> m.region() == metro.get() && m.kind() == Kind.DISTRICT).rows();
            if (sub.size() == 1) {
                return sub.get(0);
            }
        }
        return city;
    }

    /**
     * The successor of a former municipality that the word names in one of the provinces, or null.
     *
     * @param written whether the province came from the text (else it is a guess: the hint or all)
     * @param rest    the words after the province, for telling 영종구 from 제물포구
     */
    private Lookup former(String word, Set<Region> provinces, boolean written, List<String> rest, Region hint) {
        for (Region r : provinces) {
            String to = former.get(r.iso() + " " + key(word));
            if (to == null) {
                continue;
            }
            if (to.equals("KR-28 제물포구") && key(word).equals("중구")
                    && rest.stream().anyMatch(w -> YEONGJONG.stream().anyMatch(w::startsWith))) {
                to = "KR-28 영종구";
            }
            for (Municipality m : all) {
                if ((m.region().iso() + " " + m.name()).equals(to)) {
                    return new Found(m.place(), written ? r : null, hint, r.koreanShort() + " " + key(word));
                }
            }
            throw new IllegalStateException("no successor " + to + " in " + Municipalities.RESOURCE);
        }
        return null;
    }

    private Lookup provinceOnly(Set<Region> scope, Region written, Region hint, String text) {
        if (scope == null) {
            return unreadable(text, hint);
        }
        if (written != null) {
            return new Found(Municipalities.provinceCentre(written), written, hint, null);
        }
        if (hint != null && scope.contains(hint)) {
            return new Found(Municipalities.provinceCentre(hint), hint, hint, null);
        }
        return new Ambiguous(text.strip(), scope.stream().map(Municipalities::provinceCentre).toList());
    }

    private static Unreadable unreadable(String text, Region hint) {
        return new Unreadable(text, hint == null ? null : Municipalities.provinceCentre(hint));
    }

    private List<Municipality> rowsFor(String key, Predicate<Municipality> allowed) {
        return byKey.getOrDefault(key, List.of()).stream().filter(allowed).toList();
    }

    private static void add(Map<String, List<Municipality>> map, String name, Municipality m) {
        List<Municipality> rows = map.computeIfAbsent(key(name), k -> new ArrayList<>());
        if (!rows.contains(m)) {
            rows.add(m);
        }
    }

    /** The name without its 시/군/구 when two syllables or more remain ("용인"), else null ("중"). */
    private static String stem(String name) {
        char last = name.charAt(name.length() - 1);
        boolean suffix = last == '시' || last == '군' || last == '구';
        return suffix && name.length() >= 3 && !name.endsWith("특별자치시") ? name.substring(0, name.length() - 1) : null;
    }

    /** Words split at spaces and commas, after NFKC. */
    private static List<String> words(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u200b', ' ').replace('\ufeff', ' ');
        List<String> out = new ArrayList<>();
        for (String w : s.split("[\\s,]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** A postal code or bracket: no letter besides "우" (우편번호). */
    private static boolean junk(String w) {
        return w.replace("우편번호", "").replace("우", "").codePoints().noneMatch(Character::isLetter);
    }

    /** Lookup key: as provinces are compared ({@link Region#key}). */
    static String key(String s) {
        return Region.key(s);
    }
}
