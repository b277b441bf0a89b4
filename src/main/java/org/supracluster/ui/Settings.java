package org.supracluster.ui;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.supracluster.export.FilesAside;
import org.supracluster.store.UserDataFolder;

/**
 * What the window remembers between runs (language, window size and place, divider positions,
 * the folder last used in a file dialog): {@code settings.properties} in the user's folder. A
 * plain file rather than {@link java.util.prefs.Preferences}, for the reasons the recent-files
 * list gives: it follows {@code SUPRACLUSTER_HOME} (tests, portable installs) and never logs from
 * a timer thread. Reading never fails (a missing or damaged file is no settings) and saving
 * never throws (an unwritable folder only means nothing is remembered).
 */
public final class Settings {

    public static final String LANGUAGE = "language";
    public static final String WINDOW = "window";
    public static final String MAXIMIZED = "window.maximized";
    public static final String DIVIDERS = "dividers";
    public static final String LAST_FOLDER = "lastFolder";
    /** The network layout's options: LinLog and prevent overlap, as 1 or 0. */
    public static final String LAYOUT_OPTIONS = "layout.options";

    private final Path file;
    private final Properties values = new Properties();
    private final System.Logger log = System.getLogger(Settings.class.getName());

    private Settings(Path file) {
        this.file = Objects.requireNonNull(file, "file");
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                log.log(System.Logger.Level.WARNING, "settings not read from " + file + ": " + e);
                values.clear();
            }
        }
    }

    /** The program's settings: {@code settings.properties} in the user's folder, read now. */
    public static Settings inUserFolder() {
        return file(UserDataFolder.folder().resolve("settings.properties"));
    }

    /** Settings kept in {@code file}, read now. */
    public static Settings file(Path file) {
        return new Settings(file);
    }

    public Optional<String> get(String key) {
        String v = values.getProperty(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    public void set(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    /** Numbers written with {@link #setNumbers}; empty when missing or not all numbers. */
    public Optional<double[]> numbers(String key) {
        return get(key).flatMap(v -> {
            try {
                return Optional.of(Arrays.stream(v.split(",")).mapToDouble(s -> Double.parseDouble(s.trim()))
                        .toArray());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    public void setNumbers(String key, double... numbers) {
        set(key, Arrays.stream(numbers).mapToObj(Double::toString).reduce((a, b) -> a + "," + b).orElse(""));
    }

    /** Writes the settings beside, then moves them over the old file, so a crash leaves one whole file. */
    public void save() {
        try {
            FilesAside.writeText(file, out -> values.store(out,
                    "Supracluster Explorer: what the window remembers between runs"));
        } catch (IOException | RuntimeException e) {
            log.log(System.Logger.Level.WARNING, "settings not saved to " + file + ": " + e);
        }
    }
}
