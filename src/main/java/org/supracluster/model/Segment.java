package org.supracluster.model;

import java.util.Locale;
import java.util.Optional;

/** Where a firm sits in the semiconductor value chain (DESIGN.md, interchange format). */
public enum Segment {
    DESIGN("design", "설계", "팹리스"),
    FAB("fab", "제조", "팹"),
    EQUIPMENT("equipment", "장비"),
    MATERIALS("materials", "소재"),
    COMPONENTS("components", "부품"),
    PACKAGING("packaging", "패키징", "후공정"),
    RESEARCH("research", "연구"),
    OTHER("other", "기타");

    private final String code;
    private final String koreanName;
    /** Other words analysts use for the segment (DESIGN.md: 팹리스, 팹, 후공정 …). */
    private final String[] otherNames;

    Segment(String code, String koreanName, String... otherNames) {
        this.code = code;
        this.koreanName = koreanName;
        this.otherNames = otherNames;
    }

    public String code() {
        return code;
    }

    public String koreanName() {
        return koreanName;
    }

    /**
     * Reads the code in any case ({@code Fab}, {@code FAB}), the Korean name, or another common
     * word for it ({@code 팹리스}, {@code 후공정}), spaces ignored.
     */
    public static Optional<Segment> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String k = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).strip()
                .toLowerCase(Locale.ROOT).replace(" ", "");
        for (Segment s : values()) {
            if (s.code.equals(k) || s.koreanName.equals(k)) {
                return Optional.of(s);
            }
            for (String o : s.otherNames) {
                if (o.equals(k)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }
}
