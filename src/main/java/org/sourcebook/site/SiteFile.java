package org.sourcebook.site;

import java.nio.charset.StandardCharsets;

/** One file of the generated site: its path relative to the site root and its bytes. */
public record SiteFile(String path, byte[] bytes) {
    public SiteFile {
        SitePaths.requireSafe(path);
    }

    public static SiteFile text(String path, String text) {
        return new SiteFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
