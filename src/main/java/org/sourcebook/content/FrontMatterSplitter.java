package org.sourcebook.content;

import java.util.Optional;

/** Splits {@code ---}-fenced YAML front matter from the body of a source file. */
public final class FrontMatterSplitter {
    private static final String FENCE = "---";

    private FrontMatterSplitter() {
    }

    /**
     * Line ends become LF (a lone CR too) so that offsets agree with every reader of the file;
     * a leading byte-order mark is dropped. Empty when the text does not open with a fence or
     * the fence is never closed.
     */
    public static Optional<SplitFile> split(String text) {
        String t = normalize(text);
        if (!t.startsWith(FENCE + "\n")) {
            return Optional.empty();
        }
        int yamlStart = FENCE.length() + 1;
        int lineStart = yamlStart;
        int line = 2;
        while (lineStart <= t.length()) {
            int nl = t.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? t.length() : nl;
            String content = t.substring(lineStart, lineEnd);
            if (content.stripTrailing().equals(FENCE)) {
                String yaml = t.substring(yamlStart, lineStart);
                String body = nl < 0 ? "" : t.substring(nl + 1);
                return Optional.of(new SplitFile(yaml, 2, body, line + 1));
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
            line++;
        }
        return Optional.empty();
    }

    /** Drops a BOM and turns CRLF and lone CR into LF. */
    public static String normalize(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.indexOf('\r') >= 0) {
            t = t.replace("\r\n", "\n").replace('\r', '\n');
        }
        return t;
    }
}
