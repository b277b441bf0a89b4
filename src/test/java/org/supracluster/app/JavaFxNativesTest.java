package org.supracluster.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which macOS libraries the launcher hands to JavaFX, by {@code os.name} and {@code os.arch}, and
 * how it copies them out of a jar (a small one made here, with stand-in bytes for the libraries).
 */
class JavaFxNativesTest {

    private static final byte[] ARM_GLASS = bytes("arm64", "glass");
    private static final byte[] ARM_SW = bytes("arm64", "prism_sw");
    private static final byte[] INTEL_GLASS = bytes("x86_64", "glass");
    private static final Set<String> MAC_FILES = Set.of("libdecora_sse.dylib", "libglass.dylib",
            "libjavafx_font.dylib", "libjavafx_iio.dylib", "libprism_common.dylib", "libprism_es2.dylib",
            "libprism_sw.dylib");

    @TempDir
    Path dir;

    @Test
    void appleSiliconGetsTheAarch64Folder() {
        assertEquals(Optional.of("mac-aarch64"), JavaFxNatives.folderFor("Mac OS X", "aarch64"));
        assertEquals(Optional.of("mac-aarch64"), JavaFxNatives.folderFor("Mac OS X", "arm64"));
    }

    @Test
    void intelMacGetsTheX64Folder() {
        assertEquals(Optional.of("mac-x64"), JavaFxNatives.folderFor("Mac OS X", "x86_64"));
        assertEquals(Optional.of("mac-x64"), JavaFxNatives.folderFor("Mac OS X", "amd64"));
    }

    @Test
    void windowsAndLinuxLeaveItToJavaFx() {
        // Their libraries have names of their own and sit at the jar's root, where JavaFX looks.
        assertEquals(Optional.empty(), JavaFxNatives.folderFor("Windows 11", "amd64"));
        assertEquals(Optional.empty(), JavaFxNatives.folderFor("Linux", "amd64"));
        assertEquals(Optional.empty(), JavaFxNatives.folderFor("Linux", "aarch64"));
    }

    @Test
    void otherProcessorsAndUnknownSystemsGetNothing() {
        assertEquals(Optional.empty(), JavaFxNatives.folderFor("Mac OS X", "ppc"));
        assertEquals(Optional.empty(), JavaFxNatives.folderFor("Darwin", "aarch64")); // JavaFX: not a Mac either
        assertEquals(Optional.empty(), JavaFxNatives.folderFor(null, "aarch64"));
        assertEquals(Optional.empty(), JavaFxNatives.folderFor("Mac OS X", null));
    }

    @Test
    void copiesTheFolderOfThisProcessorOnly() throws IOException {
        try (URLClassLoader loader = jar(macEntries())) {
            Path cache = dir.resolve("cache");
            assertEquals(Optional.of(cache), JavaFxNatives.install(loader, "Mac OS X", "aarch64", List.of(cache)));
            assertEquals(MAC_FILES, files(cache));
            assertArrayEquals(ARM_GLASS, Files.readAllBytes(cache.resolve("libglass.dylib")));
            assertArrayEquals(ARM_SW, Files.readAllBytes(cache.resolve("libprism_sw.dylib")));

            Path intel = dir.resolve("intel");
            JavaFxNatives.install(loader, "Mac OS X", "x86_64", List.of(intel));
            assertEquals(MAC_FILES, files(intel));
            assertArrayEquals(INTEL_GLASS, Files.readAllBytes(intel.resolve("libglass.dylib")));
        }
    }

    @Test
    void keepsAGoodCopyAndMendsABadOne() throws IOException {
        try (URLClassLoader loader = jar(macEntries())) {
            Path cache = dir.resolve("cache");
            JavaFxNatives.install(loader, "Mac OS X", "aarch64", List.of(cache));
            FileTime old = FileTime.fromMillis(1_000_000L);
            Files.setLastModifiedTime(cache.resolve("libglass.dylib"), old);
            Files.write(cache.resolve("libprism_sw.dylib"), "half a fi".getBytes(StandardCharsets.US_ASCII));

            JavaFxNatives.install(loader, "Mac OS X", "aarch64", List.of(cache));

            assertEquals(old, Files.getLastModifiedTime(cache.resolve("libglass.dylib")), "same bytes: not rewritten");
            assertArrayEquals(ARM_SW, Files.readAllBytes(cache.resolve("libprism_sw.dylib")));
            assertEquals(MAC_FILES, files(cache), "no part files left");
        }
    }

    @Test
    void fallsBackToTheNextCacheFolderWhenOneCannotBeWritten() throws IOException {
        Path blocked = dir.resolve("a-file");
        Files.writeString(blocked, "not a folder");
        try (URLClassLoader loader = jar(macEntries())) {
            Path second = dir.resolve("tmp-cache");
            assertEquals(Optional.of(second),
                    JavaFxNatives.install(loader, "Mac OS X", "aarch64", List.of(blocked.resolve("cache"), second)));
            assertArrayEquals(ARM_GLASS, Files.readAllBytes(second.resolve("libglass.dylib")));
        }
    }

    @Test
    void doesNothingWhenTheLibrariesSitAtTheRoot() throws IOException {
        // The installers' jar for one Mac: JavaFX's own lookup finds them.
        Map<String, byte[]> entries = macEntries();
        entries.put("libglass.dylib", ARM_GLASS);
        try (URLClassLoader loader = jar(entries)) {
            Path cache = dir.resolve("cache");
            assertEquals(Optional.empty(), JavaFxNatives.install(loader, "Mac OS X", "aarch64", List.of(cache)));
            assertTrue(Files.notExists(cache));
        }
    }

    @Test
    void doesNothingOffTheMac() throws IOException {
        try (URLClassLoader loader = jar(macEntries())) {
            Path cache = dir.resolve("cache");
            assertEquals(Optional.empty(), JavaFxNatives.install(loader, "Linux", "amd64", List.of(cache)));
            assertTrue(Files.notExists(cache));
        }
    }

    @Test
    void aMacBuildWithoutTheFolderIsAnError() throws IOException {
        try (URLClassLoader loader = jar(Map.of("other.txt", new byte[] {1}))) {
            assertThrows(IOException.class,
                    () -> JavaFxNatives.install(loader, "Mac OS X", "aarch64", List.of(dir.resolve("cache"))));
        }
    }

    @Test
    void aMissingLibraryIsAnError() throws IOException {
        Map<String, byte[]> entries = macEntries();
        entries.remove("javafx-natives/mac-aarch64/libprism_es2.dylib");
        try (URLClassLoader loader = jar(entries)) {
            assertThrows(IOException.class,
                    () -> JavaFxNatives.install(loader, "Mac OS X", "aarch64", List.of(dir.resolve("cache"))));
        }
    }

    @Test
    void readsAClassFolderToo() throws IOException {
        // Run from target/classes (an IDE on a Mac) rather than from the jar.
        Path classes = dir.resolve("classes");
        for (Map.Entry<String, byte[]> e : macEntries().entrySet()) {
            Path f = classes.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            Path cache = dir.resolve("cache");
            JavaFxNatives.install(loader, "Mac OS X", "aarch64", List.of(cache));
            assertEquals(MAC_FILES, files(cache));
        }
    }

    @Test
    void theCacheFolderGoesFirstOnTheLibraryPath() {
        Path cache = Path.of("/home/user/.openjfx/cache/21.0.11+4/aarch64");
        assertEquals(cache.toString(), JavaFxNatives.withFirst(cache, ""));
        assertEquals(cache + File.pathSeparator + "/usr/lib" + File.pathSeparator + "/opt/lib",
                JavaFxNatives.withFirst(cache, "/usr/lib" + File.pathSeparator + "/opt/lib"));
    }

    /** Both macOS folders, each library's stand-in bytes naming its processor and itself. */
    private static Map<String, byte[]> macEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String file : MAC_FILES) {
            String library = file.substring("lib".length(), file.length() - ".dylib".length());
            entries.put("javafx-natives/mac-aarch64/" + file, bytes("arm64", library));
            entries.put("javafx-natives/mac-x64/" + file, bytes("x86_64", library));
        }
        return entries;
    }

    private static byte[] bytes(String arch, String library) {
        return (arch + " " + library).getBytes(StandardCharsets.US_ASCII);
    }

    private URLClassLoader jar(Map<String, byte[]> entries) throws IOException {
        Path jar = Files.createTempFile(dir, "program", ".jar");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    }

    private static Set<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
