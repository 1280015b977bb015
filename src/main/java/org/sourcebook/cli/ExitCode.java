package org.sourcebook.cli;

/** The exit codes of the command line, one meaning each. */
public final class ExitCode {
    public static final int OK = 0;
    /** The content has errors (front matter, facts, overrides): the messages say where. */
    public static final int CONTENT_ERROR = 1;
    /** Wrong command-line use. */
    public static final int USAGE = 2;
    /** A template failed to load or render. */
    public static final int TEMPLATE_ERROR = 3;
    /** Files could not be read or written. */
    public static final int IO_ERROR = 4;
    /** A bug: an unexpected exception; the message and stack trace say where. The output is unchanged. */
    public static final int INTERNAL_ERROR = 5;

    private ExitCode() {
    }
}
