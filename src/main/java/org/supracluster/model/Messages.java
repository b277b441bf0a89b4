package org.supracluster.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The program's words in one language, read from the one pair of message bundles
 * ({@code resources/i18n/messages.properties}, {@code messages_ko.properties}) that the window
 * reads too: so an importer's error, a command-line line and a menu item are translated alike.
 * Plain Java (no JavaFX), so the importer and the command line use it; the window's
 * {@code ui.I18n} reads the same bundles and adds the switch of language.
 *
 * <p>{@link #format} fills a {@link MessageFormat} pattern; the bundles hold no lone ASCII apostrophe
 * (MessageFormat reads it as a quote; the importer's English writes one as {@code ''}), so a quoted
 * value is quoted by the caller (see {@link Message#quoted}).
 */
public final class Messages {

    /** Base name of the message bundle on the classpath. */
    public static final String BUNDLE_BASE_NAME = "i18n/messages";
    /*
     * No fallback to the default locale: with the JDK's usual lookup, asking for English on a
     * Korean system would find messages_ko before the English base bundle.
     */
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** English: the words every test and log keeps to. */
    public static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    /** Korean. */
    public static final Messages KOREAN = new Messages(Locale.KOREAN);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE_BASE_NAME, locale, Messages.class.getClassLoader(), CONTROL);
    }

    /** Korean for every locale whose language is {@code ko}, English for every other. */
    public static Messages of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return locale.getLanguage().equals(Locale.KOREAN.getLanguage()) ? KOREAN : ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isKorean() {
        return this == KOREAN;
    }

    /** The text of {@code key}; a missing key (a bug the localization test catches) shows as {@code !key!}. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The pattern of {@code key} filled with {@code args}, numbers formatted for this language. */
    public String format(String key, Object... args) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            values[i] = a instanceof Message.Words w ? w.in(this) : a instanceof Message m ? m.in(this) : a;
        }
        return new MessageFormat(get(key), locale).format(values);
    }
}
