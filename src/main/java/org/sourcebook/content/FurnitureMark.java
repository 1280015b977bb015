package org.sourcebook.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An editor's mark in front matter: page furniture (menus, embedded posts, "Related posts")
 * that is kept verbatim but shown apart and never read for claims.
 *
 * @param start  verbatim text where the furniture begins
 * @param end    verbatim text where it ends (inclusive), or null
 * @param extent when {@code end} is null: "paragraph" (default, to the next blank line) or "rest" (to the end)
 * @param label  what it is, shown on the page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FurnitureMark(String start, String end, String extent, String label) {
    public boolean toEnd() {
        return "rest".equals(extent);
    }
}
