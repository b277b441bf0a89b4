package org.supracluster.cli;

import java.util.Locale;

/** The {@code --lang} option: ko or en, defaulting to the system's language. */
final class Lang {
    private Lang() {
    }

    static Locale locale(String lang) {
        if (lang == null) {
            return Locale.getDefault().getLanguage().equals("ko") ? Locale.KOREAN : Locale.ENGLISH;
        }
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "ko", "kr", "korean", "한국어" -> Locale.KOREAN;
            case "en", "english" -> Locale.ENGLISH;
            default -> throw new UserError("--lang takes ko or en, not '" + lang + "'.");
        };
    }
}
