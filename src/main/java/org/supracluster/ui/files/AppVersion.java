package org.supracluster.ui.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * The program's version: the jar manifest's {@code Implementation-Version} (set by the build),
 * else Maven's {@code pom.properties} inside the jar, else none (a run from the build folder,
 * which the About dialog calls "development").
 */
public final class AppVersion {

    private static final String POM_PROPERTIES = "/META-INF/maven/org.supracluster/supracluster/pom.properties";

    private AppVersion() {
    }

    public static Optional<String> get() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        if (v != null && !v.isBlank()) {
            return Optional.of(v);
        }
        try (InputStream in = AppVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return Optional.ofNullable(p.getProperty("version")).filter(s -> !s.isBlank());
            }
        } catch (IOException e) {
            // No readable version: the dialog says "development".
        }
        return Optional.empty();
    }
}
