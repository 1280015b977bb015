package org.sourcebook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reference for the benchmark: the same Markdown bodies as a plain Hugo site (one page per
 * file with one template, plus one list page), as issue 6 measures Hugo.
 */
final class HugoSite {
    private HugoSite() {
    }

    static void write(Path corpus, Path site) throws IOException {
        SiteTree.delete(site);
        Path posts = site.resolve("content/posts");
        Files.createDirectories(posts);
        Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(site.resolve("hugo.toml"), "baseURL = 'http://example.org/'\ntitle = 'bench'\n"
                + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']\n");
        Files.writeString(site.resolve("layouts/_default/single.html"),
                "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n");
        Files.writeString(site.resolve("layouts/_default/list.html"),
                "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n");
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus.resolve("sources"))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        files.parallelStream().forEach(p -> {
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                int end = text.indexOf("\n---\n", 4);
                String body = text.substring(end + 5);
                String title = body.substring(0, body.indexOf('\n')).replace("\"", "'");
                Files.writeString(posts.resolve(p.getFileName()), "---\ntitle: \"" + title + "\"\n---\n" + body, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
