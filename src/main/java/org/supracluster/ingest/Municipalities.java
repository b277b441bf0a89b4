package org.supracluster.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.supracluster.model.Placement;
import org.supracluster.model.Region;

/**
 * Every Korean municipality with the position of its office, and the reading of a street address
 * or a city cell into a place on the map.
 *
 * <p><b>Why.</b> Users' firm files give street addresses ("경기도 용인시 기흥구 삼성로 1") or a city
 * column, rarely coordinates. DESIGN.md places such a firm at its municipality's office, else at
 * its province's centre, and keeps how precisely it was placed ({@link Placement}). No package on
 * the reachable registries carries Korean municipalities, so the table
 * {@code resources/geo/municipalities.tsv} was typed as facts (see the README beside it); this
 * class reads it once and answers questions about it. Plain Java, depending only on
 * {@code model}, so the importer, the command line and tests can all use it.
 *
 * <p><b>What the table holds.</b> The 227 basic local governments of 2026-12 (75 시, 82 군, 70 구:
 * Incheon's 중구 and 동구 became 제물포구 and 영종구, and 검단구 left 서구, on 2026-07-01), the 39
 * non-autonomous districts (일반구) of large cities with their parent city, Jeju's two
 * administrative cities (행정시) and single-tier Sejong. Provinces are those of {@link Region}.
 *
 * <p><b>Reading.</b> {@link #lookup(String, Region)} tells apart: a {@link Found} place (a
 * municipality's office, or a province's centre when only the province could be read), an
 * {@link Ambiguous} name shared by several provinces ("중구" without a province), and an
 * {@link Unreadable} text. {@link #locate(String, Region)} is the short form that gives just the
 * place. The reading rules are in {@link AddressReader}.
 *
 * <pre>{@code
 * Municipalities.Lookup l = Municipalities.lookup(row.get("address"), region);
 * if (l instanceof Municipalities.Ambiguous a) {
 *     report.warning(file, line, "address", "'" + a.name() + "' is in several provinces: "
 *             + a.regions() + "; add the province.");
 * } else if (l instanceof Municipalities.Found f && f.contradictsHint()) {
 *     report.warning(file, line, "address", "the address is in " + f.at().region() + ", not " + region);
 * }
 * Optional<Municipalities.Place> place = l.place();
 * }</pre>
 */
public final class Municipalities {

    /** Classpath resource of the table. */
    public static final String RESOURCE = "/geo/municipalities.tsv";

    /** What kind of municipality a row is; {@link #label()} is the table's kind column. */
    public enum Kind {
        /** An autonomous city (시). */
        CITY("시"),
        /** A county (군). */
        COUNTY("군"),
        /** An autonomous district (구) of Seoul or a metropolitan city. */
        DISTRICT("구"),
        /** A non-autonomous district (일반구) of a large city, e.g. 청주시 흥덕구. */
        CITY_DISTRICT("일반구"),
        /** Jeju's administrative cities (행정시): 제주시 and 서귀포시, not self-governing. */
        ADMINISTRATIVE_CITY("행정시"),
        /** Sejong, province and municipality at once (단층제 특별자치시). */
        SELF_GOVERNING_CITY("특별자치시");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The Korean word of the table's kind column. */
        public String label() {
            return label;
        }

        /** Whether this is a basic local government (기초자치단체): 시, 군 or 구. */
        public boolean autonomous() {
            return this == CITY || this == COUNTY || this == DISTRICT;
        }

        static Kind ofLabel(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown kind '" + label + "'");
        }
    }

    /**
     * One row of the table.
     *
     * @param parent the city of a {@link Kind#CITY_DISTRICT} (e.g. 청주시), else ""
     * @param lat    latitude of its office (WGS 84, 3 decimals)
     * @param lon    longitude of its office
     */
    public record Municipality(Region region, String name, String parent, Kind kind, String englishName,
                               double lat, double lon) {
        /** The name as written after the province in an address: "청주시 흥덕구", "중구". */
        public String fullName() {
            return parent.isEmpty() ? name : parent + " " + name;
        }

        Place place() {
            return new Place(region, fullName(), lat, lon, Placement.MUNICIPALITY);
        }
    }

    /**
     * Where a firm is put.
     *
     * @param municipality the municipality's full name ("청주시 흥덕구"); {@code null} at
     *                     {@link Placement#PROVINCE}
     */
    public record Place(Region region, String municipality, double lat, double lon, Placement precision) { }

    /** The answer of {@link #lookup}: {@link Found}, {@link Ambiguous} or {@link Unreadable}. */
    public sealed interface Lookup permits Found, Ambiguous, Unreadable {
        /** The place to use, if there is one. */
        Optional<Place> place();
    }

    /**
     * A place was read.
     *
     * @param at      the place: a municipality's office, or a province's centre when the text named
     *                only a province
     * @param written the province the text named, or {@code null}; it differs from
     *                {@code at.region()} only when the text used a municipality's former province
     *                (경북 군위군, in Daegu since 2023)
     * @param hint    the hint given to {@link #lookup}, or {@code null}
     * @param former  the former municipality the text named ("경북 군위군", "인천 중구"), or {@code null}
     */
    public record Found(Place at, Region written, Region hint, String former) implements Lookup {
        @Override
        public Optional<Place> place() {
            return Optional.of(at);
        }

        /**
         * Whether the hint (the firm's region column) disagrees with both the province the text
         * named and the province of the place found: "서울 중구" with hint Busan, or "수원시" with hint
         * Busan. A text in its former province (경북 군위군 with hint 경북) does not contradict it.
         */
        public boolean contradictsHint() {
            return hint != null && hint != at.region() && hint != written;
        }
    }

    /**
     * The name fits municipalities (or provinces) in several provinces and neither the text nor
     * the hint tells which: the caller should ask for the province.
     *
     * @param name       the name as read, e.g. "중구"
     * @param candidates each possible place
     */
    public record Ambiguous(String name, List<Place> candidates) implements Lookup {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }

        @Override
        public Optional<Place> place() {
            return Optional.empty();
        }

        /** The provinces of the candidates, in table order. */
        public List<Region> regions() {
            Set<Region> out = new LinkedHashSet<>();
            candidates.forEach(c -> out.add(c.region()));
            return List.copyOf(out);
        }
    }

    /**
     * Neither a province nor a municipality could be read.
     *
     * @param fallback the hint's province centre ({@link #provinceCentre}), or {@code null} without a hint
     */
    public record Unreadable(String text, Place fallback) implements Lookup {
        @Override
        public Optional<Place> place() {
            return Optional.ofNullable(fallback);
        }
    }

    private static final class Holder { // read on first use
        static final List<Municipality> ALL = read();
        static final AddressReader READER = new AddressReader(ALL);
    }

    private Municipalities() {
    }

    /** Every row of the table, in table order. */
    public static List<Municipality> all() {
        return Holder.ALL;
    }

    /**
     * Reads an address or a city cell; see {@link AddressReader} for the rules.
     *
     * @param text an address ("충북 청주시 흥덕구 …", "수원시 영통구 …") or a city ("용인", "Yongin",
     *             "중구"); {@code null} or blank is {@link Unreadable}
     * @param hint the firm's province from another column, or {@code null}: it picks among names
     *             shared by several provinces when the text names no province
     */
    public static Lookup lookup(String text, Region hint) {
        return Holder.READER.read(text == null ? "" : text, hint);
    }

    /**
     * The place of {@link #lookup(String, Region)}: a municipality's office, a province's centre,
     * or, when nothing could be read, the hint's province centre; empty for an {@link Ambiguous}
     * name and for an unreadable text without a hint.
     */
    public static Optional<Place> locate(String text, Region hint) {
        return lookup(text, hint).place();
    }

    /**
     * Where a firm known only by its province goes: the province's centre at
     * {@link Placement#PROVINCE}, except Sejong, which is one municipality: its city hall.
     */
    public static Place provinceCentre(Region region) {
        if (region == Region.SEJONG) {
            for (Municipality m : all()) {
                if (m.region() == Region.SEJONG) {
                    return m.place();
                }
            }
        }
        return new Place(region, null, region.centreLat(), region.centreLon(), Placement.PROVINCE);
    }

    private static List<Municipality> read() {
        try (InputStream in = Municipalities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses the table: tab-separated rows, '#' comment lines; a malformed table is a bug. */
    static List<Municipality> parse(BufferedReader in) throws IOException {
        List<Municipality> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 7 fields, found " + f.length);
            }
            Municipality m;
            try {
                m = new Municipality(Region.ofIso(f[0]), f[1], f[2], Kind.ofLabel(f[3]), f[4],
                        Double.parseDouble(f[5]), Double.parseDouble(f[6]));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": " + e.getMessage(), e);
            }
            if (!seen.add(m.region().iso() + " " + m.fullName())) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": " + m.fullName() + " twice");
            }
            if ((m.kind() == Kind.CITY_DISTRICT) == m.parent().isEmpty()) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": only a 일반구 has a parent city");
            }
            if (!m.parent().isEmpty() && !seen.contains(m.region().iso() + " " + m.parent())) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": parent " + m.parent()
                        + " must come first");
            }
            out.add(m);
        }
        return List.copyOf(out);
    }
}
