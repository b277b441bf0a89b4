package org.supracluster.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Tells a window whether another window (of this or another process) has the same database open.
 * SQLite lets many programs read and queues their writes, but a window that edits schemes or
 * imports while another shows the same file would overwrite what the other believes it shows: the
 * second window opens the file read-only and says so.
 *
 * <p>The lock is an operating-system lock on a small file beside the database ({@code NAME.lock}),
 * never on the database itself: a Java lock on the database file would be dropped together with
 * SQLite's own locks when either closes it (POSIX locks belong to the process, not the handle).
 * The operating system releases it when the program ends, even when it is killed, so a crash
 * leaves no stale lock. The file itself is left in place: deleting it would let two windows lock
 * two different files of the same name.
 */
public final class SessionLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean elsewhere;

    private SessionLock(Path file, FileChannel channel, FileLock lock, boolean elsewhere) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.elsewhere = elsewhere;
    }

    /** The lock file of a database. */
    public static Path lockFile(Path database) {
        Path abs = database.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".lock");
    }

    /**
     * Tries to take the database's lock without waiting. {@link #held()} says whether this window
     * has it; when not (another window has it, or the folder is read-only), the caller opens the
     * database read-only.
     */
    public static SessionLock tryAcquire(Path database) {
        Path file = lockFile(database);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return new SessionLock(file, null, null, true);
            }
            return new SessionLock(file, channel, lock, false);
        } catch (OverlappingFileLockException e) {
            // Another window of this same program holds it.
            closeQuietly(channel);
            return new SessionLock(file, null, null, true);
        } catch (IOException e) {
            // A read-only folder or a full disk: the lock cannot be taken, so this window is not the writer.
            closeQuietly(channel);
            return new SessionLock(file, null, null, false);
        }
    }

    /** Whether this window has the database to itself (among windows of this program). */
    public boolean held() {
        return lock != null;
    }

    /** Whether the lock is not held because another window has it (rather than a read-only folder). */
    public boolean elsewhere() {
        return elsewhere;
    }

    public Path file() {
        return file;
    }

    private static void closeQuietly(FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // Nothing was locked through it.
            }
        }
    }

    @Override
    public void close() {
        if (lock != null) {
            try {
                lock.release();
            } catch (IOException ignored) {
                // Closing the channel below releases it as well.
            }
            closeQuietly(channel);
        }
    }
}
