package org.supracluster.ingest;

import java.util.SplittableRandom;
import org.supracluster.model.Segment;

/**
 * Invented names for the SYNTHETIC sample firms: city + a generic trade word + a serial number,
 * in English ("Hwaseong Equipment 017") or Korean ("화성장비 017"). The serial number makes every
 * name unique and plainly made up, and the words are generic nouns, never a brand, so no name can
 * be mistaken for a real company. Words are chosen so that city + word never spells a real one
 * (no "반도체", which after 서울 would read as the real 서울반도체; no "전자" after 대덕). Korean names are mixed in so that Hangul shows up in tables,
 * maps and exports built from the sample.
 */
final class SampleNames {

    /** Share of names written in Korean. */
    static final double KOREAN_SHARE = 0.4;

    /** English trade words by segment ordinal. */
    private static final String[][] ENGLISH = {
        {"Design", "Chip Design", "Logic Design"},
        {"Fab", "Wafer Fab", "Foundry"},
        {"Equipment", "Process Tools", "Vacuum Systems"},
        {"Materials", "Chemical", "Specialty Gas"},
        {"Components", "Parts", "Precision"},
        {"Packaging", "Test", "Assembly & Test"},
        {"Research Institute", "University Lab", "Nano Centre"},
        {"Engineering", "Trading", "Services"},
    };

    /** Korean trade words by segment ordinal. */
    private static final String[][] KOREAN = {
        {"설계", "칩설계", "디자인하우스"},
        {"팹", "웨이퍼", "파운드리"},
        {"장비", "테크", "진공"},
        {"소재", "케미칼", "특수가스"},
        {"부품", "정밀", "파츠"},
        {"패키징", "테스트", "후공정"},
        {"연구소", "대학연구실", "나노센터"},
        {"엔지니어링", "상사", "서비스"},
    };

    private SampleNames() {
    }

    /** A name for the {@code serial}-th firm of this segment in this city. */
    static String name(Gazetteer.Place place, Segment segment, int serial, SplittableRandom rng) {
        String number = SampleFirms.zeroPad(serial, 3);
        boolean korean = rng.nextDouble() < KOREAN_SHARE;
        String[] words = (korean ? KOREAN : ENGLISH)[segment.ordinal()];
        String word = words[rng.nextInt(words.length)];
        return korean
                ? place.koreanName() + word + " " + number
                : place.englishName() + " " + word + " " + number;
    }
}
