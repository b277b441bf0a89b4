package org.supracluster.ingest;

import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/**
 * The behavioural assumptions of the SYNTHETIC sample network, in one place so that they can be
 * read and argued with: who buys from whom, who co-patents with whom, how much stays inside a
 * cluster, how fast ties fade with distance, how long they last and how heavy they are.
 *
 * <p>Type index 0 is trade, 1 co-patent ({@link SampleLinks#TRADE}, {@link SampleLinks#COPATENT}).
 * Segment arrays are indexed by {@link Segment#ordinal()}: design, fab, equipment, materials,
 * components, packaging, research, other.
 */
final class SampleRules {

    static final int SEGMENTS = Segment.values().length;

    /**
     * Chance that a relationship's partner is looked for inside the origin's own cluster, by
     * cluster of the default scheme (capital, Chungcheong–Daejeon, Daegu–Gyeongbuk, Southeast,
     * Honam); Gangwon and Jeju firms get {@link #INTRA_OTHER}. No published intra/inter-cluster
     * share exists (DESIGN.md), so this is our assumption: about two thirds of trade links and
     * a bit over half of co-patent links end up inside one cluster (DESIGN.md suggests 60–75% and
     * 50–65%). The hubs keep more inside (large local supplier bases); small clusters have to
     * buy and co-patent outside. Realised with the default places (links with a Gangwon or Jeju
     * end left out): about 66–69% of trade and 55–59% of co-patent links inside one cluster. These
     * values, with the big buyers of Cheongju, Cheonan/Asan and Daedeok, are what make
     * Chungcheong–Daejeon carry over a fifth of all internal links (a core hub) although it has
     * only 19% of the firms.
     */
    private static final double[][] INTRA = {
        {0.68, 0.70, 0.45, 0.50, 0.45},
        {0.60, 0.60, 0.40, 0.40, 0.40},
    };
    private static final double INTRA_OTHER = 0.10;

    /**
     * Partner segment by origin segment. Trade (origin = buyer): fabs buy equipment, materials,
     * components and design services; packaging buys wafers from fabs; fabless design houses buy
     * foundry wafers, test and IP; research rarely trades. Co-patent: research is everyone's
     * first partner.
     */
    private static final double[][][] PARTNER = {
        {   //  design fab  equip mater comp  pack  resrch other
            {.40, .20, 0, 0, 0, .30, .05, .05},     // design buys
            {.10, 0, .35, .30, .15, 0, .03, .07},   // fab buys
            {0, 0, .10, .20, .60, 0, 0, .10},       // equipment buys
            {0, 0, .20, .50, .10, 0, .05, .15},     // materials buys
            {0, 0, .10, .50, .30, 0, 0, .10},       // components buys
            {0, .35, .20, .25, .15, 0, 0, .05},     // packaging buys
            {0, 0, .50, .30, .10, 0, 0, .10},       // research buys
            {0, 0, .20, .20, .30, 0, 0, .30},       // other buys
        },
        {
            {.30, .20, 0, 0, 0, 0, .50, 0},         // design co-patents with
            {.10, 0, .25, .25, 0, 0, .40, 0},       // fab
            {0, .35, .10, 0, .15, 0, .40, 0},       // equipment
            {0, .35, 0, .15, 0, .10, .40, 0},       // materials
            {0, 0, .40, 0, .20, 0, .40, 0},         // components
            {0, .40, 0, .30, 0, 0, .30, 0},         // packaging
            {.15, .25, .20, .20, .05, 0, .15, 0},   // research
            {0, 0, 0, 0, 0, 0, .60, .40},           // other
        },
    };

    /** How often a firm of each segment starts a relationship (times its size factor). */
    private static final double[][] PUSH = {
        {.6, 1.0, .5, .4, .4, .9, .4, .3},
        {.6, 1.5, .6, .6, .3, .4, 3.0, .1},
    };
    /** How attractive a firm of each segment is as a partner (times its size factor). */
    private static final double[][] PULL = {
        {1, 1, 1, 1, 1, 1, 1, 1},
        {.6, 1.5, .6, .6, .6, .6, 4.0, .1},
    };
    /** Size exponents: buying scales with head count (large buyers dominate), the rest less. */
    private static final double[] PUSH_EXPONENT = {1.0, 0.5};
    private static final double[] PULL_EXPONENT = {0.5, 0.6};
    /** Daejeon's research institutes file about half of its patents (DESIGN.md): a co-patent boost. */
    private static final double DAEJEON_RESEARCH_BOOST = 2.0;

    /** Distance decay 1 / (1 + (d / d0)²): trade reaches further than co-patenting (~100 km). */
    private static final double[] DECAY_KM = {40, 30};

    /** Start years grow by 7% of the 2015 level a year: the sample industry is expanding. */
    private static final double[] START_YEAR = yearWeights();
    /** Relationship length in years (1, 2, ...): trade ties last longer than joint patents. */
    private static final double[][] DURATION = {
        {.45, .20, .15, .10, .10},
        {.65, .25, .10},
    };
    /** Joint patents per pair and year (1–5). */
    private static final double[] PATENTS = {.50, .25, .13, .07, .05};

    double push(int t, SampleFirms f, int i) {
        double w = PUSH[t][f.segment[i].ordinal()] * StrictMath.pow(f.employees[i], PUSH_EXPONENT[t]);
        return t == SampleLinks.COPATENT ? w * daejeonBoost(f, i) : w;
    }

    double pull(int t, SampleFirms f, int i) {
        double w = PULL[t][f.segment[i].ordinal()] * StrictMath.pow(f.employees[i], PULL_EXPONENT[t]);
        return t == SampleLinks.COPATENT ? w * daejeonBoost(f, i) : w;
    }

    private static double daejeonBoost(SampleFirms f, int i) {
        boolean daejeon = SamplePlaces.SPECS.get(f.place[i]).place().region() == Region.DAEJEON;
        return daejeon && f.segment[i] == Segment.RESEARCH ? DAEJEON_RESEARCH_BOOST : 1.0;
    }

    int partnerSegment(int t, Segment origin, double u) {
        return SampleFirms.pick(PARTNER[t][origin.ordinal()], u);
    }

    /** @param group cluster index of the default scheme, or larger for a region outside it */
    double intraShare(int t, int group) {
        return group < INTRA[t].length ? INTRA[t][group] : INTRA_OTHER;
    }

    double decay(int t, double km) {
        double r = km / DECAY_KM[t];
        return 1.0 / (1.0 + r * r);
    }

    int startYear(double u) {
        return SampleLinks.FIRST_YEAR + SampleFirms.pick(START_YEAR, u);
    }

    int duration(int t, double u) {
        return 1 + SampleFirms.pick(DURATION[t], u);
    }

    /**
     * A relationship's typical yearly weight. Trade: an amount-like figure, log-uniform 1–20,
     * larger when the buyer is one of the big firms; co-patent: unused (drawn per year).
     */
    double baseWeight(int t, SampleFirms f, int origin, double u) {
        double base = StrictMath.exp(u * StrictMath.log(20));
        return t == SampleLinks.TRADE && f.anchor[origin] ? base * 2.5 : base;
    }

    /** One year's weight: trade varies ±15% around the base (1–50, one decimal); patents 1–5. */
    double yearWeight(int t, double base, double u) {
        if (t == SampleLinks.COPATENT) {
            return 1 + SampleFirms.pick(PATENTS, u);
        }
        double w = Math.max(1.0, Math.min(50.0, base * (0.85 + 0.3 * u)));
        return Math.round(w * 10) / 10.0;
    }

    private static double[] yearWeights() {
        double[] w = new double[SampleLinks.LAST_YEAR - SampleLinks.FIRST_YEAR + 1];
        for (int y = 0; y < w.length; y++) {
            w[y] = 1.0 + 0.07 * y;
        }
        return w;
    }
}
