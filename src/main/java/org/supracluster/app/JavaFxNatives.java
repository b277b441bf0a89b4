package org.supracluster.app;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Gives JavaFX the macOS libraries of this machine's processor when it runs from the one jar that
 * serves every desktop (Windows x64, Linux x64, macOS on Intel and on Apple silicon).
 *
 * <p>Why it is needed: JavaFX 21's {@code com.sun.glass.utils.NativeLibLoader} looks for each
 * library (1) next to the jar that holds JavaFX, (2) as a resource at the root of the class path
 * named {@code System.mapLibraryName(name)}, which it copies to
 * {@code ~/.openjfx/cache/VERSION/ARCH} and loads, (3) in each folder of the
 * {@code java.library.path} system property, read anew for every library, (4) through
 * {@code System.loadLibrary}. The Windows ({@code glass.dll}) and Linux ({@code libglass.so})
 * libraries have names of their own and sit at the root (step 2). The Intel and Apple-silicon
 * builds of macOS share their names ({@code libglass.dylib}, ...), so neither may sit at the root:
 * the build puts them in {@code javafx-natives/mac-x64/} and {@code javafx-natives/mac-aarch64/},
 * and before JavaFX starts this class copies the folder of {@code os.arch} into JavaFX's own cache
 * folder and puts that folder first on {@code java.library.path} (step 3).
 */
final class JavaFxNatives {

    /** Where the build puts the macOS libraries, one subfolder per processor. */
    static final String FOLDER = "javafx-natives/";

    /**
     * The libraries JavaFX 21 loads on macOS (its NativeLibLoader.loadLibrary calls), named here
     * rather than listed from the jar, which would cost a second opening of it at every start;
     * DesktopJarIT checks that both folders hold exactly these.
     */
    static final List<String> MAC_LIBRARIES = List.of("decora_sse", "glass", "javafx_font", "javafx_iio",
            "prism_common", "prism_es2", "prism_sw");

    /** Found at the root, the libraries are where JavaFX itself looks. */
    private static final String GLASS = "libglass.dylib";

    private JavaFxNatives() {
    }

    /**
     * The subfolder of {@link #FOLDER} with the libraries for this system, or none where JavaFX's
     * own lookup serves (Windows, Linux) or where the jar has nothing (another processor). macOS is
     * told as JavaFX tells it ({@code os.name} starting with "Mac"); the processor as the running
     * JVM reports it, so an Intel JVM under Rosetta gets the Intel libraries it can load.
     */
    static Optional<String> folderFor(String osName, String osArch) {
        if (osName == null || !osName.startsWith("Mac") || osArch == null) {
            return Optional.empty();
        }
        return switch (osArch) {
            case "aarch64", "arm64" -> Optional.of("mac-aarch64");
            case "x86_64", "amd64" -> Optional.of("mac-x64");
            default -> Optional.empty();
        };
    }

    /**
     * Prepares this machine's libraries before anything touches JavaFX. Never fails: if the copy
     * cannot be made, JavaFX reports the missing library itself when it starts.
     */
    static void prepare() {
        ClassLoader loader = JavaFxNatives.class.getClassLoader();
        if (folderFor(System.getProperty("os.name"), System.getProperty("os.arch")).isEmpty()
                || loader.getResource(GLASS) != null) {
            return; // not a Mac, or JavaFX's own lookup finds the libraries (mvn javafx:run, the installers)
        }
        try {
            install(loader, System.getProperty("os.name"), System.getProperty("os.arch"), cacheFolders())
                    .ifPresent(dir -> System.setProperty("java.library.path",
                            withFirst(dir, System.getProperty("java.library.path", ""))));
        } catch (IOException | UncheckedIOException | LinkageError e) {
            System.err.println("The JavaFX libraries for macOS could not be unpacked: " + e);
        }
    }

    /**
     * Copies the libraries for {@code osName}/{@code osArch} from the class path into the first of
     * {@code cacheFolders} that can be written, keeping a file already there with the same bytes.
     * Returns that folder, or nothing when there is nothing to do (not macOS, or the libraries
     * already at the root, as in the installers' per-platform jar).
     */
    static Optional<Path> install(ClassLoader loader, String osName, String osArch, List<Path> cacheFolders)
            throws IOException {
        Optional<String> sub = folderFor(osName, osArch);
        if (sub.isEmpty() || loader.getResource(GLASS) != null) {
            return Optional.empty();
        }
        String folder = FOLDER + sub.get() + "/";
        IOException last = null;
        for (Path dir : cacheFolders) {
            try {
                Files.createDirectories(dir);
                for (String library : MAC_LIBRARIES) {
                    String file = "lib" + library + ".dylib";
                    copy(loader, folder + file, dir.resolve(file));
                }
                return Optional.of(dir);
            } catch (IOException e) {
                last = e; // as JavaFX does: a home folder that cannot be written, then the temporary one
            }
        }
        throw last != null ? last : new IOException("no cache folder");
    }

    /** {@code dir} first, then the folders already on the path. */
    static String withFirst(Path dir, String libraryPath) {
        return libraryPath.isEmpty() ? dir.toString() : dir + File.pathSeparator + libraryPath;
    }

    /**
     * JavaFX's own cache folders for its unpacked libraries (NativeLibLoader.cacheLibrary): under the
     * home folder, else under the temporary folder, by JavaFX version and processor.
     */
    private static List<Path> cacheFolders() {
        String version = com.sun.javafx.runtime.VersionInfo.getRuntimeVersion();
        String arch = System.getProperty("os.arch");
        return List.of(
                Path.of(System.getProperty("user.home"), ".openjfx", "cache", version, arch),
                Path.of(System.getProperty("java.io.tmpdir"), ".openjfx_" + System.getProperty("user.name",
                        "anonymous"), "cache", version, arch));
    }

    /**
     * Writes one library unless the same bytes are there already; a new file is written aside and
     * moved into place, so a second program starting at the same time never loads half a file.
     */
    private static void copy(ClassLoader loader, String resource, Path target) throws IOException {
        byte[] bytes;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource + " in the program");
            }
            bytes = in.readAllBytes();
        }
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return;
        }
        Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            Files.write(part, bytes);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
