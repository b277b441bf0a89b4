package org.supracluster.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar (failsafe runs this after {@code package}): JavaFX and SQLite natives for exactly
 * the desktops it serves (Windows x64, macOS on Intel and on Apple silicon, Linux x64), each in the
 * place its loader looks and each built for the processor that place stands for, as read from the
 * file's own header; nothing for any other platform; the window classes of each JavaFX port; the
 * macOS libraries handed to JavaFX by the launcher; and the whole under 45 MB.
 */
class DesktopJarIT {

    private static final String WINDOWS = "Windows x64";
    private static final String LINUX = "Linux x64";
    private static final String MAC_INTEL = "macOS x86_64";
    private static final String MAC_ARM = "macOS arm64";

    /** JavaFX's libraries as its loaders name them (NativeLibLoader.loadLibrary), per platform. */
    private static final Set<String> WINDOWS_FX = Set.of("glass", "prism_d3d", "prism_sw", "prism_common",
            "javafx_font", "javafx_iio", "decora_sse");
    private static final Set<String> LINUX_FX = Set.of("glass", "glassgtk3", "prism_es2", "prism_sw",
            "prism_common", "javafx_font", "javafx_font_freetype", "javafx_font_pango", "javafx_iio", "decora_sse");
    /** What the launcher copies out on a Mac: both folders must hold exactly these. */
    private static final Set<String> MAC_FX = Set.copyOf(JavaFxNatives.MAC_LIBRARIES);

    private static Path jar;
    /** Every native library in the jar by its path, with the platform its header says it is for. */
    private static Map<String, String> natives;

    @TempDir
    Path home;

    @BeforeAll
    static void readJar() throws IOException {
        jar = Path.of(System.getProperty("supracluster.jar", "target/supracluster.jar"));
        assertTrue(Files.isRegularFile(jar), "no " + jar + ": run after `mvn package`");
        natives = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
                ZipEntry e = en.nextElement();
                if (e.isDirectory() || e.getName().endsWith(".class")) {
                    continue;
                }
                byte[] head;
                try (InputStream in = zip.getInputStream(e)) {
                    head = in.readNBytes(4096);
                }
                String platform = platform(head);
                if (platform != null) {
                    natives.put(e.getName(), platform);
                }
            }
        }
    }

    @Test
    void everyNativeIsForThePlatformItsPlaceStandsFor() {
        List<String> wrong = new ArrayList<>();
        natives.forEach((name, platform) -> {
            String expected = expectedPlatform(name);
            if (!platform.equals(expected)) {
                wrong.add(name + " is for " + platform + ", its place for " + expected);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void sqliteServesExactlyTheFourDesktops() {
        Map<String, String> sqlite = natives.entrySet().stream().filter(e -> e.getKey().startsWith("org/sqlite/"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertEquals(Map.of(
                "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll", WINDOWS,
                "org/sqlite/native/Mac/x86_64/libsqlitejdbc.dylib", MAC_INTEL,
                "org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib", MAC_ARM,
                "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so", LINUX), sqlite);
    }

    @Test
    void javaFxServesExactlyTheFourDesktops() {
        Map<String, Set<String>> libraries = new TreeMap<>();
        natives.forEach((name, platform) -> {
            if (!name.startsWith("org/sqlite/")) {
                libraries.computeIfAbsent(platform, p -> new TreeSet<>()).add(libraryName(name));
            }
        });
        assertEquals(Set.of(WINDOWS, LINUX, MAC_INTEL, MAC_ARM), libraries.keySet());
        // Windows also has the Microsoft C runtime JavaFX loads first (msvcp140, ucrtbase, api-ms-win-*).
        assertTrue(libraries.get(WINDOWS).containsAll(WINDOWS_FX), libraries.get(WINDOWS).toString());
        assertEquals(LINUX_FX, libraries.get(LINUX));
        assertEquals(MAC_FX, libraries.get(MAC_INTEL));
        assertEquals(MAC_FX, libraries.get(MAC_ARM));
    }

    @Test
    void eachJavaFxPortHasItsWindowAndPipelineClasses() throws IOException {
        List<String> classes = List.of(
                "com/sun/glass/ui/win/WinApplication.class", "com/sun/prism/d3d/D3DPipeline.class",
                "com/sun/glass/ui/gtk/GtkApplication.class", "com/sun/prism/es2/X11GLFactory.class",
                "com/sun/glass/ui/mac/MacApplication.class", "com/sun/prism/es2/MacGLFactory.class",
                "com/sun/prism/es2/ES2Pipeline.class", "com/sun/prism/sw/SWPipeline.class");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (String c : classes) {
                assertNotNull(zip.getEntry(c), c);
            }
        }
    }

    @Test
    void theLauncherFindsTheFolderOfEachMac() {
        for (String arch : List.of("aarch64", "x86_64")) {
            String folder = JavaFxNatives.FOLDER + JavaFxNatives.folderFor("Mac OS X", arch).orElseThrow() + "/";
            assertEquals(arch.equals("aarch64") ? MAC_ARM : MAC_INTEL, natives.get(folder + "libglass.dylib"), folder);
        }
    }

    @Test
    void onAMacTheLauncherUnpacksTheLibrariesOfItsProcessor() throws Exception {
        // The JVM takes os.name and os.arch from the command line: the launcher's macOS path, run
        // for real from the jar (no window: --version starts no JavaFX).
        for (String arch : List.of("aarch64", "x86_64")) {
            Path user = home.resolve(arch);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dos.name=Mac OS X", "-Dos.arch=" + arch, "-Duser.home=" + user,
                    "-jar", jar.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
            Map<String, String> unpacked = new TreeMap<>();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(user.resolve(".openjfx").resolve("cache"))) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path f : files) {
                // JavaFX's cache folder: VERSION/ARCH, as NativeLibLoader names it.
                assertEquals(arch, f.getParent().getFileName().toString());
                unpacked.put(libraryName(f.getFileName().toString()), platform(Files.readAllBytes(f)));
            }
            String platform = arch.equals("aarch64") ? MAC_ARM : MAC_INTEL;
            assertEquals(MAC_FX, unpacked.keySet());
            assertEquals(Set.of(platform), Set.copyOf(unpacked.values()));
        }
    }

    @Test
    void staysUnderFortyFiveMegabytes() throws IOException {
        long size = Files.size(jar);
        assertTrue(size < 45_000_000L, size + " bytes");
    }

    /** The platform a native's place in the jar stands for; null where no native belongs. */
    private static String expectedPlatform(String name) {
        if (!name.contains("/")) {
            return name.endsWith(".dll") ? WINDOWS : name.endsWith(".so") ? LINUX : null;
        }
        return switch (name.substring(0, name.lastIndexOf('/') + 1)) {
            case "javafx-natives/mac-x64/", "org/sqlite/native/Mac/x86_64/" -> MAC_INTEL;
            case "javafx-natives/mac-aarch64/", "org/sqlite/native/Mac/aarch64/" -> MAC_ARM;
            case "org/sqlite/native/Windows/x86_64/" -> WINDOWS;
            case "org/sqlite/native/Linux/x86_64/" -> LINUX;
            default -> null;
        };
    }

    /** {@code glass} for {@code libglass.so}, {@code glass.dll}, {@code some/folder/libglass.dylib}. */
    private static String libraryName(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        String base = file.substring(0, file.lastIndexOf('.'));
        return file.endsWith(".dll") ? base : base.substring("lib".length());
    }

    /**
     * The operating system and processor a native library is built for, read from its header: ELF
     * (e_machine), PE (the COFF Machine field) or Mach-O (cputype); null if it is none of them.
     */
    static String platform(byte[] h) {
        if (h.length >= 20 && h[0] == 0x7f && h[1] == 'E' && h[2] == 'L' && h[3] == 'F') {
            int machine = u16(h, 18);
            return machine == 0x3e ? LINUX : "ELF machine " + machine;
        }
        if (h.length >= 64 && h[0] == 'M' && h[1] == 'Z') {
            int pe = (int) u32(h, 0x3c);
            if (pe > 0 && pe + 6 <= h.length && h[pe] == 'P' && h[pe + 1] == 'E' && h[pe + 2] == 0 && h[pe + 3] == 0) {
                int machine = u16(h, pe + 4);
                return machine == 0x8664 ? WINDOWS : "PE machine " + Integer.toHexString(machine);
            }
            return "MZ without PE header";
        }
        if (h.length >= 8 && u32(h, 0) == 0xfeedfacfL) {
            long cpu = u32(h, 4);
            return cpu == 0x01000007L ? MAC_INTEL : cpu == 0x0100000cL ? MAC_ARM : "Mach-O cpu " + cpu;
        }
        // A universal binary: CAFEBABE and a small count of architectures, big-endian (a class file
        // has CAFEBABE and its version there, 45 or more).
        if (h.length >= 8 && u32be(h, 0) == 0xcafebabeL && u32be(h, 4) < 20) {
            return "universal Mach-O";
        }
        return null;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long u32be(byte[] b, int at) {
        return (b[at] & 0xffL) << 24 | (b[at + 1] & 0xffL) << 16 | (b[at + 2] & 0xffL) << 8 | (b[at + 3] & 0xffL);
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }
}
