package org.supracluster.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.export.SvgWriter;
import org.supracluster.model.Filter;
import org.supracluster.model.Message;
import org.supracluster.model.Messages;
import org.supracluster.model.NetworkView;
import org.supracluster.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = SuperclusterCli.Version.class,
        description = {"The explorer's map of the network (or a filtered view) as a PNG or SVG file, drawn without "
                + "a window. Takes the filter and partition options of analyze."})
final class RenderCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Mixin
    FilterOptions filter;

    @Mixin
    PartitionOptions partition;

    @Option(names = "--out", paramLabel = "FILE.png|FILE.svg", required = true,
            description = "The picture to write; its extension chooses the format.")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1200x900",
            description = "Size of the map in pixels (default: ${DEFAULT-VALUE}); a title adds a header above.")
    String size;

    @Option(names = "--title", defaultValue = "", description = "A title above the map (default: none).")
    String title;

    @Option(names = "--dark", description = "Presenter mode's dark colours: a dark sea, light names (for slides "
            + "shown in dim rooms).")
    boolean dark;

    /** Handed in by the program's entry point; null when the command line runs without the UI. */
    MapRenderer renderer;

    @Override
    public Integer call() throws IOException {
        Locale locale = Lang.locale(partition.lang);
        Messages m = Messages.of(locale);
        String name = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) {
            throw new UserError(m.format("cli.render.badOut", Message.quoted(out)));
        }
        int[] wh = ReportCommand.mapSize(size, "--size", m);
        if (renderer == null) {
            throw new UserError(m.get("cli.render.noRenderer"));
        }
        PartitionOptions.Prepared p;
        try (Database d = db.openExisting()) {
            p = partition.prepare(d, filter, spec.commandLine());
        }
        LinkGraph all = LinkGraph.of(NetworkView.of(p.network(), Filter.all()));
        // Written beside and moved into place: never half a picture under the name.
        org.supracluster.export.FilesAside.write(out, os -> {
                if (svg) {
                    new SvgWriter(org.supracluster.export.TextOutlines.bundled()).write(
                            renderer.scene(all, p.graph(), p.chosen().partition(),
                            p.chosen().scheme(), title, locale, wh[0], wh[1], dark), os);
                } else {
                    os.write(renderer.render(all, p.graph(), p.chosen().partition(), p.chosen().scheme(), title,
                            locale, wh[0], wh[1], dark));
                }
        });
        spec.commandLine().getOut().println(m.format("cli.render.wrote", out));
        return SuperclusterCli.OK;
    }
}
