package org.supracluster.ui;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The explorer's text in Korean and English, from the bundle {@code i18n/messages}
 * ({@code resources/i18n/messages.properties} in English, {@code messages_ko.properties} in
 * Korean; UTF-8 with Hangul written directly, dotted keys, the same keys in both).
 *
 * <p>The current language follows the system's at start (Korean if its language is {@code ko},
 * English otherwise) and can be switched with {@link #setLocale}; listeners hear of every switch.
 * No JavaFX type appears here, so view models and tests use it without a toolkit; a view that
 * wants a JavaFX property can bridge one with {@link #addListener}.
 *
 * <p>Values read with {@link #get} are plain text. Values read with {@link #format} are
 * {@link MessageFormat} patterns ({@code {0}}, {@code {0,number,integer}}, {@code {0,choice,…}}).
 * The bundles avoid the ASCII apostrophe, which a pattern would treat as a quote (English uses
 * ’), so every value reads the same either way.
 */
public final class I18n {

    /** Base name of the message bundle on the classpath: the one the importer and the command line read too. */
    public static final String BUNDLE_BASE_NAME = org.supracluster.model.Messages.BUNDLE_BASE_NAME;
    /** The languages the explorer speaks, in the order a language menu lists them. */
    public static final List<Locale> SUPPORTED_LOCALES = List.of(Locale.KOREAN, Locale.ENGLISH);

    /*
     * No fallback to the default locale: with the JDK's usual lookup, asking for English on a
     * Korean system would find messages_ko before the English base bundle.
     */
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final System.Logger LOG = System.getLogger(I18n.class.getName());
    private static final List<Consumer<Locale>> LISTENERS = new CopyOnWriteArrayList<>();
    private static final Object LOCK = new Object();

    private static volatile Language current = Language.of(supported(Locale.getDefault()));

    private I18n() {
    }

    /** A subscription to language changes; {@link #close()} ends it (idempotent). */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** One language with its bundle, swapped as a whole so readers never see a mixed pair. */
    private record Language(Locale locale, ResourceBundle bundle) {
        static Language of(Locale locale) {
            return new Language(locale, ResourceBundle.getBundle(BUNDLE_BASE_NAME, locale,
                    I18n.class.getClassLoader(), CONTROL));
        }
    }

    /** The text of {@code key} in a given language, whatever the current one is. */
    public static String getIn(Locale locale, String key) {
        return Language.of(supported(locale)).bundle().getString(key);
    }

    /** The current language: {@link Locale#KOREAN} or {@link Locale#ENGLISH}. */
    public static Locale locale() {
        return current.locale();
    }

    /** Whether the current language is Korean. */
    public static boolean isKorean() {
        return current.locale().equals(Locale.KOREAN);
    }

    /**
     * The supported language for any locale: Korean for every locale whose language is
     * {@code ko} ({@code ko_KR}, {@code ko_KP}, …), English for every other.
     */
    public static Locale supported(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return locale.getLanguage().equals(Locale.KOREAN.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
    }

    /**
     * Switches the language (any Korean locale to Korean, everything else to English) and tells
     * the listeners, on the calling thread, if it changed. A JavaFX caller calls this on the FX
     * thread so that listeners may touch controls.
     *
     * @throws RuntimeException the first exception a listener threw, after every listener ran
     */
    public static void setLocale(Locale locale) {
        Locale next = supported(locale);
        synchronized (LOCK) {
            if (current.locale().equals(next)) {
                return;
            }
            current = Language.of(next);
        }
        notifyListeners(next);
    }

    /** Goes back to the language of the system's default locale. */
    public static void followSystemLocale() {
        setLocale(Locale.getDefault());
    }

    /**
     * Calls {@code listener} with the new language after every switch, until the returned
     * subscription is closed. Listeners are held strongly: close the subscription when the
     * listening view or view model goes away.
     */
    public static Subscription addListener(Consumer<Locale> listener) {
        Objects.requireNonNull(listener, "listener");
        Consumer<Locale> wrapper = listener::accept; // a distinct object, so the same listener may subscribe twice
        LISTENERS.add(wrapper);
        return () -> LISTENERS.remove(wrapper);
    }

    /** How many listeners are subscribed (to check that views let go of theirs). */
    public static int listenerCount() {
        return LISTENERS.size();
    }

    /**
     * The text of {@code key} in the current language. A key missing from the bundle (a bug the
     * localization test should catch) is returned as {@code !key!} and logged, rather than
     * breaking the window.
     */
    public static String get(String key) {
        return lookup(current, key);
    }

    /**
     * The {@link MessageFormat} pattern of {@code key} in the current language, filled with
     * {@code args}; numbers and dates are formatted for the current language.
     */
    public static String format(String key, Object... args) {
        Language language = current;
        String pattern = lookup(language, key);
        try {
            return new MessageFormat(pattern, language.locale()).format(args);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "bad message pattern for key " + key + ": " + pattern, e);
            return pattern;
        }
    }

    /**
     * The translated name of an enum constant, under the key {@link #key(Enum)}: for example
     * {@code ClusterRole.CORE_HUB} → {@code clusterRole.core_hub} → "Core hub" / "핵심 허브".
     */
    public static String name(Enum<?> constant) {
        return get(key(constant));
    }

    /**
     * The bundle key of an enum constant: the enum's simple name with a lower-case first letter,
     * a dot, and the constant's name in lower case ({@code CartographyRole.R1} →
     * {@code cartographyRole.r1}).
     */
    public static String key(Enum<?> constant) {
        String type = constant.getDeclaringClass().getSimpleName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "."
                + constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A language's name in that language ("한국어", "English"), for a language menu: the same
     * whatever the current language, so a user lost in the other language still finds their own.
     */
    public static String languageName(Locale locale) {
        Locale l = supported(locale);
        String name = l.getDisplayLanguage(l);
        return name.isEmpty() ? l.getLanguage() : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The bundle of the current language (for tests and for code that needs every key). */
    public static ResourceBundle bundle() {
        return current.bundle();
    }

    private static String lookup(Language language, String key) {
        Objects.requireNonNull(key, "key");
        try {
            return language.bundle().getString(key);
        } catch (MissingResourceException e) {
            LOG.log(System.Logger.Level.WARNING, "no message for key " + key + " in " + language.locale());
            return "!" + key + "!";
        }
    }

    private static void notifyListeners(Locale locale) {
        List<RuntimeException> failures = new ArrayList<>();
        for (Consumer<Locale> listener : LISTENERS) {
            try {
                listener.accept(locale);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }
}
