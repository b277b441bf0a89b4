package org.supracluster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketPermission;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program works offline and opens no socket: a full run (sample data, import, every analysis,
 * exports in all three formats) under a tripwire that notes every network permission asked for —
 * connecting, resolving a host name, listening, accepting — and a proxy selector that fails if
 * anything asks it where to connect.
 *
 * <p>A security manager (still allowed, with a warning, on Java 17) rather than a
 * {@code SocketImplFactory}: the factory can be set once per JVM and never undone, and it does not
 * see NIO channels, datagrams or name look-ups, which the permission checks do.
 */
class NoNetworkTest {

    @TempDir
    Path dir;

    /** Notes network permissions; allows everything else (this is a tripwire, not a sandbox). */
    static final class Tripwire extends SecurityManager {
        final List<String> asked = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void checkPermission(Permission p) {
            if (p instanceof SocketPermission) {
                asked.add(p.getName() + " " + p.getActions() + " from " + Thread.currentThread().getName());
            }
        }

        @Override
        public void checkPermission(Permission p, Object context) {
            checkPermission(p);
        }
    }

    static final class FailingProxySelector extends ProxySelector {
        final List<String> asked = Collections.synchronizedList(new ArrayList<>());

        @Override
        public List<Proxy> select(URI uri) {
            asked.add(uri.toString());
            throw new IllegalStateException("the program asked for a proxy to " + uri);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            asked.add(uri.toString());
        }
    }

    private int run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SuperclusterCli.run(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, () -> String.join(" ", args) + ": " + out + err);
        return code;
    }

    @Test
    @SuppressWarnings("removal")
    void aFullImportAnalysisAndExportRunOpensNoSocket() throws Exception {
        Tripwire tripwire = new Tripwire();
        FailingProxySelector proxies = new FailingProxySelector();
        ProxySelector previousProxies = ProxySelector.getDefault();
        SecurityManager previous = System.getSecurityManager();
        System.setSecurityManager(tripwire);
        ProxySelector.setDefault(proxies);
        try {
            // Both tripwires work: a connection attempt is noticed by each (and fails).
            assertThrows(Exception.class, () -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.1", 9), 200);
                }
            });
            assertFalse(proxies.asked.isEmpty(), "the proxy selector was not asked");
            assertThrows(Exception.class, () -> {
                try (Socket s = new Socket(Proxy.NO_PROXY)) {
                    s.connect(new InetSocketAddress("127.0.0.1", 9), 200);
                }
            });
            assertFalse(tripwire.asked.isEmpty(), "the security manager did not notice a connection");
            tripwire.asked.clear();
            proxies.asked.clear();

            Path data = dir.resolve("data");
            Path db = dir.resolve("net.db");
            run("sample", "--out", data.toString(), "--firms", "300");
            run("import", "--db", db.toString(), data.resolve("firms.csv").toString(),
                    data.resolve("links.csv").toString());
            run("info", "--db", db.toString());
            run("analyze", "--db", db.toString(), "--format", "csv", "--out", dir.resolve("tables").toString(),
                    "--permutations", "99");
            run("export", "--db", db.toString(), "--format", "csv", "--out", dir.resolve("csv").toString());
            run("export", "--db", db.toString(), "--format", "graphml", "--out", dir.resolve("n.graphml").toString());
            run("export", "--db", db.toString(), "--format", "gexf", "--out", dir.resolve("n.gexf").toString());
        } finally {
            System.setSecurityManager(previous);
            ProxySelector.setDefault(previousProxies);
        }
        assertEquals(List.of(), tripwire.asked, "network permissions asked for");
        assertEquals(List.of(), proxies.asked, "proxies asked for");
        try (var tables = Files.list(dir.resolve("tables"))) {
            assertTrue(tables.count() > 3, "the analysis wrote its tables");
        }
        assertTrue(Files.size(dir.resolve("n.gexf")) > 1000);
    }
}
