package org.sourcebook.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The folders every command works on. */
public final class SiteOptions {
    /** The folders' defaults, read by picocli and by {@link PlainBuild} alike. */
    static final String DEFAULT_CONTENT = "content";
    static final String DEFAULT_TEMPLATES = "templates";
    static final String DEFAULT_OUT = "site";

    @Option(names = "--content", description = "content folder (sources/, facts.yaml, archive.yaml); default: ${DEFAULT-VALUE}", defaultValue = DEFAULT_CONTENT)
    Path content;

    @Option(names = "--templates", description = "templates folder (*.ftlh, assets/); default: ${DEFAULT-VALUE}", defaultValue = DEFAULT_TEMPLATES)
    Path templates;

    @Option(names = "--out", description = "output folder for the site; default: ${DEFAULT-VALUE}", defaultValue = DEFAULT_OUT)
    Path out;
}
