package org.supracluster.model;

import java.util.Locale;
import java.util.Optional;

/** Where a firm sits in the semiconductor value chain (DESIGN.md, interchange format). */
public enum Segment {
    DESIGN("design", "설계"),
    FAB("fab", "제조"),
    EQUIPMENT("equipment", "장비"),
    MATERIALS("materials", "소재"),
    COMPONENTS("components", "부품"),
    PACKAGING("packaging", "패키징"),
    RESEARCH("research", "연구"),
    OTHER("other", "기타");

    private final String code;
    private final String koreanName;

    Segment(String code, String koreanName) {
        this.code = code;
        this.koreanName = koreanName;
    }

    public String code() {
        return code;
    }

    public String koreanName() {
        return koreanName;
    }

    /** Reads the code in any case ({@code Fab}, {@code FAB}) or the Korean name. */
    public static Optional<Segment> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String k = text.strip().toLowerCase(Locale.ROOT);
        for (Segment s : values()) {
            if (s.code.equals(k) || s.koreanName.equals(k)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
