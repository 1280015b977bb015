package org.sourcebook.cite;

/** A BibTeX entry ({@code @misc} or {@code @article}) for one source. */
public final class BibTeX {
    private BibTeX() {
    }

    public static String entry(Reference r) {
        StringBuilder sb = new StringBuilder();
        sb.append('@').append(r.isArticle() && r.publisher() != null ? "article" : "misc").append('{').append(r.key().replace('-', '_'));
        field(sb, "title", r.title());
        field(sb, "author", r.author());
        field(sb, r.isArticle() && r.publisher() != null ? "journal" : "publisher", r.publisher());
        r.year().ifPresent(y -> field(sb, "year", y));
        if (r.date() != null && r.date().length() >= 7) {
            field(sb, "month", r.date().substring(5, 7));
        }
        field(sb, "date", r.date());
        field(sb, "language", r.language());
        field(sb, "url", r.url());
        field(sb, "urldate", r.url() == null ? null : r.retrieved());
        field(sb, "howpublished", r.archiveUrl() == null ? null : "Archived in " + r.archiveTitle() + ": " + r.archiveUrl());
        field(sb, "note", r.inferredNote().isEmpty() ? null : r.inferredNote());
        sb.append("\n}\n");
        return sb.toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(",\n  ").append(name).append(" = {").append(escape(value)).append('}');
        }
    }

    /** Escapes the characters BibTeX treats specially; braces keep title case. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '{', '}' -> sb.append('\\').append(c);
                case '&', '%', '$', '#', '_' -> sb.append('\\').append(c);
                case '\\' -> sb.append("\\textbackslash{}");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
