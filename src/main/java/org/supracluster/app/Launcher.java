package org.supracluster.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.supracluster.cli.SuperclusterCli;

/**
 * The program's entry point. It does not extend {@code javafx.application.Application}, so the fat
 * jar starts with {@code java -jar} on the class path. With no arguments it will open the explorer
 * window (a later step); until then it prints the help.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(SuperclusterCli.run(args, out, err));
    }
}
