package org.sourcebook.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sourcebook build|serve|check}: the command line. */
@Command(name = "sourcebook", mixinStandardHelpOptions = true, version = "Sourcebook 0.1",
        description = "Builds a static website from an archive of source statements and the figures they state.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        // a plain build is run without picocli: its classes (compiled for Java 5) cannot be kept in the
        // AOT cache or the AppCDS archive, and loading them took about a tenth of a small build's time
        SiteOptions plain = PlainBuild.options(args);
        if (plain != null) {
            try {
                return BuildCommand.run(plain, PlainBuild.timings(args), out, err);
            } catch (Exception ex) {
                return failed(ex, err);
            }
        }
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> failed(ex, err));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("sourcebook: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return ExitCode.USAGE;
        });
        return cl.execute(args);
    }

    /** What a command that threw says, and its exit code. */
    private static int failed(Exception ex, PrintWriter err) {
        boolean io = ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException;
        err.println("sourcebook: " + (io ? "cannot read or write files: " : "internal error: ") + ex);
        if (!io) {
            ex.printStackTrace(err);
            err.println("This is a bug; please report it with the lines above.");
        }
        err.println("The command stopped; the output folder is as it was.");
        err.flush();
        return io ? ExitCode.IO_ERROR : ExitCode.INTERNAL_ERROR;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
