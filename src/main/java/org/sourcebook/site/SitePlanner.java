package org.sourcebook.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sourcebook.content.Source;
import org.sourcebook.model.Archive;
import org.sourcebook.model.FactDef;
import org.sourcebook.render.TemplateRenderer;
import org.sourcebook.render.view.Views.SiteView;

/** Plans and renders every file of the site, in a fixed order. */
public final class SitePlanner {
    private final Archive archive;
    private final TemplateRenderer renderer;
    private final Path templatesDir;
    private final ViewFactory views;

    public SitePlanner(Archive archive, Path templatesDir) {
        this.archive = archive;
        this.templatesDir = templatesDir;
        this.renderer = new TemplateRenderer(templatesDir);
        this.views = new ViewFactory(archive);
    }

    public List<SiteFile> files() {
        List<SiteFile> out = new ArrayList<>();
        out.add(page(SitePaths.home(), "index.ftlh", "home", archive.config().title(), views.home()));
        out.add(page(SitePaths.sources(), "sources.ftlh", "sources", "Sources", views.sources()));
        for (Source s : archive.sources()) {
            out.add(page(SitePaths.source(s.slug()), "source.ftlh", "sources", s.meta().title(), views.source(s)));
            out.add(SiteFile.text(SitePaths.sourceText(s.slug()), s.body()));
        }
        out.add(page(SitePaths.facts(), "facts.ftlh", "facts", "Facts", views.facts()));
        for (FactDef f : archive.schema().all()) {
            out.add(page(SitePaths.fact(f.id()), "fact.ftlh", "facts", f.label(), views.fact(f)));
        }
        out.add(page(SitePaths.review(), "review.ftlh", "review", "Extraction review (editors)", views.review()));
        out.addAll(DataExport.files(archive));
        out.addAll(assets());
        return out;
    }

    private SiteFile page(String path, String template, String section, String title, Object view) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", new SiteView(archive.config().title(), archive.config().description(), archive.config().language(),
                SitePaths.root(path), title, path, section));
        model.put("page", view);
        return SiteFile.text(path, renderer.render(template, model));
    }

    /** Everything under templates/assets/ is copied to assets/ as it is. */
    private List<SiteFile> assets() {
        Path dir = templatesDir.resolve("assets");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<SiteFile> out = new ArrayList<>();
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                out.add(new SiteFile("assets/" + rel, Files.readAllBytes(p)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read assets in " + dir, e);
        }
    }
}
