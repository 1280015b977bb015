package org.sourcebook.cite;

import java.util.Optional;
import org.sourcebook.content.FrontMatter;
import org.sourcebook.content.Source;

/**
 * A source's bibliographic data, as its front matter states it. Inferred fields are kept with a
 * note saying so; unknown fields stay absent.
 *
 * @param archiveUrl the source's page in the archive: absolute when the archive has a base URL, else relative
 */
public record Reference(String key, String title, String author, String publisher, boolean publisherInferred,
                        String date, boolean dateInferred, String kind, String language, String url,
                        String retrieved, String archiveTitle, String archiveUrl) {

    public static Reference of(Source s, String archiveTitle, String archiveUrl) {
        FrontMatter m = s.meta();
        return new Reference(s.slug(), m.title(), m.author(), m.publisher(), m.isInferred("publisher"), m.date(),
                m.isInferred("date"), m.kind(), m.language(), m.url(), m.retrieved(), archiveTitle, archiveUrl);
    }

    public Optional<String> year() {
        return date == null || date.length() < 4 ? Optional.empty() : Optional.of(date.substring(0, 4));
    }

    /** What was inferred, for a note field: "date inferred; publisher inferred", or empty. */
    public String inferredNote() {
        String d = dateInferred ? "date inferred from the text" : "";
        String p = publisherInferred ? "publisher inferred from the text" : "";
        return d.isEmpty() ? p : p.isEmpty() ? d : d + "; " + p;
    }

    /** News reports and op-eds are articles; everything else is a document. */
    public boolean isArticle() {
        return "news-report".equals(kind) || "op-ed".equals(kind);
    }
}
