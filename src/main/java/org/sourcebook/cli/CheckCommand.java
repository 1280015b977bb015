package org.sourcebook.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sourcebook.build.LoadedArchive;
import org.sourcebook.build.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", description = "Checks the content and reports every problem at once; writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadedArchive loaded = SiteBuilder.check(options.content);
        if (!loaded.ok()) {
            return Reports.contentErrors(loaded.diagnostics(), err);
        }
        loaded.diagnostics().forEach(err::println);
        out.printf("Content is valid: %d sources, %d facts, %d claims.%n", loaded.archive().sources().size(),
                loaded.archive().schema().all().size(), loaded.archive().claims().size());
        return ExitCode.OK;
    }
}
