package org.sourcebook.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sourcebook.check.Diagnostic;

/** How diagnostics are printed. */
final class Reports {
    private Reports() {
    }

    static int contentErrors(List<Diagnostic> diagnostics, PrintWriter err) {
        diagnostics.forEach(err::println);
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        err.println(errors + (errors == 1 ? " error" : " errors") + " in the content; the site was not written (the previous site is unchanged).");
        return ExitCode.CONTENT_ERROR;
    }
}
