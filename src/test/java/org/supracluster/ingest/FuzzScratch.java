package org.supracluster.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What the fuzz replays share: a pool of daemon threads to run each input under a time limit
 * (a hang must not hold the build), and removing their scratch folder afterwards.
 */
final class FuzzScratch {

    private FuzzScratch() {
    }

    /** A cached pool of daemon threads named {@code name}. */
    static ExecutorService daemonPool(String name) {
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Stops the pool and deletes the folder with everything in it. */
    static void cleanUp(ExecutorService pool, Path dir) throws IOException {
        pool.shutdownNow();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
