package org.sourcebook.site;

import org.sourcebook.content.FrontMatter;
import org.sourcebook.content.Source;
import org.sourcebook.model.ArchiveConfig;
import org.sourcebook.model.Claim;
import org.sourcebook.render.view.Views;

/** Plain-text citations of a source and of a claim. */
public final class Citations {
    private Citations() {
    }

    public static String source(Source s, ArchiveConfig config) {
        FrontMatter m = s.meta();
        StringBuilder sb = new StringBuilder();
        if (m.author() != null) {
            sb.append(m.author()).append(". ");
        }
        sb.append('“').append(m.title()).append(".” ");
        sb.append(publisher(m)).append(", ");
        sb.append(m.date() == null ? "n.d." : m.date()).append(m.isInferred("date") ? " (date inferred)" : "").append('.');
        if (m.url() != null) {
            sb.append(' ').append(m.url());
            if (m.retrieved() != null) {
                sb.append(" (retrieved ").append(m.retrieved()).append(')');
            }
            sb.append('.');
        }
        sb.append(" In: ").append(config.title()).append(", source “").append(s.slug()).append("”");
        if (config.baseUrl() != null) {
            sb.append(", ").append(config.baseUrl()).append(SitePaths.source(s.slug()));
        }
        sb.append('.');
        return sb.toString();
    }

    /** The publisher as a citation gives it, or "publisher" and the site's wording for an unknown one. */
    private static String publisher(FrontMatter m) {
        return m.publisher() == null ? "publisher " + Views.UNKNOWN
                : m.publisher() + (m.isInferred("publisher") ? " (publisher inferred)" : "");
    }

    /**
     * "Cite this" for one claim: the quote, then the source (title, publisher, date, each marked
     * when inferred), the original URL when known, and the claim's permalink in the archive
     * (absolute with a base URL, else its path within the archive).
     */
    public static String claim(Claim c, Source s, ArchiveConfig config) {
        FrontMatter m = s.meta();
        StringBuilder sb = new StringBuilder();
        sb.append('“').append(c.quote()).append("”, in: ");
        if (m.author() != null) {
            sb.append(m.author()).append(", ");
        }
        sb.append('“').append(m.title()).append(",” ");
        sb.append(publisher(m));
        sb.append(", ").append(m.date() == null ? "n.d." : m.date()).append(m.isInferred("date") ? " (date inferred)" : "").append('.');
        sb.append(m.url() == null ? " Original URL " + Views.UNKNOWN + "." : " " + m.url() + (m.retrieved() == null ? "" : " (retrieved " + m.retrieved() + ")") + ".");
        String permalink = SitePaths.source(s.slug()) + "#" + c.id();
        sb.append(" Archived in ").append(config.title()).append(": ")
                .append(config.baseUrl() == null ? permalink : config.baseUrl() + permalink).append('.');
        return sb.toString();
    }
}
