package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.List;
import org.supracluster.model.Segment;

/**
 * The geography of the SYNTHETIC sample network ({@link SampleGenerator}): which share of the
 * invented firms sits at each city of {@link Gazetteer}, in which segments, and which few large
 * "anchor" firms (fabs, packaging plants, research institutes) each city gets.
 *
 * <p>The figures follow DESIGN.md, "Sample data": about 75–80% of firms in the capital region
 * (here 75.5%, Gyeonggi alone 59.5%), Chungcheong–Daejeon next (19%, the top of the 10–20% range,
 * so that it carries enough internal activity to be a core hub as the study found), the other
 * regions a few percent each and a handful of firms in Gangwon and Jeju so that "other" exists.
 * Segment mixes follow the DESIGN.md list of what each city makes (Pangyo/Seongnam fabless design,
 * Hwaseong/Giheung/Pyeongtaek/Icheon/Cheongju fabs with equipment and materials suppliers around
 * them, Ansan/Siheung parts and equipment SMEs, Incheon/Songdo and Cheonan/Asan packaging,
 * Daejeon/Daedeok research institutes and universities, Gumi wafers and materials, ...).
 * The table is in its own fixed order, so the output does not depend on the gazetteer's order.
 */
final class SamplePlaces {

    /**
     * One city of the sample.
     *
     * @param share share of all firms placed here
     * @param mix probability of each {@link Segment} (by ordinal) for an ordinary firm here
     * @param anchorSegment segment of the city's large firms, or {@code null} when it has none
     * @param anchors number of large firms per {@link #ANCHOR_SCALE} firms in the sample
     */
    record Spec(Gazetteer.Place place, double share, double[] mix, Segment anchorSegment, int anchors,
                int anchorMinEmployees, int anchorMaxEmployees) { }

    /**
     * Sample size at which a city gets exactly {@link Spec#anchors} large firms; bigger samples
     * get proportionally more so that the share of activity held by large firms does not change
     * with the size (otherwise a 100,000-firm sample would have its whole network on ten fabs).
     */
    static final int ANCHOR_SCALE = 1500;

    /** Head-count range (log-uniform) of an ordinary firm, by segment ordinal: mostly SMEs. */
    static final int[] EMPLOYEES_MIN = {5, 150, 10, 10, 5, 20, 10, 3};
    static final int[] EMPLOYEES_MAX = {150, 1500, 400, 500, 300, 800, 300, 80};

    static final List<Spec> SPECS = build();

    private SamplePlaces() {
    }

    private static List<Spec> build() {
        List<Spec> s = new ArrayList<>();
        //                          design fab  equip mater comp  pack  resrch other
        // Capital region: 75.5% (Seoul 11%, Gyeonggi 59.5%, Incheon 5%).
        s.add(spec("Seoul", .110, .60, 0, .08, .12, .05, 0, .10, .05));
        s.add(spec("Seongnam", .055, .50, 0, .12, .05, .13, 0, .05, .15));
        s.add(spec("Pangyo", .085, .70, 0, 0, 0, .05, 0, .10, .15));
        s.add(anchor(spec("Suwon", .040, .30, .02, .15, .05, .20, 0, .25, .03), Segment.RESEARCH, 1, 1000, 3000));
        s.add(anchor(spec("Yongin", .055, .10, .03, .35, .20, .28, 0, 0, .04), Segment.FAB, 1, 3000, 6000));
        s.add(anchor(spec("Giheung", .030, .08, .05, .35, .20, .28, 0, 0, .04), Segment.FAB, 1, 8000, 15000));
        s.add(anchor(spec("Hwaseong", .090, 0, .03, .40, .20, .27, 0, 0, .10), Segment.FAB, 2, 8000, 15000));
        s.add(anchor(spec("Pyeongtaek", .045, 0, .03, .30, .30, .27, 0, 0, .10), Segment.FAB, 1, 8000, 15000));
        s.add(anchor(spec("Icheon", .045, 0, .03, .30, .20, .25, 0, .05, .17), Segment.FAB, 1, 8000, 15000));
        s.add(spec("Anseong", .025, 0, 0, .35, .30, .25, .05, 0, .05));
        s.add(spec("Osan", .015, 0, 0, .40, .15, .35, 0, 0, .10));
        s.add(spec("Ansan", .050, 0, 0, .45, .10, .40, 0, 0, .05));
        s.add(spec("Siheung", .045, 0, 0, .45, .10, .40, 0, 0, .05));
        s.add(anchor(spec("Bucheon", .015, .20, .08, .10, 0, .32, .20, 0, .10), Segment.FAB, 1, 1000, 2500));
        s.add(anchor(spec("Incheon", .030, 0, 0, .15, .10, .20, .50, 0, .05), Segment.PACKAGING, 1, 2000, 5000));
        s.add(anchor(spec("Songdo", .020, .10, 0, .15, .15, 0, .50, .10, 0), Segment.PACKAGING, 1, 1000, 3000));
        // Chungcheong–Daejeon: 19% (Chungbuk 8.7%, Chungnam 4.5%, Daejeon 5%, Sejong 0.8%).
        s.add(anchor(spec("Cheongju", .045, .08, .03, .15, .15, .22, .15, .05, .17), Segment.FAB, 2, 5000, 12000));
        s.add(anchor(spec("Ochang", .020, 0, .03, .15, .20, .25, .20, 0, .17), Segment.PACKAGING, 1, 1000, 3000));
        s.add(anchor(spec("Eumseong", .012, 0, .05, .20, .30, .30, 0, 0, .15), Segment.FAB, 1, 1000, 2500));
        s.add(spec("Jincheon", .010, 0, .03, .20, .30, .32, 0, 0, .15));
        s.add(anchor(spec("Cheonan", .025, 0, 0, .25, .10, .20, .35, 0, .10), Segment.PACKAGING, 1, 2000, 5000));
        s.add(anchor(spec("Asan", .020, 0, .02, .20, .10, .20, .40, 0, .08), Segment.PACKAGING, 1, 1500, 4000));
        s.add(anchor(spec("Daejeon", .025, .35, 0, .10, .10, .10, 0, .30, .05), Segment.RESEARCH, 1, 800, 2000));
        s.add(anchor(spec("Daedeok", .025, .20, 0, .10, .10, 0, 0, .55, .05), Segment.RESEARCH, 1, 1000, 3000));
        s.add(spec("Sejong", .008, 0, 0, .20, .20, .20, 0, .30, .10));
        // Daegu–Gyeongbuk 2.2%, Southeast 1.6%, Honam 1.2%.
        s.add(anchor(spec("Gumi", .013, 0, .03, .10, .50, .20, .05, 0, .12), Segment.MATERIALS, 1, 1000, 3000));
        s.add(spec("Daegu", .007, 0, 0, .45, .10, .35, 0, 0, .10));
        s.add(spec("Pohang", .002, 0, 0, 0, .40, 0, 0, .40, .20));
        s.add(spec("Busan", .004, .30, .05, 0, .10, .35, 0, 0, .20));
        s.add(anchor(spec("Gijang", .003, 0, .10, 0, .30, .30, 0, 0, .30), Segment.FAB, 1, 300, 800));
        s.add(anchor(spec("Ulsan", .003, 0, 0, 0, .70, .10, 0, 0, .20), Segment.MATERIALS, 1, 500, 1500));
        s.add(spec("Changwon", .004, 0, 0, .20, .40, .30, 0, 0, .10));
        s.add(spec("Gimhae", .002, 0, 0, .30, 0, .50, 0, 0, .20));
        s.add(anchor(spec("Gwangju", .005, .20, .05, 0, 0, .30, .20, .10, .15), Segment.FAB, 1, 200, 600));
        s.add(spec("Muan", .001, 0, .20, 0, 0, 0, .50, 0, .30));
        s.add(spec("Mokpo", .001, 0, 0, 0, 0, .30, .50, 0, .20));
        s.add(spec("Naju", .002, 0, 0, 0, .30, .30, 0, .20, .20));
        s.add(spec("Jeonju", .002, 0, 0, 0, .40, .30, 0, 0, .30));
        s.add(spec("Iksan", .001, 0, 0, 0, .40, .40, 0, 0, .20));
        // Outside the five clusters ("other"): 0.5%.
        s.add(spec("Wonju", .002, 0, 0, .30, 0, .50, 0, 0, .20));
        s.add(spec("Chuncheon", .0015, .50, 0, 0, 0, 0, 0, .20, .30));
        s.add(spec("Jeju", .0015, .50, 0, 0, 0, 0, 0, 0, .50));
        return List.copyOf(s);
    }

    private static Spec spec(String city, double share, double... mix) {
        if (mix.length != Segment.values().length) {
            throw new IllegalStateException("segment mix of " + city + " needs " + Segment.values().length + " values");
        }
        Gazetteer.Place place = Gazetteer.places().stream()
                .filter(p -> p.englishName().equals(city)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the gazetteer lost the city " + city));
        return new Spec(place, share, mix, null, 0, 0, 0);
    }

    private static Spec anchor(Spec s, Segment segment, int anchors, int minEmployees, int maxEmployees) {
        return new Spec(s.place(), s.share(), s.mix(), segment, anchors, minEmployees, maxEmployees);
    }
}
