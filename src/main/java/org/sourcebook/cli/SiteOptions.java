package org.sourcebook.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The folders every command works on. */
public final class SiteOptions {
    @Option(names = "--content", description = "content folder (sources/, facts.yaml, archive.yaml); default: ${DEFAULT-VALUE}", defaultValue = "content")
    Path content;

    @Option(names = "--templates", description = "templates folder (*.ftlh, assets/); default: ${DEFAULT-VALUE}", defaultValue = "templates")
    Path templates;

    @Option(names = "--out", description = "output folder for the site; default: ${DEFAULT-VALUE}", defaultValue = "site")
    Path out;
}
