import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;

/**
 * Copies the fat jar for a package, leaving out the SQLite native libraries of the other
 * platforms: sqlite-jdbc ships 25 of them (about 12 MB compressed) and a package runs on one.
 * Which one stays is asked of sqlite-jdbc itself (the folder it will load from on this machine),
 * so the package must be built on the platform it is for, as jpackage requires anyway.
 * Run with the JDK's single-file launcher: {@code java installer/SlimJar.java IN.jar OUT.jar}.
 */
public final class SlimJar {

    private static final String NATIVE = "org/sqlite/native/";

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java SlimJar.java IN.jar OUT.jar");
            System.exit(1);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String keep = NATIVE + nativeFolder(in) + "/";
        int dropped = 0;
        try (JarInputStream jin = new JarInputStream(Files.newInputStream(in));
                OutputStream os = Files.newOutputStream(out);
                JarOutputStream jout = jin.getManifest() == null ? new JarOutputStream(os)
                        : new JarOutputStream(os, jin.getManifest())) {
            for (JarEntry e = jin.getNextJarEntry(); e != null; e = jin.getNextJarEntry()) {
                String name = e.getName();
                if (name.startsWith(NATIVE) && !e.isDirectory() && !name.startsWith(keep)) {
                    dropped++;
                    continue;
                }
                jout.putNextEntry(new JarEntry(name));
                jin.transferTo(jout);
                jout.closeEntry();
            }
        }
        if (dropped == 0 || !containsEntry(out, keep)) {
            throw new IllegalStateException("no SQLite native library for " + keep + " in " + in);
        }
        System.out.println("SlimJar: kept " + keep + ", left out " + dropped + " other SQLite native libraries");
    }

    /** sqlite-jdbc's own answer, e.g. {@code Linux/x86_64}, {@code Windows/x86_64}, {@code Mac/aarch64}. */
    private static String nativeFolder(Path jar) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            return (String) loader.loadClass("org.sqlite.util.OSInfo")
                    .getMethod("getNativeLibFolderPathForCurrentOS").invoke(null);
        }
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
