package org.sourcebook.check;

import java.util.List;

/** Thrown when content has errors: carries every diagnostic, errors and warnings. */
public final class ContentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public ContentException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summary(List<Diagnostic> ds) {
        long errors = ds.stream().filter(Diagnostic::isError).count();
        StringBuilder sb = new StringBuilder(errors + (errors == 1 ? " error" : " errors") + " in the content:");
        for (Diagnostic d : ds) {
            sb.append(System.lineSeparator()).append("  ").append(d);
        }
        return sb.toString();
    }
}
