package org.sourcebook.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The metadata block of a source file, as written by an editor.
 *
 * @param date      ISO date: {@code 2024-02-26}, {@code 2024-02} or {@code 2024}
 * @param kind      one of {@link #KINDS}
 * @param retrieved ISO date the text was copied from {@code url}
 * @param sha256    hex SHA-256 of the body (UTF-8, LF line ends): proves the text is unchanged
 * @param inferred  field name → how its value was inferred (shown on the page)
 * @param furniture page furniture marked by an editor
 * @param furnitureDetection false turns automatic furniture detection off for this source (default on)
 * @param notFurniture quotes of text that detection must not mark as furniture
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FrontMatter(
        String title,
        String publisher,
        String author,
        String date,
        String kind,
        String language,
        String url,
        String retrieved,
        String sha256,
        Map<String, String> inferred,
        String notes,
        List<FurnitureMark> furniture,
        @JsonProperty("furniture_detection") Boolean furnitureDetectionSetting,
        @JsonProperty("not_furniture") List<String> notFurniture) {

    public static final List<String> KINDS = List.of("statement", "press-release", "news-report", "op-ed", "report",
            "resolution", "encyclopedia", "web-page", "social-post", "speech", "interview", "other");

    /** Every key an editor may write; others are reported as warnings. */
    public static final Set<String> KEYS = Set.of("title", "publisher", "author", "date", "kind", "language", "url",
            "retrieved", "sha256", "inferred", "notes", "furniture", "furniture_detection", "not_furniture");

    public FrontMatter {
        inferred = inferred == null ? Map.of() : Map.copyOf(inferred);
        furniture = furniture == null ? List.of() : List.copyOf(furniture);
        notFurniture = notFurniture == null ? List.of() : List.copyOf(notFurniture);
    }

    /** Front matter without the furniture-detection settings (detection on). */
    public FrontMatter(String title, String publisher, String author, String date, String kind, String language, String url,
                       String retrieved, String sha256, Map<String, String> inferred, String notes, List<FurnitureMark> furniture) {
        this(title, publisher, author, date, kind, language, url, retrieved, sha256, inferred, notes, furniture, null, null);
    }

    /** Whether furniture is detected automatically in this source (front matter {@code furniture_detection}, default true). */
    public boolean furnitureDetection() {
        return furnitureDetectionSetting == null || furnitureDetectionSetting;
    }

    public boolean isInferred(String field) {
        return inferred.containsKey(field);
    }
}
