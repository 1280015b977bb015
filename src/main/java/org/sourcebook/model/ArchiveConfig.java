package org.sourcebook.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * content/archive.yaml: the archive's own description.
 *
 * @param baseUrl absolute URL the site is published at (for feeds and sitemaps), or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArchiveConfig(String title, String description, String language,
                            @JsonProperty("base_url") String baseUrl) {
    public ArchiveConfig {
        if (title == null || title.isBlank()) {
            title = "Sourcebook archive";
        }
        if (description == null) {
            description = "";
        }
        if (language == null) {
            language = "en";
        }
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }
}
