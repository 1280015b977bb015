package org.sourcebook.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CSL-JSON item (the format of citeproc and Zotero) for one source, as a one-item array. */
public final class CslJson {
    private CslJson() {
    }

    /** The item as plain maps and lists, ready for Jackson. */
    public static List<Map<String, Object>> items(Reference r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.key());
        m.put("type", r.isArticle() ? "article-newspaper" : "document");
        m.put("title", r.title());
        if (r.author() != null) {
            m.put("author", List.of(Map.of("literal", r.author())));
        }
        if (r.publisher() != null) {
            m.put(r.isArticle() ? "container-title" : "publisher", r.publisher());
        }
        if (r.date() != null) {
            m.put("issued", dateParts(r.date()));
        }
        put(m, "language", r.language());
        put(m, "URL", r.url());
        if (r.url() != null && r.retrieved() != null) {
            m.put("accessed", dateParts(r.retrieved()));
        }
        put(m, "archive", r.archiveTitle());
        put(m, "archive_location", r.archiveUrl());
        put(m, "note", r.inferredNote().isEmpty() ? null : r.inferredNote());
        return List.of(m);
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }

    /** "2024-02-26" → {"date-parts": [[2024, 2, 26]]}; partial dates keep only their parts. */
    static Map<String, Object> dateParts(String iso) {
        List<Integer> parts = new ArrayList<>();
        for (String p : iso.split("-")) {
            try {
                parts.add(Integer.parseInt(p));
            } catch (NumberFormatException e) {
                return Map.of("literal", iso);
            }
        }
        return Map.of("date-parts", List.of(parts));
    }
}
