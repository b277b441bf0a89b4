package org.supracluster.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.supracluster.export.CsvExporter;
import org.supracluster.export.GexfWriter;
import org.supracluster.export.GraphMLWriter;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Progress;

/**
 * Writes a view of the network (the firms and links the filter shows) in one of the export
 * formats, exactly as the command line's {@code export} does, so a file exported from the window
 * and one exported from the terminal are the same. Plain Java: runs on a background thread.
 */
public final class ViewExport {

    /**
     * What was written.
     *
     * @param location the file, or for CSV the folder holding {@code firms.csv} and {@code links.csv}
     */
    public record Written(Path location, ExportFormat format, int firms, int links) { }

    /** Why an export failed: the window turns it into a sentence in the user's language. */
    public enum Failure {
        /** CSV needs a folder, and a file of the chosen name exists. */
        NOT_A_FOLDER,
        /** The system refused to write (no space, no permission, …); the message says what it said. */
        CANNOT_WRITE
    }

    /** An export that could not be written, with the file it concerns and why. */
    public static final class ExportException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;
        private final Failure failure;

        ExportException(Path file, Failure failure, String detail, Throwable cause) {
            super(detail, cause);
            this.file = file;
            this.failure = failure;
        }

        public Path file() {
            return file;
        }

        public Failure failure() {
            return failure;
        }
    }

    private ViewExport() {
    }

    /**
     * Writes {@code view} to {@code target} ({@link ExportFormat#target} says what that is for a
     * chosen name). Every file (GraphML, GEXF, each CSV) is written beside the target and moved into
     * place, so a failed or stopped export never leaves half a file.
     *
     * @param progress asked before anything is put in place; when it is cancelled nothing is written
     *                 and {@link Progress.Cancelled} (a {@link CancellationException}) is thrown
     * @throws ExportException with the file concerned, when it cannot be written
     */
    public static Written write(NetworkView view, ExportFormat format, Path target, Progress progress)
            throws ExportException {
        Path abs = target.toAbsolutePath();
        try {
            progress.checkCancelled();
            if (format == ExportFormat.CSV) {
                if (Files.exists(abs) && !Files.isDirectory(abs)) {
                    throw new ExportException(abs, Failure.NOT_A_FOLDER, "a file of this name exists; CSV export "
                            + "needs a folder (firms.csv and links.csv go into it)", null);
                }
                CsvExporter.write(view, abs, progress);
            } else {
                writeAtomically(view, format, abs, progress);
            }
        } catch (ExportException | CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() != null ? e.getMessage() : e.toString();
            throw new ExportException(abs, Failure.CANNOT_WRITE, why, e);
        }
        return new Written(abs, format, view.shownFirmCount(), view.shownLinkCount());
    }

    private static void writeAtomically(NetworkView view, ExportFormat format, Path abs, Progress progress)
            throws IOException {
        org.supracluster.export.FilesAside.write(abs, os -> {
            if (format == ExportFormat.GRAPHML) {
                new GraphMLWriter().write(view, os);
            } else {
                new GexfWriter().write(view, os);
            }
        }, progress);
    }
}
