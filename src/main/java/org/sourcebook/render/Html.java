package org.sourcebook.render;

/** HTML escaping for the few places that write markup outside Freemarker's auto-escaping. */
public final class Html {
    private Html() {
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        int first = firstEscaped(s);
        if (first < 0) {
            // most texts hold nothing to escape: the text itself
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        sb.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Where the first char that {@link #escape} replaces is, or -1: one pass with a bit test per
     * char (the JDK's five searches were five loops under C1, which has no intrinsic for them).
     */
    static int firstEscaped(String s) {
        return firstOf(s, ESCAPED);
    }

    /** Where the first char of {@code s} below 64 whose bit is set in {@code chars} is, or -1. */
    static int firstOf(String s, long chars) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 64 && (chars >>> c & 1L) != 0) {
                return i;
            }
        }
        return -1;
    }

    /** Bit {@code c} is set for each char {@code c} that {@link #escape} replaces: {@code " & ' < >}. */
    private static final long ESCAPED = 1L << '"' | 1L << '&' | 1L << '\'' | 1L << '<' | 1L << '>';
}
