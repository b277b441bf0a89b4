package org.supracluster.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The threads of one import: made for it, ended with it, never shared with the next one. */
class ImportThreadsTest {

    private static final Set<String> NAMES = Set.of("import-links", "import-write");

    @TempDir
    Path dir;

    @Test
    void eachJobRunsOnItsOwnNamedThreadAndCloseEndsBoth() {
        ImportThreads threads = new ImportThreads();
        String links = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(), threads.links()).join();
        String writer = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(), threads.writer()).join();
        threads.close();
        assertEquals("import-links", links);
        assertEquals("import-write", writer);
        assertTrue(threads.ended());
    }

    @Test
    void closeFinishesTheFileBeingParsedAndDropsTheOnesNotBegun() throws InterruptedException {
        ImportThreads threads = new ImportThreads();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean firstEnded = new AtomicBoolean();
        AtomicBoolean secondRan = new AtomicBoolean();
        // The first "parse" runs until the import ends (close interrupts it); the second waits behind it.
        threads.links().execute(() -> {
            started.countDown();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                firstEnded.set(true);
            }
        });
        threads.links().execute(() -> secondRan.set(true));
        started.await();
        assertTimeoutPreemptively(Duration.ofSeconds(60), threads::close, "close must not wait for ever");
        assertTrue(firstEnded.get(), "close returns only once the running job has ended");
        assertFalse(secondRan.get(), "a job not yet begun is dropped");
        assertTrue(threads.ended());
    }

    @Test
    void noImportThreadOutlivesTheImport() throws InterruptedException {
        try (ImportFixture f = ImportFixture.empty(dir)) {
            Importer.Result r = f.run(f.file("firms.csv", ImportFixture.FIRMS), f.file("links.csv", """
                    source,target,type,weight,year
                    f1,f2,trade,5,2021
                    """));
            assertTrue(r.stored(), () -> r.report().lines().toString());
        }
        // With threads kept for the program's life (as once), joining them would never return.
        List<Thread> left = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> NAMES.contains(t.getName())).toList();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (Thread t : left) {
                t.join();
            }
        }, "an import's threads end with it");
    }
}
