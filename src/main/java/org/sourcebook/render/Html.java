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

    /** Where the first char that {@link #escape} replaces is, or -1 (a search per char: the JDK's loop, not one of ours). */
    static int firstEscaped(String s) {
        int first = -1;
        for (char c : ESCAPED) {
            int i = s.indexOf(c);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        return first;
    }

    private static final char[] ESCAPED = {'&', '<', '>', '"', '\''};
}
