package org.sourcebook.check;

import java.nio.file.Path;

/**
 * One problem found in the content: where it is and what to do about it.
 *
 * @param file   the file at fault (relative to the content folder where possible)
 * @param line   1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param severity error stops a build; warning is reported only
 * @param message what is wrong and how to fix it
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(Path file, int line, String message) {
        return new Diagnostic(file, line, 0, Severity.ERROR, message);
    }

    public static Diagnostic warning(Path file, int line, String message) {
        return new Diagnostic(file, line, 0, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: error: message}, the form editors and IDEs link. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(message).toString();
    }
}
