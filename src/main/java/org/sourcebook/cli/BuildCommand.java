package org.sourcebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sourcebook.build.SiteBuilder;
import org.sourcebook.build.Timings;
import org.sourcebook.check.ContentException;
import org.sourcebook.check.Diagnostic;
import org.sourcebook.render.TemplateRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", description = "Builds the site; the previous site stays as it was if anything fails.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options;

    @Option(names = "--timings", description = "print the time of each step (load, extract, model, plan, render+write) to stderr")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return run(options, timings, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The command: a build, and with {@code timings} each step's time printed to {@code err}. */
    static int run(SiteOptions options, boolean timings, PrintWriter out, PrintWriter err) {
        Timings t = timings ? Timings.started() : Timings.NONE;
        int rc = run(options, out, err, t);
        if (timings) {
            err.print(t.report());
            err.flush();
        }
        return rc;
    }

    static int run(SiteOptions options, PrintWriter out, PrintWriter err) {
        return run(options, out, err, Timings.NONE);
    }

    static int run(SiteOptions options, PrintWriter out, PrintWriter err, Timings timings) {
        try {
            SiteBuilder.BuildReport r = SiteBuilder.build(options.content, options.templates, options.out, timings);
            r.diagnostics().forEach(err::println);
            out.printf("Built %d sources, %d claims: %d files (%,d bytes) in %s%s%n", r.sources(), r.claims(), r.files(),
                    r.bytes(), options.out, r.unchanged() == 0 ? "" : "; " + r.unchanged() + " unchanged, kept from the previous build");
            return ExitCode.OK;
        } catch (ContentException e) {
            return Reports.contentErrors(e.diagnostics(), err);
        } catch (TemplateRenderer.TemplateFailure e) {
            err.println(e.getMessage());
            err.println("The build stopped; " + options.out + " is unchanged.");
            return ExitCode.TEMPLATE_ERROR;
        } catch (IOException e) {
            err.println("sourcebook: cannot write the site: " + e.getMessage());
            err.println("The build stopped; " + options.out + " is unchanged.");
            return ExitCode.IO_ERROR;
        }
    }
}
