package org.supracluster.ui.files;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javax.imageio.ImageIO;
import org.supracluster.export.MapScene;
import org.supracluster.export.SvgWriter;
import org.supracluster.export.TextOutlines;
import org.supracluster.model.Progress;

/**
 * Writes a picture of the map: a PNG already painted (painting needs the JavaFX thread, encoding
 * does not) or an SVG of the picture's shapes with the bundled NanumGothic embedded. The file is
 * written beside the target and moved into place, so a failed or stopped export never leaves half
 * a file under the chosen name. Plain Java: runs on a background thread.
 */
public final class ImageExport {

    /** The two picture formats. */
    public enum Format {
        PNG("png"), SVG("svg");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** {@code file} with this format's extension (added when missing, any other kept). */
        public Path withExtension(Path file) {
            String name = String.valueOf(file.getFileName());
            return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? file
                    : file.resolveSibling(name + "." + extension);
        }
    }

    private ImageExport() {
    }

    /** Encodes {@code image} as PNG into {@code target}. */
    public static Path writePng(BufferedImage image, Path target, Progress progress)
            throws ViewExport.ExportException {
        return atomically(target, progress, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG encoder is available");
            }
        });
    }

    /** Writes {@code scene} as SVG into {@code target}, its text as outlines of the bundled font. */
    public static Path writeSvg(MapScene scene, Path target, Progress progress) throws ViewExport.ExportException {
        return atomically(target, progress, out -> new SvgWriter(TextOutlines.bundled()).write(scene, out));
    }

    /** What writes the file's bytes. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes through a temporary file beside {@code target}, moved into place only when complete. */
    static Path atomically(Path target, Progress progress, Body body) throws ViewExport.ExportException {
        Path abs = target.toAbsolutePath();
        try {
            progress.checkCancelled();
            return org.supracluster.export.FilesAside.write(abs, body::write, progress);
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() != null ? e.getMessage() : e.toString();
            throw new ViewExport.ExportException(abs, ViewExport.Failure.CANNOT_WRITE, why, e);
        }
    }
}
