package org.sourcebook.cite;

/** An RIS record for one source: "TY  - ELEC" … "ER  - ", CRLF line ends as the format expects. */
public final class Ris {
    private Ris() {
    }

    public static String record(Reference r) {
        StringBuilder sb = new StringBuilder();
        tag(sb, "TY", r.isArticle() ? "NEWS" : "GEN");
        tag(sb, "ID", r.key());
        tag(sb, "TI", r.title());
        tag(sb, "AU", r.author());
        tag(sb, "PB", r.publisher());
        r.year().ifPresent(y -> tag(sb, "PY", y));
        if (r.date() != null) {
            String[] p = r.date().split("-");
            tag(sb, "DA", p[0] + "/" + (p.length > 1 ? p[1] : "") + "/" + (p.length > 2 ? p[2] : "") + "/");
        }
        tag(sb, "LA", r.language());
        tag(sb, "UR", r.url());
        tag(sb, "Y2", r.url() == null ? null : r.retrieved());
        tag(sb, "DB", r.archiveTitle());
        tag(sb, "LK", r.archiveUrl());
        tag(sb, "N1", r.inferredNote().isEmpty() ? null : r.inferredNote());
        sb.append("ER  - \r\n");
        return sb.toString();
    }

    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("[\\r\\n]+");

    private static void tag(StringBuilder sb, String tag, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(tag).append("  - ").append(LINE_BREAKS.matcher(value).replaceAll(" ")).append("\r\n");
        }
    }
}
