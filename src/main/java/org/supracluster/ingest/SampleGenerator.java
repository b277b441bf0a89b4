package org.supracluster.ingest;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;

/**
 * A deterministic, seeded generator of a believable but entirely SYNTHETIC Korean semiconductor
 * network: invented firms ("Hwaseong Equipment 017", "판교설계 012", ids {@code F00001}...) at the
 * real industry locations, linked by invented trade and co-patent links. No row describes a real
 * company or a real transaction; it exists so that the app has something to show and test on.
 *
 * <p>What makes it believable is written down in DESIGN.md ("Sample data") and implemented in
 * {@link SamplePlaces} (where firms are and in which segments), {@link SampleFirms} (ids, names,
 * head counts, coordinates) and {@link SampleRules} / {@link SampleLinks} (who links to whom).
 * About {@link #LINKS_PER_FIRM} rows per firm are made, {@link #TRADE_SHARE} of them trade, years
 * 2015–2024. With the default five-cluster scheme both the capital region and
 * Chungcheong–Daejeon come out as core hubs (internal and external link shares both ≥ 1/5), the
 * pattern the reference study found; the three other clusters do not.
 *
 * <p>The same seed and size always give the same data, byte for byte: one
 * {@link SplittableRandom}, fixed iteration orders (no hash-ordered collections), StrictMath.
 * Generation is O(firms + links): 100,000 firms and 500,000 links take well under two seconds.
 */
public final class SampleGenerator {

    /** The seed of the sample shipped in {@code data/}. */
    public static final long DEFAULT_SEED = 20250101L;
    /** Firms in the shipped sample: the wider supplier population, not just the ~330 core firms. */
    public static final int DEFAULT_FIRMS = 1500;
    /** Link rows per firm, all types and years together. */
    public static final int LINKS_PER_FIRM = 5;
    /** Share of link rows that are trade links; the rest are co-patent links. */
    public static final double TRADE_SHARE = 0.8;
    /** Ids have room for seven digits; the link keys multiply two firm indices. */
    public static final int MAX_FIRMS = 9_999_999;

    private final long seed;
    private final int firmCount;

    public SampleGenerator(long seed, int firmCount) {
        if (firmCount < 0 || firmCount > MAX_FIRMS) {
            throw new IllegalArgumentException("firm count must be 0.." + MAX_FIRMS + ": " + firmCount);
        }
        this.seed = seed;
        this.firmCount = firmCount;
    }

    public ParsedData generate() {
        SplittableRandom rng = new SplittableRandom(seed);
        SampleFirms f = SampleFirms.create(firmCount, rng.split());
        SampleLinks l = new SampleLinks(f, new SampleRules());
        long rows = (long) LINKS_PER_FIRM * firmCount;
        int tradeRows = (int) Math.round(rows * TRADE_SHARE);
        SplittableRandom linkRng = rng.split();
        l.generate(SampleLinks.TRADE, tradeRows, linkRng);
        l.generate(SampleLinks.COPATENT, (int) (rows - tradeRows), linkRng);

        List<Firm> firms = new ArrayList<>(firmCount);
        for (int i = 0; i < firmCount; i++) {
            Gazetteer.Place p = SamplePlaces.SPECS.get(f.place[i]).place();
            firms.add(new Firm(f.ids[i], f.names[i], p.region(), p.koreanName(), f.lat[i], f.lon[i],
                    f.segment[i], f.employees[i], null));
        }
        List<Link> links = new ArrayList<>(l.size);
        for (int k : l.order()) {
            LinkType type = l.type[k] == SampleLinks.TRADE ? LinkType.TRADE : LinkType.COPATENT;
            links.add(new Link(f.ids[l.source[k]], f.ids[l.target[k]], type, l.weight[k], l.year[k]));
        }
        return new ParsedData(firms, links);
    }

    /**
     * Writes {@code firms.csv} and {@code links.csv} into {@code dir} (created if missing): UTF-8
     * without BOM, {@code \n} line ends, fields quoted only when needed, numbers in Locale.ROOT,
     * region as the Korean short name (경기) and city in Korean (화성), as an analyst's file would.
     */
    public void writeCsv(Path dir) throws IOException {
        ParsedData data = generate();
        Files.createDirectories(dir);
        try (CsvWriter w = csv(dir.resolve("firms.csv"))) {
            w.writeRecord("id", "name", "region", "city", "lat", "lon", "segment", "employees");
            for (Firm f : data.firms()) {
                w.writeRecord(f.id(), f.name(), f.region().koreanShort(), f.city(), coordinate(f.lat()),
                        coordinate(f.lon()), f.segment().code(), Integer.toString(f.employees()));
            }
        }
        try (CsvWriter w = csv(dir.resolve("links.csv"))) {
            w.writeRecord("source", "target", "type", "weight", "year");
            for (Link l : data.links()) {
                w.writeRecord(l.source(), l.target(), l.type().code(), weight(l.weight()), Integer.toString(l.year()));
            }
        }
    }

    private static CsvWriter csv(Path file) throws IOException {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8);
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.5f", degrees);
    }

    /** Integers without a decimal point ("3"), amounts with one decimal ("12.5"). */
    static String weight(double w) {
        long tenths = Math.round(w * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
    }
}
