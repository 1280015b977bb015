package org.sourcebook.site;

/** JSON text written by hand where a mapper costs too much: strings escaped exactly as Jackson escapes them. */
final class JsonText {
    private JsonText() {
    }

    /** {@code s} as a JSON string: quote, backslash and control characters escaped (short forms where JSON has them, else a six-char escape). */
    static StringBuilder string(StringBuilder sb, String s) {
        sb.append('"');
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            sb.append(s, run, i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            run = i + 1;
        }
        return sb.append(s, run, s.length()).append('"');
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
