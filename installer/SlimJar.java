import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;

/**
 * Copies the fat jar for a package, leaving out the native libraries of the other platforms: the jar
 * serves Windows x64, Linux x64 and macOS on Intel and Apple silicon, a package runs on one.
 * <ul>
 * <li>SQLite: only the folder sqlite-jdbc itself will load from on this machine stays
 * ({@code org/sqlite/native/Linux/x86_64/}, ...).</li>
 * <li>JavaFX: on Windows the {@code .dll} files at the root stay, on Linux the {@code .so} files; on
 * macOS the libraries of this processor move from {@code javafx-natives/mac-...} (the folder the
 * program's launcher would pick, asked of the launcher itself) to the root, where JavaFX finds them
 * without the launcher's help.</li>
 * </ul>
 * So the package must be built on the platform it is for, as jpackage requires anyway.
 * Run with the JDK's single-file launcher: {@code java installer/SlimJar.java IN.jar OUT.jar}.
 */
public final class SlimJar {

    private static final String SQLITE = "org/sqlite/native/";
    private static final String FX_MAC = "javafx-natives/";

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java SlimJar.java IN.jar OUT.jar");
            System.exit(1);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String osName = System.getProperty("os.name");
        String keepSqlite;
        Optional<String> macFolder;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {in.toUri().toURL()}, null)) {
            keepSqlite = SQLITE + sqliteFolder(loader) + "/";
            macFolder = macFolder(loader, osName, System.getProperty("os.arch")).map(f -> FX_MAC + f + "/");
        }
        String fxSuffix = osName.startsWith("Windows") ? ".dll" : macFolder.isPresent() ? ".dylib" : ".so";
        int dropped = 0;
        try (JarInputStream jin = new JarInputStream(Files.newInputStream(in));
                OutputStream os = Files.newOutputStream(out);
                JarOutputStream jout = jin.getManifest() == null ? new JarOutputStream(os)
                        : new JarOutputStream(os, jin.getManifest())) {
            for (JarEntry e = jin.getNextJarEntry(); e != null; e = jin.getNextJarEntry()) {
                String name = e.getName();
                if (e.isDirectory()) {
                    if (name.startsWith(FX_MAC)) {
                        continue;
                    }
                } else if (name.startsWith(SQLITE) && !name.startsWith(keepSqlite)) {
                    dropped++;
                    continue;
                } else if (name.startsWith(FX_MAC)) {
                    if (macFolder.isEmpty() || !name.startsWith(macFolder.get())) {
                        dropped++;
                        continue;
                    }
                    name = name.substring(macFolder.get().length()); // to the root, where JavaFX looks
                } else if (!name.contains("/") && isNative(name) && !name.endsWith(fxSuffix)) {
                    dropped++;
                    continue;
                }
                jout.putNextEntry(new JarEntry(name));
                jin.transferTo(jout);
                jout.closeEntry();
            }
        }
        String glass = fxSuffix.equals(".dll") ? "glass.dll" : "libglass" + fxSuffix;
        if (!containsEntry(out, keepSqlite) || !containsEntry(out, glass)) {
            throw new IllegalStateException("no SQLite (" + keepSqlite + ") or JavaFX (" + glass
                    + ") native library for this platform in " + in);
        }
        System.out.println("SlimJar: kept " + keepSqlite + " and the JavaFX libraries " + macFolder.orElse("*" + fxSuffix)
                + ", left out " + dropped + " native libraries of other platforms");
    }

    private static boolean isNative(String name) {
        return name.endsWith(".dll") || name.endsWith(".so") || name.endsWith(".dylib");
    }

    /** sqlite-jdbc's own answer, e.g. {@code Linux/x86_64}, {@code Windows/x86_64}, {@code Mac/aarch64}. */
    private static String sqliteFolder(ClassLoader loader) throws Exception {
        return (String) loader.loadClass("org.sqlite.util.OSInfo")
                .getMethod("getNativeLibFolderPathForCurrentOS").invoke(null);
    }

    /** The program launcher's answer (app.JavaFxNatives.folderFor): {@code mac-aarch64}, {@code mac-x64} or none. */
    @SuppressWarnings("unchecked")
    private static Optional<String> macFolder(ClassLoader loader, String os, String arch) throws Exception {
        Method m = loader.loadClass("org.supracluster.app.JavaFxNatives")
                .getDeclaredMethod("folderFor", String.class, String.class);
        m.setAccessible(true);
        return (Optional<String>) m.invoke(null, os, arch);
    }

    private static boolean containsEntry(Path jar, String prefix) throws IOException {
        try (InputStream is = Files.newInputStream(jar); JarInputStream jin = new JarInputStream(is)) {
            for (JarEntry e = jin.getNextJarEntry(); e != null; e = jin.getNextJarEntry()) {
                if (e.getName().startsWith(prefix) && !e.isDirectory()) {
                    return true;
                }
            }
        }
        return false;
    }
}
