package org.supracluster.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command-line test needs: its own temporary folder, which also serves as the user's data
 * folder (tests never touch the real one), and {@link #run} with the command's output and errors
 * kept in {@link #out} and {@link #err}.
 */
abstract class CommandTest {

    @TempDir
    Path dir;

    String out;
    String err;

    @BeforeEach
    void isolateUserFolder() {
        System.setProperty("supracluster.home", dir.resolve("home").toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("supracluster.home");
    }

    /** Runs the command line with {@code args}; returns its exit code. */
    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = SuperclusterCli.run(args, new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        return code;
    }
}
