package org.supracluster.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The two kinds of inter-firm link. A trade link is directed (supplier → customer); a co-patent
 * link (joint patent application) has no direction.
 */
public enum LinkType {
    TRADE("trade", true, "거래"),
    COPATENT("copatent", false, "공동특허");

    private final String code;
    private final boolean directed;
    private final String koreanName;

    LinkType(String code, boolean directed, String koreanName) {
        this.code = code;
        this.directed = directed;
        this.koreanName = koreanName;
    }

    /** The spelling used in files: {@code trade} or {@code copatent}. */
    public String code() {
        return code;
    }

    public boolean isDirected() {
        return directed;
    }

    public String koreanName() {
        return koreanName;
    }

    /** Reads {@code trade}, {@code copatent}, {@code co-patent}, {@code co_patent}, {@code 거래}, {@code 공동특허}. */
    public static Optional<LinkType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (LinkType t : values()) {
            if (t.code.equals(text)) {
                return Optional.of(t); // the common case, without building a normalised copy
            }
        }
        String k = text.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
        for (LinkType t : values()) {
            if (t.code.equals(k) || t.koreanName.equals(k)) {
                return Optional.of(t);
            }
        }
        if (k.equals("patent") || k.equals("coapplication")) {
            return Optional.of(COPATENT);
        }
        return Optional.empty();
    }
}
