package org.sourcebook.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sourcebook.check.ContentException;
import org.sourcebook.site.PlannedFile;
import org.sourcebook.site.SitePlanner;
import org.sourcebook.site.SiteWriter;

/** The build, one line per step: load, plan and render, write. */
public final class SiteBuilder {
    private SiteBuilder() {
    }

    /**
     * Builds the site from {@code content} with {@code templates} into {@code out}.
     *
     * @throws ContentException when the content has errors (the output is left untouched)
     */
    public static BuildReport build(Path content, Path templates, Path out) throws IOException {
        return build(content, templates, out, Timings.NONE);
    }

    /** The same, recording the time of each step in {@code timings}. */
    public static BuildReport build(Path content, Path templates, Path out, Timings timings) throws IOException {
        LoadedArchive loaded = ArchiveLoader.load(content, timings);
        if (!loaded.ok()) {
            throw new ContentException(loaded.diagnostics());
        }
        // the plan is handed to the writer without a variable here: the writer lets each planned file go once written
        SiteWriter.Written w = SiteWriter.write(plan(loaded, templates, timings), out, timings, loaded.archive().sources());
        timings.lap("swap");
        return new BuildReport(loaded.archive().sources().size(), loaded.archive().claims().size(), w.files(),
                w.bytes(), w.unchanged(), loaded.diagnostics());
    }

    private static List<PlannedFile> plan(LoadedArchive loaded, Path templates, Timings timings) {
        List<PlannedFile> plan = new SitePlanner(loaded.archive(), templates).plan();
        timings.lap("plan");
        return plan;
    }

    /** Loads and checks the content without writing anything. */
    public static LoadedArchive check(Path content) {
        return ArchiveLoader.load(content);
    }

    /** @param unchanged files the previous site already held byte for byte, linked from it instead of written */
    public record BuildReport(int sources, int claims, int files, long bytes, int unchanged,
                              List<org.sourcebook.check.Diagnostic> diagnostics) {
    }
}
